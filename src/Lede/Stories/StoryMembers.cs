using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The member's second look (StoryOptions.MemberMinScore): two same-type events (two heists in one city, two climbers
/// dead on one mountain) share most words, and a short report of one can join the other's story when it arrives, before
/// its own event's story has its words. Once both stories have grown, such a report is its story's odd member (the
/// least like the others, by far) and reads more like the other story's reports than like its own story's; when it
/// would also join that story now by a wide margin (the join model), it moves there. Only the story the article just
/// joined, on the repair schedule, one move per look, and only from a story that keeps MemberMinMembers - 1 reports:
/// the look mends a story, it does not take it apart (a split is the split check's).
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> MemberCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.MemberMinScore is not { } minScore) return [];
        if (story.Kept is not { } kept || kept.Count < options.MemberMinMembers || !Due(kept.Count)) return [];
        List<LiveStory>? others = null;
        var looked = 0;
        foreach (var c in candidates)
        {
            if (c.Score < minScore || ++looked > options.MemberMaxCandidates) break;
            if (c.StoryId == story.Id || !_live.TryGetValue(c.StoryId, out var other)) continue;
            if (other.Kept is not { Count: > 0 }) continue;
            if (story.SpanWithDays(other) > options.MaxSpanDays || TextDatesDiffer(story, other)) continue;
            (others ??= []).Add(other);
        }
        if (others is null) return [];
        var n = kept.Count;
        // Each member's similarity with the others summed (RowSums), and the sum of all pairs, so that the others' own
        // mean (the pairs without the member) follows for any one member.
        var rows = RowSums(Vectors(kept));
        double total = 0;
        var odd = -1;
        var oddMean = double.MaxValue;
        for (var i = 0; i < n; i++)
        {
            total += rows[i];
            if (rows[i] / (n - 1) < oddMean && kept[i].Key is not null) (odd, oddMean) = (i, rows[i] / (n - 1));
        }
        if (odd < 0) return [];
        // total counts every pair twice; the others' pairs are the total less the odd member's row, twice.
        var othersMean = (total - 2 * rows[odd]) / ((n - 1) * (double)(n - 2));
        if (oddMean > options.MemberOddRatio * othersMean) return [];
        var m = kept[odd];
        // The member's vector spread once: each candidate's reports are then read against it in one pass each.
        var (round, _) = SpreadSums(Vectors([m]));
        foreach (var other in others)
        {
            var theirs = other.Kept!;
            var cross = RoughCross(theirs, round, 1);
            if (cross < options.MemberCrossRatio * oddMean) continue;
            var z = ScoreAgainst(m, other);
            if (z < options.MemberJoinMinZ) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"moved from story {story.Id}: it resembles story {other.Id}'s reports ({cross:0.00}) more than its own story's ({oddMean:0.00}, theirs {othersMean:0.00}), and it would join it (p={P(z):0.00})");
            MoveMember(story, odd, other);
            return [new StoryRepairMove(m.Key!, other.Id, reason) { Headline = other.Headline }];
        }
        return [];
    }

    // The members' row sums, reused from look to look (a story keeps at most SplitMaxMembers).
    private double[] _memberRows = [];

    /// <summary>
    /// Each member's similarity with every other member, summed, through the spread sum of the set's vectors (as
    /// SpreadSums): similarity is bilinear, so a member's row is its dot with the sum less its own square. The pairwise
    /// matrix's row sums up to rounding, at the cost of two walks over the members' terms instead of one per pair.
    /// Valid until the next call.
    /// </summary>
    private double[] RowSums(MemberVectors vectors)
    {
        var round = ++_markRound;
        var n = vectors.Members.Count;
        if (_memberRows.Length < n) _memberRows = new double[Math.Max(n, options.SplitMaxMembers + 1)];
        var rows = _memberRows;
        Array.Clear(rows, 0, n);
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (vectors.Weights[p] == 0) continue;
            Spread(vectors, p, round);
            for (var i = 0; i < n; i++)
            {
                var (terms, v) = (vectors.Members[i].Terms[p], vectors.Parts[p][i]);
                double row = 0;
                for (var k = 0; k < terms.Length; k++) row += v[k] * terms[k].Stats(_entries).Sum - v[k] * v[k];
                rows[i] += vectors.Weights[p] * row / vectors.Total;
            }
        }
        return rows;
    }

    /// <summary>Rebuilds the story without its member `index` (copies stay counted) and adds that member to `to`.</summary>
    private void MoveMember(LiveStory story, int index, LiveStory to)
    {
        var members = story.Kept!;
        var copies = story.Members - story.Indexed;
        CloseToReopen(story.Id);
        var stay = new LiveStory(story.Id, _stats, _centroids);
        _live[stay.Id] = stay;
        for (var i = 0; i < members.Count; i++)
        {
            if (i == index) continue;
            var s = members[i];
            Add(stay, s.Doc, s.Title, s.Weight, s.Centrality, s.Key, s);
        }
        stay.Members += copies;
        var m = members[index];
        Add(to, m.Doc, m.Title, m.Weight, m.Centrality, m.Key, m);
    }
}
