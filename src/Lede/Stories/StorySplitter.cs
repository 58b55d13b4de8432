namespace Lede.Stories;

/// <summary>The best two-way cut of a story's members, and how well it separates them.</summary>
/// <param name="Moved">Indexes of the members that would leave: the group without the story's first member.</param>
/// <param name="Within">The lower of the two groups' mean pairwise similarity (a single member counts as 1).</param>
/// <param name="Cross">Mean similarity of a member of one group with a member of the other.</param>
public sealed record StorySplit(IReadOnlyList<int> Moved, double Within, double Cross)
{
    /// <summary>How far apart the groups are, relative to how tight the looser one is: 0 = no gap, 1 = nothing shared.</summary>
    public double Gap => Within <= 0 ? 0 : 1 - Cross / Within;
}

/// <summary>
/// The repair half of online clustering: the whole-story merge it guards against happens when the first report of a
/// second same-type event joins a young story (two boxing title fights of one champion, two deaths of Watergate
/// figures) and every later report follows the story's centroid. Once the story holds reports of both, its members
/// form two groups that each agree within but not across (the other opponent, the other name, the other year);
/// an average-linkage cut of the members' pairwise similarities finds them.
/// </summary>
public static class StorySplitter
{
    /// <summary>
    /// The average-linkage cut into two groups of a symmetric similarity matrix (n ≥ 2), or null when one group would
    /// hold fewer than minGroup members: a lone outlier is an angle of the story, not a second event.
    /// </summary>
    /// <param name="setAside">
    /// How many times a cut that leaves too small a group may set that group aside and cut the rest again: average
    /// linkage leaves an odd report or two for last, so the two-way cut of a story that holds two events often peels
    /// off an outlier and hides the events' cut (StoryOptions.SplitSetAside). The members set aside then go to the
    /// group they resemble more; 0 gives up at the first such cut.
    /// </param>
    public static StorySplit? BestSplit(double[,] sim, int minGroup, int setAside = 0)
    {
        var n = sim.GetLength(0);
        // Reused per thread, as Cut's arrays: neither outlives the call (the groups returned are Cut's own lists).
        var items = _items ??= [];
        items.Clear();
        for (var i = 0; i < n; i++) items.Add(i);
        var aside = _aside ??= [];
        aside.Clear();
        for (var round = 0; ; round++)
        {
            if (items.Count < 2 * Math.Max(1, minGroup)) return null;
            var (g0, g1) = Cut(sim, items);
            if (g0.Count >= minGroup && g1.Count >= minGroup)
            {
                foreach (var i in aside) (MeanWith(sim, i, g0) >= MeanWith(sim, i, g1) ? g0 : g1).Add(i);
                var stay = g0.Contains(0) ? g0 : g1;
                var leave = ReferenceEquals(stay, g0) ? g1 : g0;
                var within = Math.Min(MeanWithin(sim, g0), MeanWithin(sim, g1));
                var cross = MeanCross(sim, g0, g1);
                leave.Sort();
                return new StorySplit(leave, within, cross);
            }
            if (round >= setAside) return null;
            var small = g0.Count < g1.Count ? g0 : g1;
            aside.AddRange(small);
            items.RemoveAll(small.Contains);
        }
    }

    // Cut's group sums, reused from cut to cut on each thread: a split check cuts once or twice per article joined to
    // a young story, and a new matrix each time was garbage on the clusterer's thread. Read only within [n, n], every
    // cell of which is written first.
    [ThreadStatic] private static double[,]? _sums;

    // Cut's groups as chains over the positions (head, tail and size per group, the next position per position) and its
    // live groups, reused from cut to cut on each thread: a list per item per cut, grown by each merge, was most of what
    // a split check allocated. A merge appends b's chain to a's, so a group reads in the order a merged list held.
    [ThreadStatic] private static int[]? _head, _tail, _size, _next;
    [ThreadStatic] private static List<int>? _alive, _items, _aside;

    /// <summary>Average-linkage agglomeration of the items down to two groups (of matrix indexes).</summary>
    private static (List<int>, List<int>) Cut(double[,] sim, List<int> items)
    {
        var n = items.Count;
        if (_head is null || _head.Length < n)
        {
            var size = Math.Max(n, 2 * (_head?.Length ?? 0));
            (_head, _tail, _size, _next) = (new int[size], new int[size], new int[size], new int[size]);
        }
        var (head, tail, sizes, next) = (_head, _tail!, _size!, _next!);
        for (var i = 0; i < n; i++) (head[i], tail[i], sizes[i], next[i]) = (i, i, 1, -1);
        // Summed similarity between groups, kept up to date as groups merge: the mean is the sum over the sizes.
        var sums = _sums is { } held && held.GetLength(0) >= n ? held : _sums = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) sums[i, j] = sim[items[i], items[j]];
        var alive = _alive ??= [];
        alive.Clear();
        for (var i = 0; i < n; i++) alive.Add(i);
        while (alive.Count > 2)
        {
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            for (var x = 0; x < alive.Count; x++)
                for (var y = x + 1; y < alive.Count; y++)
                {
                    var (a, b) = (alive[x], alive[y]);
                    var mean = sums[a, b] / (sizes[a] * sizes[b]);
                    if (mean > best) (bestA, bestB, best) = (a, b, mean);
                }
            next[tail[bestA]] = head[bestB];
            tail[bestA] = tail[bestB];
            sizes[bestA] += sizes[bestB];
            alive.Remove(bestB);
            foreach (var c in alive)
            {
                if (c == bestA) continue;
                sums[bestA, c] += sums[bestB, c];
                sums[c, bestA] = sums[bestA, c];
            }
        }
        return (Group(alive[0]), Group(alive[1]));

        List<int> Group(int g)
        {
            var group = new List<int>(sizes[g]);
            for (var i = head[g]; i >= 0; i = next[i]) group.Add(items[i]);
            return group;
        }
    }

    internal static double MeanWith(double[,] sim, int i, List<int> group)
    {
        double sum = 0;
        foreach (var j in group) sum += sim[i, j];
        return sum / group.Count;
    }

    internal static double MeanCross(double[,] sim, List<int> g0, List<int> g1)
    {
        double sum = 0;
        foreach (var i in g0)
            foreach (var j in g1) sum += sim[i, j];
        return sum / (g0.Count * g1.Count);
    }

    internal static double MeanWithin(double[,] sim, List<int> group)
    {
        if (group.Count < 2) return 1;
        double sum = 0;
        for (var x = 0; x < group.Count; x++)
            for (var y = x + 1; y < group.Count; y++) sum += sim[group[x], group[y]];
        return sum / (group.Count * (group.Count - 1) / 2.0);
    }
}
