using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The pieces' date look (StoryOptions.PiecesDateMinZ): the date merge (StoryDateMerge.cs) at a lower join-score bar for
/// two pieces of PiecesDateMinMembers kept reports or more each. One event's pieces told from other angles (the cable
/// cut, the outage it caused, the arrests) score below zero against each other by the join model, as a same-type event
/// of the topic does, and no closer by words; but they name the same event day. A story whose dated reports mostly
/// name a day the other never names (PiecesDatePrincipal) is about another event, whatever day a few of its reports
/// share: it already took in reports of the other event. Reads only the article's close candidates, on the repair
/// schedule.
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> PiecesDateCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.PiecesDateMinZ is not { } minZ || options.DateMergeMinScore is not { } minScore) return [];
        if (story.Kept is not { } kept || kept.Count < options.PiecesDateMinMembers || !Due(kept.Count) || story.EventDaysOfYear.Count == 0) return [];
        List<StoryRepairMove>? moves = null;
        foreach (var (other, theirs) in MergeableCandidates(story, candidates, minScore, options.DateMergeMaxCandidates))
        {
            if (theirs.Count < options.PiecesDateMinMembers || other.EventDaysOfYear.Count == 0) continue;
            if (!DaysAgree(story, other) || YearsApart(story, other)) continue;
            if (PrincipalDayApart(story.Kept!, other) || PrincipalDayApart(theirs, story)) continue;
            if (LeadConflict(story, other) || LeadConflict(other, story) || LeadsDiffer(story, other)) continue;
            var (large, small) = story.Kept!.Count >= theirs.Count ? (story, other) : (other, story);
            double sum = 0;
            foreach (var m in small.Kept!) sum += ScoreAgainst(m, large);
            var mean = sum / small.Kept.Count;
            if (mean < minZ || ActorsDiffer(story, other)) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: both name the same event day, neither mostly another (mean p={P(mean):0.00})");
            TakeIn(story, other, theirs, reason, moves ??= []);
            if (story.Kept is null || story.EventDaysOfYear.Count == 0) break;
        }
        return moves ?? [];
    }

    /// <summary>
    /// Whether PiecesDatePrincipal of the members' dated reports or more name one day (within DateMergeDays) that the
    /// other story never names.
    /// </summary>
    private bool PrincipalDayApart(List<StoryMember> members, LiveStory other)
    {
        if (options.PiecesDatePrincipal is not { } share) return false;
        var dated = 0;
        foreach (var m in members)
            if (m.Doc.EventMonthDay is not null) dated++;
        if (dated == 0) return false;
        foreach (var m in members)
        {
            if (m.Doc.EventMonthDay is not { } md) continue;
            var x = DayOfYear(md);
            if (AgreesWith(x, other.EventDaysOfYear)) continue;
            var same = 0;
            foreach (var n in members)
                if (n.Doc.EventMonthDay is { } nd && DaysClose(x, DayOfYear(nd))) same++;
            if (same >= share * dated) return true;
        }
        return false;
    }
}
