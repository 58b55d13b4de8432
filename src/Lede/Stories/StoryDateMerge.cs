using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The merge check's date look (StoryOptions.DateMergeMinScore): a report that arrived while its event's story was
/// thin opened a story of its own, and a few reports of another angle joined it; the merge check, which compares the
/// two stories' words as wholes, then finds them no closer than two same-type events of one topic (two patches of one
/// browser, two quakes in one region), which share as many words. What tells the two apart is when: reports of one
/// event name its day, and two events of one type fall on other days. So two stories whose named event days agree,
/// whose leads do not name different people (LeadConflict), and whose smaller one's reports would join the larger by
/// the join model on average, are one event.
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> DateMergeCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.DateMergeMinScore is not { } minScore) return [];
        if (story.Kept is not { Count: >= 1 } || !Due(story.Kept.Count) || story.EventDaysOfYear.Count == 0) return [];
        var moves = new List<StoryRepairMove>();
        foreach (var (other, theirs) in MergeableCandidates(story, candidates, minScore, options.DateMergeMaxCandidates))
        {
            if (!DaysAgree(story, other)) continue;
            if (LeadConflict(story, other) || LeadConflict(other, story)) continue;
            var (large, small) = story.Kept.Count >= theirs.Count ? (story, other) : (other, story);
            double sum = 0;
            foreach (var m in small.Kept!) sum += ScoreAgainst(m, large);
            var mean = sum / small.Kept.Count;
            if (mean < options.DateMergeMinZ || ActorsDiffer(story, other)) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: both name the same event days, and the smaller's reports would join the larger (mean p={P(mean):0.00})");
            TakeIn(story, other, theirs, reason, moves);
            if (story.Kept is null || story.EventDaysOfYear.Count == 0) break;
        }
        return moves;
    }

    /// <summary>Whether some event day of one story falls within DateMergeDays of one of the other's, around the calendar.</summary>
    private bool DaysAgree(LiveStory a, LiveStory b)
    {
        foreach (var x in a.EventDaysOfYear)
            if (AgreesWith(x, b.EventDaysOfYear)) return true;
        return false;
    }

    /// <summary>Whether a day of the year falls within DateMergeDays of one of the days, around the calendar.</summary>
    private bool AgreesWith(int x, HashSet<int> days)
    {
        foreach (var y in days)
            if (DaysClose(x, y)) return true;
        return false;
    }

    private bool DaysClose(int x, int y)
    {
        var gap = Math.Abs(x - y);
        return Math.Min(gap, 366 - gap) <= options.DateMergeDays;
    }
}
