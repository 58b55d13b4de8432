using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The split check's small-group cut by the day (StoryOptions.SplitDayGroupMinGap): a story that took in a second event
/// of its kind months apart (a second cable cut, a second quake in one region) holds the second event's few reports
/// among many of the first, a group too small for the split's least share, and their words, names and numbers say the
/// same things. What still parts them is the day each report gives its event: the group's leads all name one weekday
/// that no other member names, while the other members that name a weekday all share one the group never names, and
/// no event day either side names falls near one the other names. A follow-up of one event (the arrest, the verdict)
/// names the event's own day beside its own, so it is not such a group.
/// </summary>
public sealed partial class StoryClusterer
{
    private readonly List<int> _dayGroup = [], _dayRest = [];

    // Whether the split the check last returned was the day cut's (DayPiecesLook follows it).
    private bool _dayCut;

    /// <summary>
    /// After a day cut stood: the group cut off by its day looks for a live story of its own day, one that names an
    /// event day the group names and that the group's kept reports would join on the join model's mean score of at
    /// least SplitDayPiecesMinZ; the best such story is taken in. Rare (a day cut), so every live story is read.
    /// </summary>
    private List<StoryRepairMove> DayPiecesLook(long stayId, List<StoryRepairMove> kept)
    {
        if (options.SplitDayPiecesMinZ is not { } minZ || kept.Count == 0) return kept;
        var leaveId = kept[0].StoryId;
        if (!_live.TryGetValue(stayId, out var stay) || !_live.TryGetValue(leaveId, out var leave)) return kept;
        if (stay.Kept is not { } a || leave.Kept is not { } b) return kept;
        var small = a.Count <= b.Count ? stay : leave;
        if (small.EventDaysOfYear.Count == 0) return kept;
        LiveStory? best = null;
        var bestMean = double.NegativeInfinity;
        foreach (var other in _live.Values)
        {
            if (other.Id == stayId || other.Id == leaveId || other.Kept is not { Count: > 0 } theirs) continue;
            if (other.EventDaysOfYear.Count == 0 || !DaysAgree(small, other) || YearsApart(small, other)) continue;
            if (small.Kept!.Count + theirs.Count > options.SplitMaxMembers) continue;
            if (small.SpanWithDays(other) > options.MaxSpanDays || TextDatesDiffer(small, other)) continue;
            if (LeadConflict(small, other) || LeadConflict(other, small) || LeadsDiffer(small, other) || ActorsDiffer(small, other)) continue;
            var (large, few) = small.Kept.Count >= theirs.Count ? (small, other) : (other, small);
            double sum = 0;
            foreach (var m in few.Kept!) sum += ScoreAgainst(m, large);
            var mean = sum / few.Kept.Count;
            if (mean >= minZ && mean > bestMean) (best, bestMean) = (other, mean);
        }
        if (best is null) return kept;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"merged into story {small.Id}: cut off by its day, it names that story's event day (mean p={P(bestMean):0.00})");
        var moves = new List<StoryRepairMove>(kept);
        TakeIn(small, best, best.Kept!, reason, moves);
        return moves;
    }

    /// <summary>The cut along the members' lead weekdays, or null when no weekday parts them so cleanly.</summary>
    private StorySplit? DayGroupSplit(List<StoryMember> members, double[,] sim)
    {
        if (options.SplitDayGroupMinGap is not { } bar) return null;
        var n = members.Count;
        var least = options.SplitMinGroup;
        if (n < 2 * least) return null;
        for (var d = 0; d < 7; d++)
        {
            var bit = 1 << d;
            var (inGroup, groupDays, restMarked, restCommon) = (0, 0, 0, 0x7f);
            foreach (var m in members)
            {
                var days = m.Doc.LeadWeekdays;
                if ((days & bit) != 0) (inGroup, groupDays) = (inGroup + 1, groupDays | days);
                else if (days != 0) (restMarked, restCommon) = (restMarked + 1, restCommon & days);
            }
            if (inGroup < least || restMarked < least || n - inGroup < least) continue;
            // The rest speaks with one voice (a day every marked member names) and never names a day of the group.
            if (restCommon == 0) continue;
            var anyRestDays = 0;
            foreach (var m in members)
                if ((m.Doc.LeadWeekdays & bit) == 0) anyRestDays |= m.Doc.LeadWeekdays;
            if ((anyRestDays & groupDays) != 0) continue;
            var (group, rest) = (_dayGroup, _dayRest);
            group.Clear();
            rest.Clear();
            for (var i = 0; i < n; i++) ((members[i].Doc.LeadWeekdays & bit) != 0 ? group : rest).Add(i);
            if (EventDaysNear(members, group, rest)) continue;
            var within = Math.Min(StorySplitter.MeanWithin(sim, group), StorySplitter.MeanWithin(sim, rest));
            var cross = StorySplitter.MeanCross(sim, group, rest);
            var gap = within <= 0 ? 0 : 1 - cross / within;
            if (gap < bar) continue;
            _dayCut = true;
            var moved = group.Contains(0) ? rest : group;
            moved.Sort();
            return new StorySplit([.. moved], within, cross);
        }
        return null;
    }

    /// <summary>Whether an event day a member of one group names falls within SplitDayGroupFarDays of one the other names.</summary>
    private bool EventDaysNear(List<StoryMember> members, List<int> group, List<int> rest)
    {
        foreach (var i in group)
        {
            if (members[i].Doc.EventMonthDay is not { } a) continue;
            var x = DayOfYear(a);
            foreach (var j in rest)
            {
                if (members[j].Doc.EventMonthDay is not { } b) continue;
                var gap = Math.Abs(x - DayOfYear(b));
                if (Math.Min(gap, 366 - gap) < options.SplitDayGroupFarDays) return true;
            }
        }
        return false;
    }
}
