using System.Globalization;

namespace Lede.Stories;

/// <summary>An article placed before that a repair moved to another story (Key is what the caller passed to Assign).</summary>
public sealed record StoryRepairMove(string Key, long StoryId, string Reason)
{
    /// <summary>The provisional headline of the story it moved to.</summary>
    public string? Headline { get; init; }
}

/// <summary>
/// A member a story keeps while it may still be split: what Add needs to put it back, and its caller's key. Doc keeps
/// the document's small parts (dates, lead names) but not its part tables, names' forms nor top words: Terms, Forms
/// and TopWords stand for them.
/// </summary>
internal sealed record StoryMember(StoryDocument Doc, string? Title, double Weight, double Centrality, string? Key)
{
    /// <summary>Per part, the document's terms in its order with their live entries, held by Refs.</summary>
    public MemberTerm[][] Terms { get; init; } = [];

    /// <summary>
    /// The document's names' forms in its order, as pairs: a kept document's own dictionary cost some 2 KB per member
    /// (about 170 MB of the 1.4 GB live heap at 50k in the bench, with its strings), its keys a second copy of the
    /// names' terms. A key is its term's entry's string and a form the story's own where they agree.
    /// </summary>
    public KeyValuePair<string, string>[] Forms { get; init; } = [];

    /// <summary>
    /// The document's top words in its order, with the entries they had when the member last joined (the array its
    /// story's MemberWords queued, not a copy): put back, a member looks them up again by term, as its document did.
    /// </summary>
    public MemberTerm[] TopWords { get; set; } = [];

    /// <summary>Per name term of Terms, whether the lead carries it.</summary>
    public bool[] NamesLead { get; init; } = [];

    /// <summary>
    /// The positions in Terms' names of those its headline carries (StoryClusterer.HeadlineNames), read once when first
    /// asked: positions, not entries, as a copy of the member (with new Terms) keeps them.
    /// </summary>
    public int[]? HeadlineNames { get; set; }

    // One field per part (StoryDocument.PartCount), not an array of them: an object fewer per kept member to mark.
    private double[]? _words, _title, _names, _numbers;

    /// <summary>
    /// The member's repair vector of a part, written anew by each check: one array per member for all its checks, not
    /// one per check (a check reads at most one vector per member, and checks do not overlap).
    /// </summary>
    public double[] Vector(int part) => part switch
    {
        0 => _words ??= new double[Terms[part].Length],
        1 => _title ??= new double[Terms[part].Length],
        2 => _names ??= new double[Terms[part].Length],
        3 => _numbers ??= new double[Terms[part].Length],
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}

/// <summary>
/// The split check: after an article joins, a story young enough to be checked is cut in two when its members form
/// two groups that agree within and not across (StorySplitter); the group without the story's first member leaves
/// for a new story, and the moves are returned so that the store can show them. Bounded: only the story just joined,
/// only while it holds at most SplitMaxMembers, and only at some sizes.
/// </summary>
public sealed partial class StoryClusterer
{
    private bool SplitDue(LiveStory story) =>
        story.Kept is { } kept && kept.Count >= options.SplitMinMembers && Due(kept.Count);

    /// <summary>Checked at every size up to RepairDenseUpTo members, then at every RepairEvery-th: a few checks per story in all.</summary>
    private bool Due(int members) => members <= options.RepairDenseUpTo || members % options.RepairEvery == 0;

