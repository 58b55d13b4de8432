using FsCheck.Xunit;
using Lede.Copies;

namespace Lede.Tests.Copies;

public sealed class MinHasherTests
{
    private static readonly MinHasher Hasher = new(256);

    [Property(MaxTest = 200)]
    public bool Identical_sets_have_identical_signatures_in_any_order(ulong[] items) =>
        Hasher.Signature(items).SequenceEqual(Hasher.Signature(items.Reverse().Concat(items).ToArray()));

    [Property(MaxTest = 200)]
    public bool The_span_signature_equals_the_enumerable_one_whatever_the_size(ulong[] items, byte extra)
    {
        // 64 and 70 values: the vectorised path alone, and with a scalar tail.
        var hasher = new MinHasher(64 + extra % 2 * 6);
        return hasher.Signature(items.AsSpan()).SequenceEqual(hasher.Signature(items.AsEnumerable()));
    }

    [Property(MaxTest = 200)]
    public void The_estimate_is_near_the_true_Jaccard_similarity(int seed, byte shared, byte onlyA, byte onlyB)
    {
        var random = new Random(seed);
        var pool = new HashSet<ulong>();
        while (pool.Count < shared + 1 + onlyA + onlyB) pool.Add((ulong)random.NextInt64());
        var items = pool.ToArray();
        var common = items[..(shared + 1)];
        var a = common.Concat(items.Skip(shared + 1).Take(onlyA)).ToArray();
        var b = common.Concat(items.Skip(shared + 1 + onlyA)).ToArray();
        var truth = (double)common.Length / items.Length;

        var estimate = MinHasher.Estimate(Hasher.Signature(a), Hasher.Signature(b));

        // 256 values: the standard error is at most 0.5/16 ≈ 0.031; 0.15 is nearly five of them.
        Assert.InRange(estimate, truth - 0.15, truth + 0.15);
    }

    [Fact]
    public void Shingles_of_a_short_text_are_the_text_as_one()
    {
        Assert.Single(MinHasher.Shingles([1u, 2u, 3u], 5));
        Assert.Empty(MinHasher.Shingles([], 5));
        Assert.Equal(2, MinHasher.Shingles([1u, 2u, 3u, 4u, 5u, 6u], 5).Count());
    }
}
