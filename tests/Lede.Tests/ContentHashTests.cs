using Lede.Text;

namespace Lede.Tests;

public sealed class ContentHashTests
{
    [Fact]
    public void Case_punctuation_and_spacing_do_not_change_the_hash() =>
        Assert.Equal(ContentHash.Of("NATO chief visits Kyiv.\n\nHe said \"hello\"."),
                     ContentHash.Of("nato  chief visits kyiv he said “hello”"));

    [Fact]
    public void Different_words_change_the_hash() =>
        Assert.NotEqual(ContentHash.Of("NATO chief visits Kyiv"), ContentHash.Of("NATO chief leaves Kyiv"));
}
