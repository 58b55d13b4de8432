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
            if (story.NearSplitGap >= options.OrphanMaxNearGap) continue;
            if (story.SpanWithDays(other) > options.MaxSpanDays || TextDatesDiffer(story, other)) continue;
            if (options.OrphanLeadConflict && (LeadConflict(story, other) || LeadConflict(other, story))) continue;
            if (options.MergeLeadConflict && LeadsDiffer(story, other)) continue;
            var z = ScoreAgainst(theirs[0], story);
            if (z < options.OrphanJoinMinZ) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: a later report scored both close, and it would now join (p={P(z):0.00})");
            TakeIn(story, other, theirs, reason, moves);
            if (story.Kept is null) break;
        }
        return moves;
    }
}
