namespace Lede.Copies;

/// <summary>
/// MinHash over 64-bit shingle hashes: each of the k values is the minimum of an independent mix of the
/// shingles, so two signatures agree at a position with probability equal to the sets' Jaccard similarity.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _seeds;

    public MinHasher(int size, ulong seed = 0x5EED_C0B1E5UL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _seeds = new ulong[size];
        var state = seed;
        for (var i = 0; i < size; i++) _seeds[i] = SplitMix(ref state);
    }

    public int Size => _seeds.Length;

    /// <summary>The signature of a set; an empty set gets all-max values, which match nothing but another empty set.</summary>
    public ulong[] Signature(IEnumerable<ulong> set)
    {
        var signature = new ulong[_seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var x in set)
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = Mix(x ^ _seeds[i]);
                if (h < signature[i]) signature[i] = h;
            }
        return signature;
    }

    /// <summary>The share of positions that agree: an unbiased estimate of the Jaccard similarity.</summary>
    public static double Estimate(ulong[] a, ulong[] b)
    {
        if (a.Length != b.Length) throw new ArgumentException("signatures of different sizes");
        var same = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>Word shingles (n consecutive word ids) as 64-bit hashes; a text shorter than n is one shingle.</summary>
    public static IEnumerable<ulong> Shingles(IReadOnlyList<uint> words, int n)
    {
        if (words.Count == 0) yield break;
        var width = Math.Min(n, words.Count);
        for (var i = 0; i + width <= words.Count; i++)
        {
            var h = 0x84222325CBF29CE4UL;
            for (var j = 0; j < width; j++) h = Mix(h ^ words[i + j]);
            yield return h;
        }
    }

    // Stafford's mix13 (the SplitMix64 finaliser): cheap, and every input bit reaches every output bit.
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state) => Mix(state += 0x9E3779B97F4A7C15UL);
}
