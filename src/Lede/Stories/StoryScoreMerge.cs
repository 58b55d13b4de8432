using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The merge check's join-model look (StoryOptions.ScoreMergeMinZ): a report that arrived before its event's story had
/// its words opened a story of its own, or a split left a group apart, and both stories have grown since. When every
/// kept report of the smaller would now join the larger by a wide margin, and neither story names in all its leads a
/// rare name the other never names (LeadConflict, LeadsDiffer), they are one event. The split's take-back
/// (SplitRejoinScore) asks the same of a split's smaller group once, at the split; this asks it of the article's close
/// candidates on the repair schedule, as the stories grow.
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> ScoreMergeCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.ScoreMergeMinZ is not { } minZ) return [];
        if (story.Kept is not { Count: >= 1 } || !Due(story.Kept.Count)) return [];
        var moves = new List<StoryRepairMove>();
        foreach (var (other, theirs) in MergeableCandidates(story, candidates, options.ScoreMergeMinScore, options.ScoreMergeMaxCandidates))
        {
            if (LeadConflict(story, other) || LeadConflict(other, story)) continue;
            if (options.MergeLeadConflict && LeadsDiffer(story, other)) continue;
            var (large, small) = story.Kept.Count >= theirs.Count ? (story, other) : (other, story);
            // The least score decides: most candidates fail on their first report, so the walk stops early.
            var least = double.MaxValue;
            foreach (var m in small.Kept!)
            {
                least = Math.Min(least, ScoreAgainst(m, large));
                if (least < minZ) break;
            }
            if (least < minZ || ActorsDiffer(story, other)) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: every report of the smaller story would join the larger (least p={P(least):0.00})");
            TakeIn(story, other, theirs, reason, moves);
            if (story.Kept is null) break;
        }
        return moves;
    }
}
