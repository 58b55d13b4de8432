using System.Numerics;
using System.Runtime.Intrinsics;

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
    public static CopyAlignment Align(CopyFingerprint copy, CopyFingerprint original, CopyOptions options) =>
        TryAlign(copy, original, options, 0)!;

    /// <summary>
    /// The alignment, or null as soon as it is clear that aligned sentences could not carry `minSmallerCoverage` of the
    /// smaller article's content words (the smaller by content words, as the classifier reckons it). The bound counts
    /// every sentence of the smaller side that passes the cheap word-overlap and length tests with some sentence of the
    /// other: a superset of the sentences alignment can pair, so no alignment reaching the bar is ever cut short.
    /// </summary>
    public static CopyAlignment? TryAlign(CopyFingerprint copy, CopyFingerprint original, CopyOptions options, double minSmallerCoverage)
    {
        var passing = t_passing ??= [];
        passing.Clear();
        var copyIsSmaller = copy.ContentWords <= original.ContentWords;
        var smaller = copyIsSmaller ? copy : original;
        var reachable = 0;
        var lastCounted = -1;
        var shared = SharedCounts(copy, original);
        var columns = original.Content.Length;
        for (var ci = 0; ci < copy.Content.Length; ci++)
        {
            var i = copy.Content[ci];
            var a = copy.Sentences[i];
            for (var oj = 0; oj < columns; oj++)
            {
                var j = original.Content[oj];
                var b = original.Sentences[j];
                var n = shared[ci * columns + oj];
                // No word in common fails the overlap tests below unless both sentences are all function words.
                if (n == 0 && (a.ContentCount > 0 || b.ContentCount > 0)) continue;
                // LCS cannot beat the shorter length: skip pairs that cannot reach the bar.
                if (2.0 * Math.Min(a.WordCount, b.WordCount) / (a.WordCount + b.WordCount) < options.SentenceMatch) continue;
                if (n < Math.Min(options.MinSharedContentWords, Math.Min(a.ContentCount, b.ContentCount))
                    || 2.0 * n < options.MinContentOverlap * (a.ContentCount + b.ContentCount))
                    continue;
                passing.Add((i, j));
                if (copyIsSmaller && lastCounted != i)
                {
                    reachable += a.WordCount;
                    lastCounted = i;
                }
            }
        }
        if (!copyIsSmaller)
        {
            Span<bool> seen = original.Sentences.Count <= 1024 ? stackalloc bool[original.Sentences.Count] : new bool[original.Sentences.Count];
            seen.Clear();
            foreach (var (_, j) in passing)
                if (!seen[j])
                {
                    seen[j] = true;
                    reachable += original.WordCount(j);
                }
        }
        if (minSmallerCoverage > 0 && (smaller.ContentWords == 0 ? 0 : (double)reachable / smaller.ContentWords) < minSmallerCoverage)
            return null;

        // Scratch of this thread: only the pairs kept become objects of the alignment.
        var candidates = t_candidates ??= [];
        candidates.Clear();
        foreach (var (i, j) in passing)
        {
            var sim = Similarity(copy.WordsOf(i), original.WordsOf(j));
            if (sim >= options.SentenceMatch) candidates.Add((i, j, sim));
        }
        candidates.Sort((x, y) => y.Similarity.CompareTo(x.Similarity) is var c && c != 0 ? c
            : Math.Abs(x.Copy - x.Original).CompareTo(Math.Abs(y.Copy - y.Original)));
        var (copyCount, originalCount) = (copy.Sentences.Count, original.Sentences.Count);
        Span<bool> usedCopy = copyCount <= 1024 ? stackalloc bool[copyCount] : new bool[copyCount];
        Span<bool> usedOriginal = originalCount <= 1024 ? stackalloc bool[originalCount] : new bool[originalCount];
        usedCopy.Clear();
        usedOriginal.Clear();
        var pairs = new List<AlignedSentence>();
        foreach (var p in candidates)
            if (!usedCopy[p.Copy] && !usedOriginal[p.Original])
            {
                usedCopy[p.Copy] = true;
                usedOriginal[p.Original] = true;
                pairs.Add(new AlignedSentence(p.Copy, p.Original, p.Similarity));
            }
        pairs.Sort((x, y) => x.Copy.CompareTo(y.Copy));

        Span<int> ordinal = originalCount <= 1024 ? stackalloc int[originalCount] : new int[originalCount];
        for (var k = 0; k < original.Content.Length; k++) ordinal[original.Content[k]] = k;
        Span<int> positions = pairs.Count <= 1024 ? stackalloc int[pairs.Count] : new int[pairs.Count];
        int copyWords = 0, originalWords = 0, copySame = 0, originalSame = 0, same = 0;
        double similarity = 0;
        for (var k = 0; k < pairs.Count; k++)
        {
            var p = pairs[k];
            positions[k] = ordinal[p.Original];
            copyWords += copy.WordCount(p.Copy);
            originalWords += original.WordCount(p.Original);
            similarity += p.Similarity;
            if (p.Similarity >= options.NearSameSentence)
            {
                copySame += copy.WordCount(p.Copy);
                originalSame += original.WordCount(p.Original);
            }
            if (p.Similarity >= options.SameSentence) same++;
        }
        double Share(int words, CopyFingerprint f) => f.ContentWords == 0 ? 0 : (double)words / f.ContentWords;
        var contiguous = positions.Length > 0 && Max(positions) - Min(positions) + 1 == positions.Length;
        return new CopyAlignment(
            pairs,
            copy.Content.Length,
            original.Content.Length,
            Share(copyWords, copy),
            Share(originalWords, original),
            pairs.Count == 0 ? 0 : similarity / pairs.Count,
            pairs.Count == 0 ? 0 : (double)same / pairs.Count,
            pairs.Count == 0 ? 0 : (double)LongestIncreasing(positions) / pairs.Count,
            contiguous,
            Share(copySame, copy),
            Share(originalSame, original));
    }

    [ThreadStatic] private static List<(int Copy, int Original)>? t_passing;
    [ThreadStatic] private static List<(int Copy, int Original, double Similarity)>? t_candidates;

    /// <summary>Order-aware Dice: 2·LCS / (|a| + |b|).</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        // Most aligned sentences of a syndicated copy or an excerpt are unchanged.
        if (a.SequenceEqual(b)) return 1.0;
        if (b.Length <= 64) return 2.0 * LongestCommonShort(a, b) / (a.Length + b.Length);
        return 2.0 * LongestCommon(a, b) / (a.Length + b.Length);
    }

    /// <summary>
    /// The length of the longest common subsequence where `b` has at most 64 words, a word of bits at a time (Hyyrö's
    /// bit-parallel form of the dynamic programme): bit j of V is clear where the LCS of the prefix of `a` read so far
    /// and b[..(j+1)] grows by one at j, so the LCS is the count of clear bits.
    /// </summary>
    internal static int LongestCommonShort(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var v = ulong.MaxValue;
        foreach (var x in a)
        {
            // The positions of b that hold x (a sentence repeats few of its words: most rows match none).
            var match = 0UL;
            var j = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                var xs = Vector256.Create(x);
                for (; j + Vector256<uint>.Count <= b.Length; j += Vector256<uint>.Count)
                    match |= (ulong)Vector256.Equals(Vector256.Create(b.Slice(j, Vector256<uint>.Count)), xs).ExtractMostSignificantBits() << j;
            }
            for (; j < b.Length; j++)
                if (b[j] == x) match |= 1UL << j;
            var u = v & match;
            v = (v + u) | (v - u);
        }
        var used = b.Length == 64 ? v : v | ~0UL << b.Length;
        return BitOperations.PopCount(~used);
    }

    /// <summary>The length of the longest common subsequence, by the row-by-row dynamic programme.</summary>
    internal static int LongestCommon(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
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
        return previous[b.Length];
    }

    [ThreadStatic] private static int[]? t_shared;

    /// <summary>
    /// Distinct content words shared by every pair of content sentences (row: the copy's content ordinal, column: the
    /// original's), counted through the copy's word index: one look-up per word of the original instead of a merge per pair.
    /// The array is this thread's scratch, valid until the next call.
    /// </summary>
    private static int[] SharedCounts(CopyFingerprint copy, CopyFingerprint original)
    {
        var size = copy.Content.Length * original.Content.Length;
        var counts = t_shared is { } had && had.Length >= size ? had : t_shared = new int[Math.Max(size, 1024)];
        Array.Clear(counts, 0, size);
        var index = SentenceWordIndex.Of(copy);
        var columns = original.Content.Length;
        for (var oj = 0; oj < columns; oj++)
            foreach (var w in original.ContentIdsOf(original.Content[oj]))
                for (var e = index.First(w); e >= 0; e = index.Next(e))
                    counts[index.Ordinal(e) * columns + oj]++;
        return counts;
    }

    private static int Max(ReadOnlySpan<int> xs)
    {
        var m = int.MinValue;
        foreach (var x in xs) m = Math.Max(m, x);
        return m;
    }

    private static int Min(ReadOnlySpan<int> xs)
    {
        var m = int.MaxValue;
        foreach (var x in xs) m = Math.Min(m, x);
        return m;
    }

    /// <summary>The length of the longest strictly increasing subsequence (patience sorting: tails[k] is the least end of one of length k + 1).</summary>
    private static int LongestIncreasing(ReadOnlySpan<int> xs)
    {
        Span<int> tails = xs.Length <= 1024 ? stackalloc int[xs.Length] : new int[xs.Length];
        var count = 0;
        foreach (var x in xs)
        {
            var k = tails[..count].BinarySearch(x);
            if (k < 0) k = ~k;
            tails[k] = x;
            if (k == count) count++;
        }
        return count;
    }
}

