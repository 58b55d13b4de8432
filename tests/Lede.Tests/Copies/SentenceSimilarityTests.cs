using FsCheck.Xunit;
using Lede.Copies;

namespace Lede.Tests.Copies;

public sealed class SentenceSimilarityTests
{
    /// <summary>Words from a small vocabulary, so that sentences share and repeat many of them.</summary>
    private static uint[] Words(Random random, int length, int vocabulary) =>
        Enumerable.Range(0, length).Select(_ => (uint)random.Next(vocabulary)).ToArray();

    [Property(MaxTest = 500)]
    public bool The_bit_parallel_LCS_equals_the_dynamic_programme(int seed, byte aLength, byte bLength, byte vocabulary)
    {
        var random = new Random(seed);
        // Up to 64 words on the short side (the bit-parallel limit, vector blocks and a scalar tail), any on the other.
        var a = Words(random, aLength % 90, 1 + vocabulary % 12);
        var b = Words(random, bLength % 65, 1 + vocabulary % 12);
        return SentenceAligner.LongestCommonShort(a, b) == SentenceAligner.LongestCommon(a, b);
    }

    [Fact]
    public void Similarity_is_order_aware_Dice_on_both_paths()
    {
        uint[] a = [1, 2, 3, 4, 5, 6];
        uint[] b = [1, 3, 2, 4, 6, 9, 9];
        // LCS 4 (1 2 4 6 or 1 3 4 6): 2·4 / 13.
        Assert.Equal(8.0 / 13, SentenceAligner.Similarity(a, b), 12);
        Assert.Equal(1.0, SentenceAligner.Similarity(a, a));
        var longer = Enumerable.Range(0, 100).Select(i => (uint)i).ToArray();
        var dropped = longer.Where(i => i % 10 != 0).ToArray();
        Assert.Equal(2.0 * 90 / 190, SentenceAligner.Similarity(dropped, longer), 12);
        Assert.Equal(0.0, SentenceAligner.Similarity([], a));
    }
}
