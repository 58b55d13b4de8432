using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Lede.Streams;

/// <summary>
/// The plain method as datasketch does it, written here as the bench's baseline (a peer of Lede's copies stage,
/// not part of it): word 5-gram shingles of the lower-cased text, hashed to 32 bits; 128 MinHash permutations
/// ((a·h + b) mod 2^61−1, 32-bit); LSH with the band count and rows datasketch's optimiser picks for the threshold
/// (equal false-positive and false-negative weights); a candidate whose estimated Jaccard reaches the threshold is a
/// copy. Streaming like Lede: insert, query, remove, and eviction by publication time.
/// </summary>
public sealed class CopyLshBaseline
{
    private const ulong MersennePrime = (1UL << 61) - 1;
    private const uint MaxHash = uint.MaxValue;

    /// <summary>A live document: its signature, and the family tag the bench scores with.</summary>
    public sealed record Document(string Id, string Tag, DateTimeOffset Time, uint[] Signature);

    private readonly ulong[] _a;
    private readonly ulong[] _b;
    private readonly Dictionary<ulong, List<Document>> _tables = [];
    private readonly Dictionary<string, (Document Document, ulong[] Keys)> _documents = new(StringComparer.Ordinal);
    private readonly Queue<Document> _expiry = new();

    public CopyLshBaseline(double threshold = 0.3, int permutations = 128, int shingleWords = 5, TimeSpan? window = null, int seed = 1)
    {
        Threshold = threshold;
        Permutations = permutations;
        ShingleWords = shingleWords;
        Window = window ?? TimeSpan.FromDays(7);
        (Bands, Rows) = OptimalParameters(threshold, permutations, 0.5, 0.5);
        var random = new Random(seed);
        _a = new ulong[permutations];
        _b = new ulong[permutations];
        for (var i = 0; i < permutations; i++)
        {
            _a[i] = (ulong)random.NextInt64(1, (long)MersennePrime);
            _b[i] = (ulong)random.NextInt64(0, (long)MersennePrime);
        }
    }

    public double Threshold { get; }
    public int Permutations { get; }
    public int ShingleWords { get; }
    public TimeSpan Window { get; }
    public int Bands { get; }
    public int Rows { get; }

    public string Name => $"minhash-lsh (datasketch-style, {Permutations} permutations, word {ShingleWords}-grams, threshold {Threshold}, b={Bands} r={Rows})";

    public int Count => _documents.Count;
    public int Keys => _tables.Count;

    /// <summary>datasketch's _optimal_param: the (bands, rows) with bands·rows ≤ permutations minimising the weighted areas under
    /// the S-curve on the wrong side of the threshold.</summary>
    public static (int Bands, int Rows) OptimalParameters(double threshold, int permutations, double fpWeight, double fnWeight)
    {
        var best = (Bands: 0, Rows: 0);
        var minError = double.MaxValue;
        for (var b = 1; b <= permutations; b++)
            for (var r = 1; r <= permutations / b; r++)
            {
                double Candidate(double s) => 1 - Math.Pow(1 - Math.Pow(s, r), b);
                var fp = Integrate(Candidate, 0, threshold);
                var fn = Integrate(s => 1 - Candidate(s), threshold, 1);
                var error = fp * fpWeight + fn * fnWeight;
                if (error < minError)
                {
                    minError = error;
                    best = (b, r);
                }
            }
        return best;
    }

    private static double Integrate(Func<double, double> f, double from, double to)
    {
        // Simpson's rule; the curves are smooth, so 200 intervals agree with scipy's quad to far below what changes the choice.
        const int n = 200;
        var h = (to - from) / n;
        var sum = f(from) + f(to);
        for (var i = 1; i < n; i++) sum += f(from + i * h) * (i % 2 == 1 ? 4 : 2);
        return sum * h / 3;
    }

    /// <summary>The MinHash signature of a text: pure, so signatures may be computed on several threads.</summary>
    public uint[] Signature(string text)
    {
        var hashes = Shingles(text);
        var signature = new uint[Permutations];
        Array.Fill(signature, MaxHash);
        foreach (var hv in hashes)
            for (var i = 0; i < signature.Length; i++)
            {
                // numpy's uint64 arithmetic wraps, as here.
                var p = (uint)((unchecked(_a[i] * hv + _b[i]) % MersennePrime) & MaxHash);
                if (p < signature[i]) signature[i] = p;
            }
        return signature;
    }

    /// <summary>Distinct 32-bit hashes of the word n-grams (one shingle for a text shorter than n).</summary>
    private HashSet<uint> Shingles(string text)
    {
        var words = new List<ulong>();
        var lower = text.ToLowerInvariant();
        var i = 0;
        while (i < lower.Length)
        {
            if (!char.IsLetterOrDigit(lower[i])) { i++; continue; }
            var start = i;
            while (i < lower.Length && char.IsLetterOrDigit(lower[i])) i++;
            words.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(lower.AsSpan(start, i - start))));
        }
        var set = new HashSet<uint>();
        if (words.Count == 0) return set;
        var width = Math.Min(ShingleWords, words.Count);
        Span<ulong> gram = stackalloc ulong[width];
        for (var k = 0; k + width <= words.Count; k++)
        {
            for (var j = 0; j < width; j++) gram[j] = words[k + j];
            set.Add((uint)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(gram)));
        }
        return set;
    }

    /// <summary>Evicts what fell out of the window, answers the live documents whose estimated Jaccard reaches the threshold, then inserts.</summary>
    public IReadOnlyList<Document> QueryInsert(string id, string tag, DateTimeOffset time, uint[] signature)
    {
        while (_expiry.TryPeek(out var old) && old.Time < time - Window)
        {
            _expiry.Dequeue();
            Remove(old.Id);
        }
        var keys = BandKeys(signature);
        var seen = new HashSet<Document>();
        var matches = new List<Document>();
        foreach (var key in keys)
            if (_tables.TryGetValue(key, out var bucket))
                foreach (var d in bucket)
                    if (seen.Add(d) && Estimate(signature, d.Signature) >= Threshold) matches.Add(d);
        if (_documents.ContainsKey(id)) return matches;
        var document = new Document(id, tag, time, signature);
        foreach (var key in keys)
        {
            if (!_tables.TryGetValue(key, out var bucket)) _tables[key] = bucket = [];
            bucket.Add(document);
        }
        _documents[id] = (document, keys);
        _expiry.Enqueue(document);
        return matches;
    }

    public bool Remove(string id)
    {
        if (!_documents.Remove(id, out var held)) return false;
        foreach (var key in held.Keys)
            if (_tables.TryGetValue(key, out var bucket))
            {
                bucket.Remove(held.Document);
                if (bucket.Count == 0) _tables.Remove(key);
            }
        return true;
    }

    private ulong[] BandKeys(uint[] signature)
    {
        var keys = new ulong[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var band = MemoryMarshal.AsBytes(signature.AsSpan(b * Rows, Rows));
            // The band's number is part of the key: datasketch keeps one table per band.
            keys[b] = XxHash3.HashToUInt64(band, b);
        }
        return keys;
    }

    private static double Estimate(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }
}
