using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;
using Microsoft.Data.Sqlite;

namespace Lede.Tests.Pipeline;

public sealed class ReprocessorTests
{
    [Fact]
    public void An_article_the_stages_cannot_read_again_keeps_its_story_and_its_copies()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", string.Join('\n',
            """{"id": "orig", "text": "The original report of the event.", "published": "2024-02-03"}""",
            """{"id": "copy", "text": "The ORIGINAL report, of the event!"}""",
            """{"id": "other", "text": "A different event altogether."}""") + "\n");
        var db = temp.File("reprocess.db");
        using (var store = ArticleStore.Open(db))
            new Digester(store, new ArticleProcessor(), DigestOptions.Default)
                .Run(new SourceReader(SourceOptions.Default).Read([input]), "digest (test)");
        var before = Snapshot(db);

        // As if a newer stage could not read what an older one stored: the raw JSON of `orig` is no longer JSON.
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET raw = $raw WHERE identity = 'orig'";
            command.Parameters.AddWithValue("$raw", RawCompression.Compress("{ not json"u8.ToArray()));
            command.ExecuteNonQuery();
        }
        ReprocessResult result;
        using (var store = ArticleStore.Open(db)) result = new Reprocessor(store, new ArticleProcessor()).Run();

        Assert.Equal((3, 1), (result.Articles, result.Failed));
        Assert.Single(result.Problems);
        Assert.Equal(before, Snapshot(db));
    }

    [Fact]
    public void Reprocessing_an_unchanged_store_rebuilds_the_same_links()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 5; i++) temp.Write($"in/{i}.txt", $"Article {i % 3} text with words{i % 3}.");
        var db = temp.File("same.db");
        using (var store = ArticleStore.Open(db))
            new Digester(store, new ArticleProcessor(), DigestOptions.Default with { BatchSize = 2 })
                .Run(new SourceReader(SourceOptions.Default).Read([temp.File("in")]), "digest (test)");
        var before = Snapshot(db);

        ReprocessResult result;
        using (var store = ArticleStore.Open(db)) result = new Reprocessor(store, new ArticleProcessor()).Run();

        Assert.Equal((5, 0), (result.Articles, result.Failed));
        Assert.Equal(2, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies"));
        Assert.Equal(before, Snapshot(db));
    }

    /// <summary>Each article with its copy origin, relation, story and the story's time span.</summary>
    private static string Snapshot(string db) => string.Join('\n', StoreDb.Rows(db, """
        SELECT a.identity, o.identity, c.relation, m.story_id, s.first_time, s.last_time, a.published, a.content_hash
        FROM articles a
        LEFT JOIN copies c ON c.article_id = a.id LEFT JOIN articles o ON o.id = c.origin_id
        LEFT JOIN story_members m ON m.article_id = a.id LEFT JOIN stories s ON s.id = m.story_id
        ORDER BY a.id
        """).Select(r => string.Join('|', r)));
}
