using System.Text;
using Lede.Evaluation.Extraction;

namespace Lede.Tests.Evaluation;

public sealed class PythonTextTests
{
    // Expected tokens are what CPython 3.11 re.findall(r"\w+", text) returns.
    [Theory]
    [InlineData("don't stop_me now", new[] { "don", "t", "stop_me", "now" })]
    [InlineData("cafe\u0301 noir", new[] { "cafe", "noir" })]            // Mn is not \w in Python (it is in .NET)
    [InlineData("x\u00b2 + \u216b", new[] { "x\u00b2", "\u216b" })]     // No and Nl are \w in Python (not in .NET)
    [InlineData("a\u203fb", new[] { "a", "b" })]                         // Pc other than '_' is not \w in Python
    [InlineData("\U0001d400\U0001d401 z", new[] { "\U0001d400\U0001d401", "z" })] // astral letters
    [InlineData("\u0939\u093f\u0928\u094d\u0926\u0940", new[] { "\u0939", "\u0928", "\u0926" })] // Devanagari signs are Mc/Mn
    [InlineData("3.14\u00a0km\u2009\u2014\u00bd", new[] { "3", "14", "km", "\u00bd" })]
    [InlineData("日本語のテキスト", new[] { "日本語のテキスト" })]
    [InlineData("", new string[0])]
    public void Word_tokens_follow_python_unicode_word_class(string text, string[] expected) =>
        Assert.Equal(expected, PythonText.WordTokens(text));

    [Fact]
    public void A_lone_surrogate_separates_tokens() =>
        Assert.Equal(["ab", "cd"], PythonText.WordTokens("ab\ud800cd"));

    [Fact]
    public void Collapse_space_uses_python_whitespace_including_information_separators() =>
        Assert.Equal("a b c", PythonText.CollapseSpace("\u001c a\u00a0\u2028 b\u001fc \t\n"));

    [Fact]
    public void Every_letter_and_number_category_is_word_and_marks_are_not()
    {
        Assert.True(PythonText.IsWord(new Rune('_')));
        Assert.True(PythonText.IsWord(new Rune('\u02b0')));   // Lm
        Assert.True(PythonText.IsWord(new Rune('\u01c5')));   // Lt
        Assert.False(PythonText.IsWord(new Rune('\u0301')));  // Mn
        Assert.False(PythonText.IsWord(new Rune('\u0903')));  // Mc
        Assert.False(PythonText.IsWord(new Rune('-')));
    }
}