    /// <summary>Splits the story when its members fall in two groups; returns the moves (none when it stays whole).</summary>
    private List<StoryRepairMove> SplitCheck(LiveStory story)
    {
        if (!SplitDue(story)) return [];
        var members = story.Kept!;
        if (ShortReports(members)) return [];
        // Too few members for two groups of the least size: the splitter would give up before reading a similarity
        // (its first test), so the vectors and pairs are not taken (at 4 and 5 members, two of a young story's checks).
        var minGroup = Math.Max(options.SplitMinGroup, (int)Math.Ceiling(options.SplitMinShare * members.Count));
        if (members.Count < 2 * Math.Max(1, minGroup)) return [];
        var sim = Similarities(Vectors(members, options.SplitWords, options.SplitNames, options.SplitNumbers, options.SplitLocalIdf), members.Count);
        WeekdayPenalty(sim, members);
        _dayCut = false;
        var split = StorySplitter.BestSplit(sim, minGroup, options.SplitSetAside);
        story.NearSplitGap = split is null || split.Gap >= options.SplitGap ? 0 : split.Gap;
        if (split is null || split.Gap < options.SplitGap) split = ActorSplit(members, sim, minGroup) ?? DayGroupSplit(members, sim);
        return split is null ? [] : Split(story, split);
    }

    /// <summary>
    /// Whether every member is a short report (under SplitMinWords distinct words: a title and a few sentences, a wire
    /// flash, a feed entry): two short reports of one event share few words by chance, so their similarities are
    /// noise and the best cut falls along the wording (the full name in the title against the surname in the body, one
    /// street against another), not along two events. Read before the similarities: a story of short reports is not cut.
    /// </summary>
    private bool ShortReports(List<StoryMember> members)
    {
        if (options.SplitMinWords <= 0) return false;
        var words = (int)StoryPart.Words;
        foreach (var m in members)
            if (m.Terms[words].Length >= options.SplitMinWords) return false;
        return true;
    }

    /// <summary>
    /// Per part, the members' TF-IDF vectors under today's frequencies, each of unit length ([part][member]): the
    /// weights line up with the members' Terms, in the documents' order.
    /// </summary>
    private sealed record MemberVectors(List<StoryMember> Members, double[][][] Parts, double[] Weights, double Total);

    /// <summary>The merge check's vectors: no within-story IDF, so a member's vector does not depend on its company.</summary>
    private MemberVectors Vectors(List<StoryMember> members) => Vectors(members, options.SplitWords, options.SplitNames, options.SplitNumbers, 0);

    /// <param name="localIdf">
    /// Exponent of an IDF taken within the members: a term all of them carry (the champion, the disease, the company)
    /// tells no group from another, while one that half carry (the opponent, the year) is what sets them apart.
    /// </param>
    private MemberVectors Vectors(List<StoryMember> members, double wordsWeight, double namesWeight, double numbersWeight, double localIdf)
    {
        var n = members.Count;
        double[] weights = [wordsWeight, 0, namesWeight, numbersWeight];
        var vectors = new double[StoryDocument.PartCount][][];
        var idfBase = IdfBase;
        // The within-story IDF factor depends only on how many members carry a term: one power per count.
        // Written into a buffer reused from check to check (read only within [0, n]): a LINQ pipeline and an array per
        // split check were garbage on the clusterer's thread.
        double[]? localFactor = null;
        if (localIdf > 0)
        {
            if (_localFactor.Length < n + 1) _localFactor = new double[Math.Max(n + 1, 2 * _localFactor.Length)];
            localFactor = _localFactor;
            for (var c = 0; c <= n; c++) localFactor[c] = c == 0 ? 0 : Math.Pow(Math.Log((n + 1.0) / c), localIdf);
        }
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (weights[p] == 0) continue;
            vectors[p] = new double[n][];
            long round = 0;
            if (localFactor is not null)
            {
                round = ++_markRound;
                foreach (var m in members)
                    foreach (var t in m.Terms[p])
                    {
                        var stats = t.Stats(_entries);
                        if (stats.CountRound != round) (stats.Carriers, stats.CountRound) = (0, round);
                        stats.Carriers++;
                    }
            }
            var names = p == (int)StoryPart.Names;
            for (var i = 0; i < n; i++)
            {
                var terms = members[i].Terms[p];
                var lead = members[i].NamesLead;
                var v = members[i].Vector(p);
                double norm = 0;
                for (var k = 0; k < terms.Length; k++)
                {
                    var (stats, w) = (terms[k].Stats(_entries), terms[k].Weight);
                    // The names of the lead are who the report is about; background names weigh less.
                    var x = w * (idfBase - LogPlusOne(stats.Df)) * (names && lead[k] ? options.SplitLeadBoost : 1);
                    if (localFactor is not null) x *= localFactor[stats.Carriers];
                    v[k] = x;
                    norm += x * x;
                }
                if (norm > 0)
                {
                    norm = Math.Sqrt(norm);
                    for (var k = 0; k < v.Length; k++) v[k] /= norm;
                }
                vectors[p][i] = v;
            }
        }
        return new MemberVectors(members, vectors, weights, weights.Sum());
    }

