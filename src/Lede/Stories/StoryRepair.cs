using System.Globalization;

namespace Lede.Stories;

/// <summary>An article placed before that a repair moved to another story (Key is what the caller passed to Assign).</summary>
public sealed record StoryRepairMove(string Key, long StoryId, string Reason)
{
    /// <summary>The provisional headline of the story it moved to.</summary>
    public string? Headline { get; init; }
}

/// <summary>A member a story keeps while it may still be split: what Add needs to put it back, and its caller's key.</summary>
internal sealed record StoryMember(StoryDocument Doc, string? Title, double Weight, double Centrality, string? Key);

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

    /// <summary>Checked at every size up to 8 members, then at every fourth: a few checks per story in all.</summary>
    private static bool Due(int members) => members <= 8 || members % 4 == 0;

    /// <summary>Splits the story when its members fall in two groups; returns the moves (none when it stays whole).</summary>
    private List<StoryRepairMove> SplitCheck(LiveStory story)
    {
        if (!SplitDue(story)) return [];
        var members = story.Kept!;
        var sim = Similarities(Vectors(members, options.SplitWords, options.SplitNames, options.SplitNumbers, options.SplitLocalIdf), members.Count);
        var split = StorySplitter.BestSplit(sim, Math.Max(options.SplitMinGroup, (int)Math.Ceiling(options.SplitMinShare * members.Count)));
        if (split is null || split.Gap < options.SplitGap) return [];
        return Split(story, split);
    }

    /// <summary>Per part, the members' TF-IDF vectors under today's frequencies, each of unit length ([part][member]).</summary>
    private sealed record MemberVectors(Dictionary<string, double>[][] Parts, double[] Weights, double Total);

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
        var vectors = new Dictionary<string, double>[StoryDocument.PartCount][];
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (weights[p] == 0) continue;
            vectors[p] = new Dictionary<string, double>[n];
            Dictionary<string, int>? local = null;
            if (localIdf > 0)
            {
                local = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var m in members)
                    foreach (var term in m.Doc.Parts[p].Keys) local[term] = local.GetValueOrDefault(term) + 1;
            }
            for (var i = 0; i < n; i++)
            {
                var doc = members[i].Doc;
                var v = new Dictionary<string, double>(doc.Parts[p].Count, StringComparer.Ordinal);
                double norm = 0;
                foreach (var (term, w) in doc.Parts[p])
                {
                    // The names of the lead are who the report is about; background names weigh less.
                    var x = w * Idf(p, term) * (p == (int)StoryPart.Names && doc.LeadNames.Contains(term) ? options.SplitLeadBoost : 1);
                    if (local is not null) x *= Math.Pow(Math.Log((n + 1.0) / local[term]), localIdf);
                    v[term] = x;
                    norm += x * x;
                }
                if (norm > 0)
                {
                    norm = Math.Sqrt(norm);
                    foreach (var key in v.Keys.ToList()) v[key] /= norm;
                }
                vectors[p][i] = v;
            }
        }
        return new MemberVectors(vectors, weights, weights.Sum());
    }

    /// <summary>The blended cosine of member i of one set and member j of another (the same set for the split check).</summary>
    private static double Similarity(MemberVectors first, int i, MemberVectors second, int j)
    {
        double s = 0;
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            if (first.Weights[p] == 0) continue;
            var (a, b) = (first.Parts[p][i], second.Parts[p][j]);
            if (a.Count > b.Count) (a, b) = (b, a);
            double dot = 0;
            foreach (var (term, x) in a)
                if (b.TryGetValue(term, out var y)) dot += x * y;
            s += first.Weights[p] * dot;
        }
        return s / first.Total;
    }

    /// <summary>Pairwise similarity of the members.</summary>
    private static double[,] Similarities(MemberVectors vectors, int n)
    {
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            sim[i, i] = 1;
            for (var j = i + 1; j < n; j++) sim[i, j] = sim[j, i] = Similarity(vectors, i, vectors, j);
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
        // The story's vectors and its members' mean similarity serve every candidate until a merge changes them; each
        // candidate then costs its own vectors and the cross pairs only.
        MemberVectors? ours = null;
        double? within = null;
        foreach (var c in candidates)
        {
            if (c.Score < options.MergeMinScore) break;
            if (c.StoryId == story.Id || !_live.TryGetValue(c.StoryId, out var other)) continue;
            if (other.Kept is not { Count: > 0 } theirs) continue;
            if (members.Count + theirs.Count > options.SplitMaxMembers) continue;
            ours ??= Vectors(members);
            within ??= MeanSimilarity(Similarities(ours, members.Count), 0, members.Count, 0, members.Count);
            var cross = MeanCross(ours, members.Count, Vectors(theirs), theirs.Count);
            if (cross < options.MergeRatio * within) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: its reports resemble that story's ({cross:0.00}) as those resemble each other ({within:0.00})");
            moves.AddRange(theirs.Select(m => new StoryRepairMove(m.Key!, story.Id, reason) { Headline = story.Headline }));
            var copies = other.Members - other.Indexed;
            Close(other.Id);
            foreach (var m in theirs) Add(story, m.Doc, m.Title, m.Weight, m.Centrality, m.Key);
            story.Members += copies;
            members = story.Kept;
            if (members is null) break;
            (ours, within) = (null, null);
        }
        return moves;
    }

    /// <summary>The mean similarity of every member of one set with every member of the other.</summary>
    private static double MeanCross(MemberVectors first, int n, MemberVectors second, int m)
    {
        double sum = 0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++) sum += Similarity(first, i, second, j);
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
        return assignment with
        {
            StoryId = own.StoryId,
            Reason = $"{assignment.Reason}; then {own.Reason}",
            Moved = moves.Where(m => m.Key != key).ToList(),
        };
    }

    /// <summary>Rebuilds the story from the members that stay and opens a new one for those that leave.</summary>
    private List<StoryRepairMove> Split(LiveStory story, StorySplit split)
    {
        var members = story.Kept!;
        var copies = story.Members - story.Indexed;
        var leaving = split.Moved.ToHashSet();
        Close(story.Id);
        var stay = new LiveStory(story.Id);
        var leave = new LiveStory(NextStoryId++);
        _live[stay.Id] = stay;
        _live[leave.Id] = leave;
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            Add(leaving.Contains(i) ? leave : stay, m.Doc, m.Title, m.Weight, m.Centrality, m.Key);
        }
        stay.Members += copies;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"split from story {stay.Id}: its members fell in two groups, similar within ({split.Within:0.00}) and not across ({split.Cross:0.00})");
        return split.Moved.Select(i => new StoryRepairMove(members[i].Key!, leave.Id, reason) { Headline = leave.Headline }).ToList();
    }
}
