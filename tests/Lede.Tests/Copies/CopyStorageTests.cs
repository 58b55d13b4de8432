using System.Text.Json;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;

namespace Lede.Tests.Copies;

public sealed class CopyStorageTests
{
    private static string Line(string id, string text, string published) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id, ["url"] = $"https://{id}.example/fire", ["text"] = text, ["published"] = published,
        });

    [Fact]
    public void A_family_re_rooted_on_a_later_arrival_is_stored_with_its_new_original()
    {
        using var temp = new TempFolder();
        // The copies come first; the original, published before them, last (in another batch).
        var input = temp.Write("in.jsonl", string.Join('\n',
            Line("spun", CopyTexts.Spun, "2024-05-07T15:00:00Z"),
            Line("synd", CopyTexts.Syndicated, "2024-05-07T12:00:00Z"),
            Line("orig", CopyTexts.OriginalText, "2024-05-07T09:00:00Z")) + "\n");
        var db = temp.File("reroot.db");
        using (var store = ArticleStore.Open(db))
            new Digester(store, new ArticleProcessor(), DigestOptions.Default with { BatchSize = 2 })
                .Run(new SourceReader(SourceOptions.Default).Read([input]), "digest (test)");

        var rows = StoreDb.Rows(db, """
            SELECT a.identity, o.identity, c.relation FROM copies c
            JOIN articles a ON a.id = c.article_id JOIN articles o ON o.id = c.origin_id ORDER BY a.identity
            """);
        Assert.Equal(["spun|orig|spun", "synd|orig|syndicated"], rows.Select(r => string.Join('|', r)));
        // One family, one story.
        Assert.Equal(1, StoreDb.Scalar(db, "SELECT COUNT(DISTINCT story_id) FROM story_members"));
    }
}
