namespace Lede.Copies;

/// <summary>A sentence of the copy matched with a sentence of the original (0-based indexes into their sentences).</summary>
public sealed record AlignedSentence(int Copy, int Original, double Similarity);

/// <summary>
/// The evidence for a copy: which sentences correspond, how much of each article they carry (share of content
/// words), and whether the copy keeps the original's order. The same-coverages count the words of sentences taken
/// nearly word for word (<see cref="CopyOptions.NearSameSentence"/>).
/// </summary>
public sealed record CopyAlignment(
    IReadOnlyList<AlignedSentence> Pairs,
    int CopySentences,
    int OriginalSentences,
    double CopyCoverage,
    double OriginalCoverage,
    double MeanSimilarity,
    double SameShare,
    double OrderKept,
    bool OriginalContiguous,
    double CopySameCoverage,
    double OriginalSameCoverage)
{
    public int Aligned => Pairs.Count;

    /// <summary>One number for the link: how much of the copy is carried over, and how faithfully.</summary>
    public double Similarity => Math.Round(MeanSimilarity * Math.Max(CopyCoverage, OriginalCoverage), 4);
}

/// <summary>
/// Aligns the sentences of two articles one to one, best pairs first. Sentence similarity is the longest common
/// word subsequence over the mean length (order-aware Dice): a spinner's synonym swaps leave the function words
/// and names in place, while an independent report of the same event says the same facts in other sentences.
/// </summary>
public static class SentenceAligner
{
    public static CopyAlignment Align(CopyFingerprint copy, CopyFingerprint original, CopyOptions options)
    {
        var candidates = new List<AlignedSentence>();
        foreach (var i in copy.Content)
        {
            var a = copy.Sentences[i];
            foreach (var j in original.Content)
            {
                var b = original.Sentences[j];
                var shared = SharedCount(a.ContentWords, b.ContentWords);
                if (shared < Math.Min(options.MinSharedContentWords, Math.Min(a.ContentWords.Length, b.ContentWords.Length))
                    || 2.0 * shared < options.MinContentOverlap * (a.ContentWords.Length + b.ContentWords.Length))
                    continue;
                // LCS cannot beat the shorter length: skip pairs that cannot reach the bar.
                if (2.0 * Math.Min(a.Words.Length, b.Words.Length) / (a.Words.Length + b.Words.Length) < options.SentenceMatch) continue;
                var sim = Similarity(a.Words, b.Words);
                if (sim >= options.SentenceMatch) candidates.Add(new AlignedSentence(i, j, sim));
            }
        }
        candidates.Sort((x, y) => y.Similarity.CompareTo(x.Similarity) is var c && c != 0 ? c
            : Math.Abs(x.Copy - x.Original).CompareTo(Math.Abs(y.Copy - y.Original)));
        var usedCopy = new HashSet<int>();
        var usedOriginal = new HashSet<int>();
        var pairs = new List<AlignedSentence>();
        foreach (var p in candidates)
            if (!usedCopy.Contains(p.Copy) && !usedOriginal.Contains(p.Original))
            {
                usedCopy.Add(p.Copy);
                usedOriginal.Add(p.Original);
                pairs.Add(p);
            }
        pairs.Sort((x, y) => x.Copy.CompareTo(y.Copy));

        double Coverage(CopyFingerprint f, IEnumerable<int> aligned) =>
            f.ContentWords == 0 ? 0 : (double)aligned.Sum(i => f.Sentences[i].Words.Length) / f.ContentWords;

        var ordinal = new Dictionary<int, int>();
        for (var k = 0; k < original.Content.Length; k++) ordinal[original.Content[k]] = k;
        var positions = pairs.Select(p => ordinal[p.Original]).ToList();
        var nearSame = pairs.Where(p => p.Similarity >= options.NearSameSentence).ToList();
        var contiguous = positions.Count > 0 && positions.Max() - positions.Min() + 1 == positions.Count;
        return new CopyAlignment(
            pairs,
            copy.Content.Length,
            original.Content.Length,
            Coverage(copy, usedCopy),
            Coverage(original, usedOriginal),
            pairs.Count == 0 ? 0 : pairs.Average(p => p.Similarity),
            pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Similarity >= options.SameSentence) / pairs.Count,
            pairs.Count == 0 ? 0 : (double)LongestIncreasing(positions) / pairs.Count,
            contiguous,
            Coverage(copy, nearSame.Select(p => p.Copy)),
            Coverage(original, nearSame.Select(p => p.Original)));
    }

    /// <summary>Order-aware Dice: 2·LCS / (|a| + |b|).</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        Span<int> previous = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        previous.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = 0;
            for (var j = 1; j <= b.Length; j++)
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            var t = previous;
            previous = current;
            current = t;
        }
        return 2.0 * previous[b.Length] / (a.Length + b.Length);
    }

    private static int SharedCount(uint[] a, uint[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    private static int LongestIncreasing(IReadOnlyList<int> xs)
    {
        var tails = new List<int>();
        foreach (var x in xs)
        {
            var k = tails.BinarySearch(x);
            if (k < 0) k = ~k;
            if (k == tails.Count) tails.Add(x);
            else tails[k] = x;
        }
        return tails.Count;
    }
}
