using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lede.Stories;
using Lede.Streams;

namespace Lede.Tests.Stories;

/// <summary>
/// The words part's fast path must give the English analyzer's terms exactly, in the same order: the join model and
/// the ECB+ predictions rest on them.
/// </summary>
public sealed class StoryStemsPropertyTests
{
    // Characters where the tokenizer's rules turn: stops, apostrophes, colons, commas, semicolons, hyphens, digits,
    // Latin-1 letters, typographic quotes (all within the fast path's alphabet).
    private static readonly char[] Tricky =
    [
        'a', 'b', 's', 'S', 'e', 'I', 'y', 'A', 'Z', '0', '1', '9', '.', '\'', '\u2019', '\u2018', ':', ',', ';', '-', ' ', ' ',
        '\n', '\r', '\t', '"', '(', ')', '!', '?', '&', '/', '@', '#', '%', '$', '\u00E9', '\u00C9', '\u00DF', '\u00FF',
        '\u00C0', '\u00D6', '\u00D8', '\u00DE', '\u00D7', '\u00F7', '\u00A0', '\u201C', '\u201D', '\u2013', '\u2014',
        '\u2026', '\u007F', '\0',
    ];

    // Outside it (underscore, accents, CJK, surrogates, soft hyphen, middle dot, other apostrophes): the analyzer's.
    private static readonly char[] Outside =
        ['_', '\u00AD', '\u00B7', '\u0301', '\u4E2D', '\uD83D', '\uDE00', '\u00AA', '\u00B5', '\u2024', '\uFF07', '\u0130', '\u212A'];

    private static readonly string[] Words =
    [
        "the", "The", "THE", "it's", "It’s", "Obama's", "OBAMA'S", "Lohan’s", "running", "ran", "runs", "generalization",
        "U.S.", "a.m.", "3.5", "1,000", "2,000.50", "10:30", "AT&T", "e-mail", "x's", "s's", "'s", "don't", "rock'n'roll",
        "café", "CAFÉ", "naïve", "über", "and", "AND", "was", "will", "to", "is", "of", "a", "I", "1st", "2013", "B2B",
        "he's", "n’t", "year's", "caresses", "ponies", "relational", "conditional", "hopeful", "goodness", "ies", "ss",
    ];

    private static Arbitrary<string> CharTexts() =>
        Gen.ArrayOf(Gen.Elements(Tricky)).Select(cs => new string(cs)).ToArbitrary();

    private static Arbitrary<string> MixedTexts() =>
        Gen.ArrayOf(Gen.Frequency((30, Gen.Elements(Tricky)), (1, Gen.Elements(Outside)))).Select(cs => new string(cs)).ToArbitrary();

    private static Arbitrary<string> WordTexts() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Words), Gen.Elements(Tricky).Select(c => c.ToString())))
            .Select(ws => string.Concat(ws)).ToArbitrary();

    private static Arbitrary<string> AnyTexts() => ArbMap.Default.ArbFor<string>();

    private static bool SameAsAnalyzer(string? text)
    {
        text ??= "";
        var lucene = new Dictionary<string, double>(StringComparer.Ordinal);
        StoryStems.CountLucene(text, lucene);
        var ours = new Dictionary<string, double>(StringComparer.Ordinal);
        StoryStems.Count(text, ours);
        return lucene.SequenceEqual(ours);
    }

    [Property(MaxTest = 3000)]
    public Property Gives_the_analyzers_terms_in_its_order_on_tricky_characters() => Prop.ForAll(CharTexts(), SameAsAnalyzer);

    [Property(MaxTest = 3000)]
    public Property Gives_the_analyzers_terms_in_its_order_on_words_and_punctuation() => Prop.ForAll(WordTexts(), SameAsAnalyzer);

    [Property(MaxTest = 2000)]
    public Property Gives_the_analyzers_terms_on_tricky_characters_and_a_few_outside_the_alphabet() => Prop.ForAll(MixedTexts(), SameAsAnalyzer);

    [Property(MaxTest = 1000)]
    public Property Gives_the_analyzers_terms_on_arbitrary_strings() => Prop.ForAll(AnyTexts(), SameAsAnalyzer);

    [Fact]
    public void Reads_the_fast_path_on_plain_and_typographic_text_and_leaves_the_rest_to_the_analyzer()
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        Assert.True(StoryStems.TryCountFast("Lohan’s lawyer said: “She’s fine” — café owners agree… 1,000.", counts));
        Assert.False(StoryStems.TryCountFast("snake_case", counts));
        Assert.False(StoryStems.TryCountFast("中文", counts));
        Assert.False(StoryStems.TryCountFast(new string('a', 300), counts));
        Assert.True(SameAsAnalyzer(new string('a', 300) + " ran"));
    }

    [Fact]
    public void Gives_the_analyzers_terms_on_every_text_of_the_bench_stream()
    {
        var source = StorySource.Load(TestPaths.Dataset(Path.Combine("ecbplus", "stories")));
        var items = new StoryStream(source, new StoryStreamOptions { Articles = 3000, Span = TimeSpan.FromDays(30) });
        var fast = 0;
        foreach (var item in items)
        {
            Assert.True(SameAsAnalyzer(item.Text), item.Id);
            Assert.True(SameAsAnalyzer(item.Title), item.Id);
            if (StoryStems.TryCountFast(item.Text, new Dictionary<string, double>(StringComparer.Ordinal))) fast++;
        }
        // Most of the stream's texts take the fast path, or it saves nothing.
        Assert.True(fast > 2000, $"{fast} of 3000 on the fast path");
    }
}
