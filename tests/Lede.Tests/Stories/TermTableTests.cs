using Lede.Stories;

namespace Lede.Tests.Stories;

/// <summary>
/// The clusterer's term tables file entries by key with open addressing: every entry must stay reachable through
/// growth and removals (the backward shift), as a dictionary by term would keep it.
/// </summary>
public sealed class TermTableTests
{
    [Fact]
    public void Agrees_with_a_dictionary_through_sets_and_removals()
    {
        var random = new Random(17);
        var entries = new TermEntries(new TermFrequencies());
        var table = new TermTable(entries);
        var reference = new Dictionary<string, TermStats>(StringComparer.Ordinal);
        for (var step = 0; step < 50_000; step++)
        {
            // A small vocabulary, so that sets meet filed terms and removals meet runs of probes.
            var term = "t" + random.Next(3_000);
            switch (random.Next(3))
            {
                case 0:
                    var stats = entries.New(term, TermTable.Key(term), 0);
                    table.Set(stats);
                    reference[term] = stats;
                    break;
                case 1:
                    if (reference.Remove(term, out var held)) Assert.True(table.Remove(held));
                    else Assert.False(table.Remove(entries.New(term, TermTable.Key(term), 0)));
                    break;
                default:
                    var expected = reference.TryGetValue(term, out var filed) ? filed : (TermStats?)null;
                    Assert.Equal(expected, table.GetValueOrDefault(term));
                    Assert.Equal(expected, table.Find(TermTable.Key(term)));
                    break;
            }
            Assert.Equal(reference.Count, table.Count);
        }
        foreach (var (term, stats) in reference) Assert.Equal(stats, table.GetValueOrDefault(term));
        Assert.Equal(reference.Values.ToHashSet(), table.Values.ToHashSet());
    }

    [Fact]
    public void A_documents_keys_follow_its_parts_in_their_order()
    {
        var doc = new StoryFeaturizer(new StoryOptions()).Build("Storm hits Manila", "A storm hit Manila on Monday, and 3 died.", null, null);
        for (var p = 0; p < StoryDocument.PartCount; p++)
            Assert.Equal(doc.Parts[p].Keys.Select(TermTable.Key), doc.Keys(p));
        // A copy with other parts takes their keys, not the original's; the original keeps its own.
        var other = new Dictionary<string, double>(StringComparer.Ordinal) { ["flood"] = 1, ["dam"] = 2 };
        var copy = doc with { Parts = [other, other, other, other] };
        Assert.Equal([TermTable.Key("flood"), TermTable.Key("dam")], copy.Keys(0));
        Assert.Equal(doc.Parts[0].Keys.Select(TermTable.Key), doc.Keys(0));
        Assert.Equal(doc, doc with { });
    }
}
