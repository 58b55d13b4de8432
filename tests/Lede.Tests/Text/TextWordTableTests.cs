using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lede.Text;

namespace Lede.Tests.Text;

public sealed class TextWordTableTests
{
    private static readonly string[] Vocabulary = ["said", "Said", "SAID", "police", "Police", "the", "a", "ab", "ba", "kyiv", "Kyiv", "é", "É"];

    private static Arbitrary<string[][]> TextsInTurn() =>
        Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Vocabulary))).ToArbitrary();

    // Several texts in turn through one table: each Reset must forget the last text (the stamp), and each text must
    // answer as a dictionary that keeps the first tag of equal words under the same comparison.
    [Property(MaxTest = 300)]
    public Property Answers_as_a_first_wins_dictionary_for_each_text_in_turn() =>
        Prop.ForAll(TextsInTurn(), texts =>
        {
            foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
            {
                var table = new TextWordTable(comparison);
                var comparer = StringComparer.FromComparison(comparison);
                foreach (var words in texts)
                {
                    var text = string.Join(' ', words);
                    table.Reset(text, words.Length);
                    var expected = new Dictionary<string, int>(comparer);
                    var start = 0;
                    for (var i = 0; i < words.Length; i++)
                    {
                        table.Add(start, words[i].Length, i);
                        expected.TryAdd(words[i], i);
                        start += words[i].Length + 1;
                    }
                    foreach (var probe in Vocabulary)
                        if (table.Find(probe) != expected.GetValueOrDefault(probe, -1)) return false;
                }
            }
            return true;
        });

    [Fact]
    public void A_table_grows_past_its_first_size_and_still_finds_every_word()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}").ToArray();
        var table = new TextWordTable(StringComparison.Ordinal);
        var text = string.Join(' ', words);
        table.Reset(text, words.Length);
        var start = 0;
        for (var i = 0; i < words.Length; i++)
        {
            table.Add(start, words[i].Length, i);
            start += words[i].Length + 1;
        }
        Assert.Equal(4321, table.Find("w4321"));
        Assert.Equal(-1, table.Find("W4321"));
        Assert.Equal(-1, table.Find("w5000"));
    }
}
