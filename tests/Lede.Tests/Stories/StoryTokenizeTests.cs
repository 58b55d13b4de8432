using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lede.Stories;
using Lede.Text;

namespace Lede.Tests.Stories;

/// <summary>
/// The featurizer judges a line's capitals within its tokenizing pass and picks its top words by selection (s32-tokens):
/// both against the plain ways they replaced.
/// </summary>
public sealed class StoryTokenizeTests
{
    private static readonly string[] Vocabulary =
    [
        "Lindsay", "LOHAN", "Lohan's", "Betty", "FORD", "Center", "the", "The", "of", "Bank", "America", "Mr.", "said",
        "police", "POLICE", "Obama-led", "NATO", "U.S.", "Monday", "in", "a", "\n", "\n", ".", ",", "!", "\"", "don't", "É",
        "Émile", "ÉTÉ", "2013", "1,000", "x", "QQ", "rehab", "’", "Checks", "Into",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Vocabulary)).Select(words => string.Join(' ', words)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_tokens_caps_line_is_its_lines_judged_alone() =>
        Prop.ForAll(Texts(), text =>
        {
            var tokens = new List<StoryFeaturizer.Token>();
            StoryFeaturizer.Tokenize(text, tokens);
            return tokens.All(t => t.CapsLine == IsCapsLine(text, text.LastIndexOf('\n', t.Start) + 1));
        });

    [Property(MaxTest = 300)]
    public Property Top_words_are_the_heaviest_words_sorted() =>
        Prop.ForAll(Texts(), Texts(), (title, text) =>
        {
            var doc = new StoryFeaturizer(StoryOptions.Default).Build(title, text, null, null);
            var expected = doc.Parts[0].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(StoryOptions.Default.MemberTerms);
            return doc.TopWords.SequenceEqual(expected);
        });

    [Fact]
    public void A_table_ignoring_case_finds_words_in_either_case()
    {
        const string text = "Émile émile ÉMILE rehab REHAB Rehab";
        // "ÉMILE" (at 12) is "Émile" again: the first keeps its tag.
        var table = new TextWordTable(StringComparison.OrdinalIgnoreCase);
        table.Reset(text, 6);
        table.Add(0, 5, 0);
        table.Add(12, 5, 1);
        table.Add(18, 5, 2);
        Assert.Equal(0, table.Find("émile"));
        Assert.Equal(0, table.Find("ÉMILE"));
        Assert.Equal(2, table.Find("rehab"));
        Assert.Equal(2, table.Find("REHAB"));
        Assert.Equal(-1, table.Find("rehabs"));
    }

    /// <summary>The line from start to its break judged alone, as StoryFeaturizer.Tokenize judged it before s32-tokens.</summary>
    private static bool IsCapsLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return StoryFeaturizer.IsCapsLine(end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start));
    }
}
