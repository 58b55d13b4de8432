using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>
    /// The signature of a set given as a span (duplicates allowed: the minimum does not change). Eight positions at a time
    /// where the processor multiplies 64-bit lanes natively; the values are those of <see cref="Signature(IEnumerable{ulong})"/>.
    /// </summary>
    public ulong[] Signature(ReadOnlySpan<ulong> set)
    {
        var signature = new ulong[_seeds.Length];
        Signature(set, signature);
        return signature;
    }

    /// <summary>Writes the signature of <see cref="Signature(ReadOnlySpan{ulong})"/> into `signature` (of <see cref="Size"/> values).</summary>
    public void Signature(ReadOnlySpan<ulong> set, Span<ulong> signature)
    {
        signature = signature[.._seeds.Length];
        signature.Fill(ulong.MaxValue);
        var i0 = 0;
        if (Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported && _seeds.Length >= 8)
        {
            var lanes = _seeds.Length / 8 * 8;
            var c1 = Vector512.Create(0xBF58476D1CE4E5B9UL);
            var c2 = Vector512.Create(0x94D049BB133111EBUL);
            for (var i = 0; i < lanes; i += 8)
            {
                var seeds = Vector512.Create(_seeds.AsSpan(i, 8));
                var min = Vector512.Create(ulong.MaxValue);
                foreach (var x in set)
                {
                    var z = Vector512.Create(x) ^ seeds;
                    z = (z ^ Vector512.ShiftRightLogical(z, 30)) * c1;
                    z = (z ^ Vector512.ShiftRightLogical(z, 27)) * c2;
                    z ^= Vector512.ShiftRightLogical(z, 31);
                    min = Vector512.Min(min, z);
                }
                min.CopyTo(signature.Slice(i, 8));
            }
            i0 = lanes;
        }
        foreach (var x in set)
            for (var i = i0; i < _seeds.Length; i++)
            {
                var h = Mix(x ^ _seeds[i]);
                if (h < signature[i]) signature[i] = h;
            }
    }

    /// <summary>
    /// Writes the word shingles of <see cref="Shingles(IReadOnlyList{uint}, int)"/> into `into` (which needs room for
    /// max(1, words − n + 1)) and returns how many.
    /// </summary>
    public static int Shingles(ReadOnlySpan<uint> words, int n, Span<ulong> into)
    {
        if (words.Length == 0) return 0;
        var width = Math.Min(n, words.Length);
        var count = 0;
        for (var i = 0; i + width <= words.Length; i++)
        {
            var h = 0x84222325CBF29CE4UL;
            for (var j = 0; j < width; j++) h = Mix(h ^ words[i + j]);
            into[count++] = h;
        }
        return count;
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
