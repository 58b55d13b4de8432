using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The orphan's second look (StoryOptions.OrphanBridgeMinScore): a report that arrived before its event's story had its
/// words opened a story of its own, one report long. When a later article joins a story and also scores the orphan
/// close, the orphan is scored again against the story as it now stands, and taken in when it would now join.
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> OrphanCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.OrphanBridgeMinScore is not { } minScore) return [];
        if (story.Kept is not { Count: >= 1 }) return [];
        var moves = new List<StoryRepairMove>();
        var looked = 0;
        foreach (var c in candidates)
        {
            if (c.Score < minScore || ++looked > options.OrphanMaxCandidates) break;
            if (c.StoryId == story.Id || !_live.TryGetValue(c.StoryId, out var other)) continue;
            if (other.Kept is not { Count: 1 } theirs || other.Indexed != 1) continue;
            if (story.Kept.Count + 1 > options.SplitMaxMembers) continue;
            if (story.NearSplitGap >= options.OrphanMaxNearGap)
            {
                Refused(story, theirs[0], c.Score, "the story was nearly cut");
                continue;
            }
            if (story.SpanWithDays(other) > options.MaxSpanDays || TextDatesDiffer(story, other))
            {
                Refused(story, theirs[0], c.Score, "span or text dates");
                continue;
            }
            if (options.OrphanLeadConflict && LeadConflictName(story, other) is { } ours)
            {
                if (options.Trace is not null)
                    Refused(story, theirs[0], c.Score, $"lead conflict: the story's leads all name {ours}, which the orphan never names");
                continue;
            }
            if (options.MergeLeadConflict && LeadsDiffer(story, other))
            {
                if (options.Trace is not null)
                    Refused(story, theirs[0], c.Score, LeadsDifferFrom(story, other) ? "leads differ (the story's subject)" : "leads differ (the orphan's subject)");
                continue;
            }
            var z = ScoreAgainst(theirs[0], story);
            if (z < options.OrphanJoinMinZ)
            {
                Refused(story, theirs[0], c.Score, "below OrphanJoinMinZ");
                continue;
            }
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: a later report scored both close, and it would now join (p={P(z):0.00})");
            TakeIn(story, other, theirs, reason, moves);
            if (story.Kept is null) break;
        }
        return moves;
    }

    // Tells StoryOptions.Trace why the orphan stayed out, with the z it would now score (a look only the trace pays).
    private void Refused(LiveStory story, StoryMember orphan, double bridge, string why)
    {
        if (options.Trace is not { } trace) return;
        var z = ScoreAgainst(orphan, story);
        trace(string.Create(CultureInfo.InvariantCulture,
            $"{orphan.Key}: orphan check refused by story {story.Id} (bridge z {bridge:0.00}, re-scored z {z:0.00}): {why}"));
    }

    /// <summary>The rare name LeadConflict finds in all of `from`'s leads and nowhere in `to`, or null.</summary>
    private string? LeadConflictName(LiveStory from, LiveStory to)
    {
        var p = (int)StoryPart.Names;
        var names = to.Parts[p];
        foreach (var (term, count) in from.LeadNames)
            if (count >= from.Indexed && !names.ContainsKey(term) && Rare(Df(p, term)))
                return term;
        return null;
    }
}