    private long _markRound;
    private double[] _localFactor = [];

    /// <summary>
    /// The blended cosine of every member i of one set with every member j of another ([i, j]; for one set, i &lt; j
    /// only). Each dot product walks the shorter vector in its document's order (the first set's on a tie) and reads
    /// the other's weights from where it spread them on the terms' entries: the same sums, in the same order, as a
    /// lookup per term, without the lookups.
    /// </summary>
    /// <remarks>
    /// Tried at s30-update and not kept (commit d5a3d37, reverted): the compared members' terms numbered once per part
    /// (one read of each member term's entry), each vector spread in a small dense array by number and cleared after
    /// its pairs, so that the n²/2 pair walks read a few KB in the first-level cache instead of the entries; Vectors
    /// reading each entry once per term. Results identical (bench 20k/100k moves, opened and F1 to the last digit; ECB+
    /// predictions cmp-identical in file order and seeds 1-3). Perf at 100k put the split check at 6.5 % of the
    /// assigning thread's samples (Vectors 53 % of it, these pairs 22 %). Two clusterers fed the bench stream article by
    /// article in one process (thread CPU around each Assign), this walk against the dense one: 30k 17.31 / 17.26 s,
    /// 40k 27.50 / 26.78 s. But `lede bench stories --stop-at 100000`, main (A) and the dense walk (B) run A B B A B A
    /// at load 4-12 (2026-11-25 12:12-12:21): assigning thread A 49.13, 51.01, 52.65 s against B 50.74, 56.50, 51.24 s,
    /// split phase A 6.03, 10.14, 9.81 s against B 6.62, 10.78, 7.49 s: no gain the bench shows.
    /// </remarks>
    private double[,] Similarities(MemberVectors first, MemberVectors second)
    {
        var same = ReferenceEquals(first, second);
        var (n, m) = (first.Members.Count, second.Members.Count);
        var (sums, dots) = (Buffer(ref _pairSums, n, m), Buffer(ref _pairDots, n, m));
        // Every pair's dot is written below before it is read; the sums add up, so they start at zero.
        for (var i = 0; i < n; i++)
            for (var j = same ? i + 1 : 0; j < m; j++) sums[i, j] = 0;
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (first.Weights[p] == 0) continue;
            var (a, b) = (first.Parts[p], second.Parts[p]);
            for (var j = 0; j < m; j++)
            {
                var r = Spread(second.Members[j].Terms[p], b[j]);
                for (var i = 0; i < (same ? j : n); i++)
                    if (a[i].Length <= b[j].Length) dots[i, j] = Dot(first.Members[i].Terms[p], a[i], r);
            }
            for (var i = 0; i < n; i++)
            {
                var r = Spread(first.Members[i].Terms[p], a[i]);
                for (var j = same ? i + 1 : 0; j < m; j++)
                    if (a[i].Length > b[j].Length) dots[i, j] = Dot(second.Members[j].Terms[p], b[j], r);
            }
            for (var i = 0; i < n; i++)
                for (var j = same ? i + 1 : 0; j < m; j++) sums[i, j] += first.Weights[p] * dots[i, j];
        }
        for (var i = 0; i < n; i++)
            for (var j = same ? i + 1 : 0; j < m; j++) sums[i, j] /= first.Total;
        return sums;
    }

    // The pairwise matrices of the checks, reused from check to check: at least [n, m], read only within [n, m].
    private double[,] _pairSums = new double[0, 0], _pairDots = new double[0, 0];

    private static double[,] Buffer(ref double[,] buffer, int n, int m)
    {
        if (buffer.GetLength(0) < n || buffer.GetLength(1) < m)
            buffer = new double[Math.Max(n, buffer.GetLength(0)), Math.Max(m, buffer.GetLength(1))];
        return buffer;
    }

    /// <summary>Puts a vector's weights on its terms' entries under a new round, which it returns.</summary>
    private long Spread(MemberTerm[] terms, double[] v)
    {
        var round = ++_markRound;
        for (var k = 0; k < terms.Length; k++) (terms[k].Stats(_entries).Mark, terms[k].Stats(_entries).MarkRound) = (v[k], round);
        return round;
    }

    /// <summary>The dot product of a vector with the one spread under the round, summed in the vector's order.</summary>
    private double Dot(MemberTerm[] terms, double[] v, long round)
    {
        double dot = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var stats = terms[k].Stats(_entries);
            if (stats.MarkRound == round) dot += v[k] * stats.Mark;
        }
        return dot;
    }

    // The members' square matrices by size (the splitter reads the size off the matrix), each reused until the next
    // check of that many members: every cell is written below.
    private readonly List<double[,]?> _squares = [];

    /// <summary>Pairwise similarity of the members: valid until the next call.</summary>
    private double[,] Similarities(MemberVectors vectors, int n)
    {
        var upper = Similarities(vectors, vectors);
        while (_squares.Count <= n) _squares.Add(null);
        var sim = _squares[n] ??= new double[n, n];
        for (var i = 0; i < n; i++)
        {
            sim[i, i] = 1;
            for (var j = i + 1; j < n; j++) sim[i, j] = sim[j, i] = upper[i, j];
        }
        return sim;
    }

    /// <summary>
    /// The other half of the repair: a report that arrived before its event's story was clear opened a story of its
    /// own (or a split left a fragment), and the story that grew since resembles it as much as its own members
    /// resemble each other. Such a candidate story, one the article also scored close to, is taken in whole.
    /// </summary>
    private List<StoryRepairMove> MergeCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        // On the split check's schedule: a story checks its neighbours as it grows, not at every report.
        if (story.Kept is not { Count: >= 2 } members || !Due(members.Count)) return [];
        var moves = new List<StoryRepairMove>();
        var looked = 0;
        // The story's vectors and its members' mean similarity serve every candidate until a merge changes them; each
        // candidate then costs its own vectors and the cross pairs only.
        MemberVectors? ours = null;
        double? within = null;
        (long Round, double Within)? rough = null;
        foreach (var c in candidates)
        {
            if (c.Score < options.MergeMinScore) break;
            if (c.StoryId == story.Id || !_live.TryGetValue(c.StoryId, out var other)) continue;
            if (other.Kept is not { Count: > 0 } theirs) continue;
            if (members.Count + theirs.Count > options.SplitMaxMembers) continue;
            if (story.SpanWithDays(other) > options.MaxSpanDays) continue;
            if (TextDatesDiffer(story, other)) continue;
            if (++looked > options.MergeMaxCandidates) break;
            if (options.MergeLeadConflict && LeadsDiffer(story, other)) continue;
            ours ??= Vectors(members);
            rough ??= SpreadSums(ours);
            // Most candidates fall well short: the means through the summed vectors say so at the cost of one walk
            // over the candidate's terms, and only a candidate near or past the bar pays for its vectors and the pairs.
            if (RoughCross(theirs, rough.Value.Round, members.Count) < options.MergeRatio * rough.Value.Within - RoughMargin) continue;
            within ??= MeanSimilarity(Similarities(ours, members.Count), 0, members.Count, 0, members.Count);
            var cross = MeanCross(ours, members.Count, Vectors(theirs), theirs.Count);
            if (cross < options.MergeRatio * within) continue;
            // A refold under MergeRefoldRatio passes only on a rare full name leading both stories (SharedLeadName): the
            // reason names it, so that a trace (tools/trace-stories.cs) tells which folds the exemption let through.
            string? refoldName = null;
            if (RefoldTooLoose(options.MergeRefoldRatio, cross, within.Value) && WasCut(story, other) && (refoldName = SharedLeadName(story, other)) is null) continue;
            if (!MayRefold(story, other) || ActorsDiffer(story, other)) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: its reports resemble that story's ({cross:0.00}) as those resemble each other ({within:0.00}){(refoldName is null ? "" : $", a cut folded back on the lead name {refoldName}")}");
            TakeIn(story, other, theirs, reason, moves);
            members = story.Kept;
            if (members is null) break;
            (ours, within, rough) = (null, null, null);
        }
        return moves;
    }

    /// <summary>
    /// Whether a candidate's cross similarity falls under StoryOptions.MergeRefoldRatio's share of the story's own: the
    /// merge check then leaves it apart when a split that stood cut the two apart and no rare full name leads both.
    /// </summary>
    internal static bool RefoldTooLoose(double? ratio, double cross, double within) => ratio is { } r && cross < r * within;

    /// <summary>
    /// Moves every kept member of `other` into `story` (a merge): the moves are reported with `reason`, the other story
    /// closes, and its copies count in `story` (they follow their originals).
    /// </summary>
    private void TakeIn(LiveStory story, LiveStory other, List<StoryMember> theirs, string reason, List<StoryRepairMove> moves)
    {
        moves.AddRange(theirs.Select(m => new StoryRepairMove(m.Key!, story.Id, reason) { Headline = story.Headline }));
        var copies = other.Members - other.Indexed;
        Close(other.Id);
        foreach (var m in theirs) Add(story, m.Doc, m.Title, m.Weight, m.Centrality, m.Key, m);
        story.Members += copies;
    }

    /// <summary>
    /// How far the rough means (RoughCross, SpreadSums) may stand from the pairwise ones and still be trusted to fall
    /// short: all weights are positive, so the two orders of summation differ by some 1e-12 at most on means in [0, 1].
    /// </summary>
    private const double RoughMargin = 1e-9;

    /// <summary>Adds the set's vectors of part `p` onto their terms' entries (Sum, zeroed on first touch in `round`).</summary>
    private void Spread(MemberVectors vectors, int p, long round)
    {
        for (var i = 0; i < vectors.Members.Count; i++)
        {
            var (terms, v) = (vectors.Members[i].Terms[p], vectors.Parts[p][i]);
            for (var k = 0; k < terms.Length; k++)
            {
                var stats = terms[k].Stats(_entries);
                if (stats.SumRound != round) (stats.Sum, stats.SumRound) = (0, round);
                stats.Sum += v[k];
            }
        }
    }

    /// <summary>
    /// Spreads the sum of the set's vectors on the terms' entries (Sum, under a new round, which it returns) and takes
    /// the set's mean pairwise similarity through it: similarity is bilinear, so the pairs sum to each member's dot
    /// with the sum less its own square. The same mean as MeanSimilarity's up to rounding, not bit for bit.
    /// </summary>
    private (long Round, double Within) SpreadSums(MemberVectors vectors)
    {
        var round = ++_markRound;
        var n = vectors.Members.Count;
        double total = 0;
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (vectors.Weights[p] == 0) continue;
            Spread(vectors, p, round);
            double pairs = 0;
            for (var i = 0; i < n; i++)
            {
                var (terms, v) = (vectors.Members[i].Terms[p], vectors.Parts[p][i]);
                for (var k = 0; k < terms.Length; k++) pairs += v[k] * terms[k].Stats(_entries).Sum - v[k] * v[k];
            }
            total += vectors.Weights[p] * pairs;
        }
        return (round, n < 2 ? 0 : total / vectors.Total / (n * (n - 1)));
    }

    /// <summary>
    /// The mean similarity of every member of a set with every member of the set summed under the round (n members):
    /// each member's merge-check vector taken in one pass, its dot with the sum divided by its length at the end.
    /// </summary>
    /// <remarks>
    /// Reading the counts here and in Vectors from the frequencies' dense copy by MemberTerm.Id (as MemberMax does) was
    /// tried at s28-score and not kept: results identical, but two clusterers fed the bench stream article by article in
    /// one process (thread CPU around each Assign, the two ways alternated) read 36.84 s old against 38.31 s dense at 40k
    /// (-2.5 %, -1.7 %, +6.6 %, +4.0 % at 10k-40k): here the entry is read anyway for the spread sum (Sum sits 32 bytes
    /// from Df), so the dense copy is one more read, not one fewer.
    /// </remarks>
    private double RoughCross(List<StoryMember> members, long round, int n)
    {
        var m = members.Count;
        double[] weights = [options.SplitWords, 0, options.SplitNames, options.SplitNumbers];
        var idfBase = IdfBase;
        double total = 0;
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (weights[p] == 0) continue;
            var names = p == (int)StoryPart.Names;
            double dots = 0;
            foreach (var member in members)
            {
                var (terms, lead) = (member.Terms[p], member.NamesLead);
                double dot = 0, norm = 0;
                for (var k = 0; k < terms.Length; k++)
                {
                    var (stats, w) = (terms[k].Stats(_entries), terms[k].Weight);
                    var x = w * (idfBase - LogPlusOne(stats.Df)) * (names && lead[k] ? options.SplitLeadBoost : 1);
                    norm += x * x;
                    if (stats.SumRound == round) dot += x * stats.Sum;
                }
                if (norm > 0) dots += dot / Math.Sqrt(norm);
            }
            total += weights[p] * dots;
        }
        return n * m == 0 ? 0 : total / weights.Sum() / (n * m);
    }

    /// <summary>The mean similarity of every member of one set with every member of the other.</summary>
    private double MeanCross(MemberVectors first, int n, MemberVectors second, int m)
    {
        var sim = Similarities(first, second);
        double sum = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++) sum += sim[i, j];
        return n * m == 0 ? 0 : sum / (n * m);
    }

    /// <summary>Mean similarity of rows [r0, r1) with columns [c0, c1), the diagonal left out.</summary>
    private static double MeanSimilarity(double[,] sim, int r0, int r1, int c0, int c1)
    {
        double sum = 0;
        var pairs = 0;
        for (var i = r0; i < r1; i++)
            for (var j = c0; j < c1; j++)
            {
                if (i == j) continue;
                sum += sim[i, j];
                pairs++;
            }
        return pairs == 0 ? 0 : sum / pairs;
    }

    /// <summary>The assignment after a split: the article itself may be among those that left.</summary>
    private static StoryAssignment Repaired(StoryAssignment assignment, List<StoryRepairMove> moves, string? key)
    {
        var own = moves.FirstOrDefault(m => m.Key == key);
        if (own is null) return assignment with { Moved = moves };
        var joined = assignment;
        return (assignment with
        {
            StoryId = own.StoryId,
            Moved = moves.Where(m => m.Key != key).ToList(),
        }).Explained(() => $"{joined.Reason}; then {own.Reason}");
    }

    /// <summary>Rebuilds the story from the members that stay and opens a new one for those that leave.</summary>
    private List<StoryRepairMove> Split(LiveStory story, StorySplit split)
    {
        var members = story.Kept!;
        var copies = story.Members - story.Indexed;
        var leaving = split.Moved.ToHashSet();
        CloseToReopen(story.Id);
        var stay = new LiveStory(story.Id, _stats, _centroids);
        var leave = new LiveStory(NextStoryId++, _stats, _centroids);
        _live[stay.Id] = stay;
        _live[leave.Id] = leave;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            Add(leaving.Contains(i) ? leave : stay, m.Doc, m.Title, m.Weight, m.Centrality, m.Key, m);
        }
        stay.Members += copies;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"split from story {stay.Id}: its members fell in two groups, similar within ({split.Within:0.00}) and not across ({split.Cross:0.00})");
        return split.Moved.Select(i => new StoryRepairMove(members[i].Key!, leave.Id, reason) { Headline = leave.Headline }).ToList();
    }
}