/// <summary>
/// Which content sentences (by content ordinal) hold each distinct content word of an article: an open-addressing table
/// of words, each heading a chain of (sentence) entries. One per thread, rebuilt for each article aligned as the copy
/// side: an index per article made a few kilobytes of garbage an article (the fingerprints of a batch are made before
/// any is observed, so a pool of them only ever ran dry), where rebuilding one takes a pass over the article's words.
/// </summary>
internal sealed class SentenceWordIndex
{
    private uint[] _keys = new uint[512];
    private int[] _heads = new int[512];
    private int[] _next = new int[256];
    private int[] _ordinal = new int[256];
    private int _mask;
    private CopyFingerprint? _of;

    [ThreadStatic] private static SentenceWordIndex? t_index;

    /// <summary>The index of `f`, valid until this thread asks for another article's.</summary>
    public static SentenceWordIndex Of(CopyFingerprint f)
    {
        var index = t_index ??= new SentenceWordIndex();
        if (!ReferenceEquals(index._of, f)) index.Build(f);
        return index;
    }

    private void Build(CopyFingerprint f)
    {
        var entries = 0;
        foreach (var i in f.Content) entries += f.Sentences[i].ContentCount;
        var capacity = 16;
        while (capacity < 2 * entries) capacity <<= 1;
        if (_keys.Length < capacity)
        {
            _keys = new uint[capacity];
            _heads = new int[capacity];
        }
        if (_next.Length < entries)
        {
            _next = new int[entries];
            _ordinal = new int[entries];
        }
        Array.Fill(_heads, -1, 0, capacity);
        _mask = capacity - 1;
        var e = 0;
        for (var ordinal = 0; ordinal < f.Content.Length; ordinal++)
            foreach (var w in f.ContentIdsOf(f.Content[ordinal]))
            {
                var slot = Slot(w);
                _keys[slot] = w;
                _next[e] = _heads[slot];
                _ordinal[e] = ordinal;
                _heads[slot] = e++;
            }
        _of = f;
    }

    // Linear probing; a slot is free while its head is -1.
    private int Slot(uint w)
    {
        var slot = (int)(w * 0x9E3779B1u >> 8) & _mask;
        while (_heads[slot] >= 0 && _keys[slot] != w) slot = (slot + 1) & _mask;
        return slot;
    }

    /// <summary>The first entry for a word, -1 when no sentence holds it.</summary>
    public int First(uint w) => _heads[Slot(w)];

    public int Next(int entry) => _next[entry];

    public int Ordinal(int entry) => _ordinal[entry];
}
