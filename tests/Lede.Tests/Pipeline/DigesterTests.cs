using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;

namespace Lede.Tests.Pipeline;

public sealed class DigesterTests
{
    private static DigestResult Digest(string db, params string[] inputs)
    {
        using var store = ArticleStore.Open(db);
        var events = new SourceReader(SourceOptions.Default).Read(inputs);
        // Small batches so that the runs below cross batch boundaries.
        return new Digester(store, new ArticleProcessor(), DigestOptions.Default with { BatchSize = 3 })
            .Run(events, "digest (test)");
    }

    private static string Line(string id, string text, string? published = null) =>
        published is null
            ? $$"""{"id": "{{id}}", "text": "{{text}}"}"""
            : $$"""{"id": "{{id}}", "text": "{{text}}", "published": "{{published}}"}""";

    [Fact]
    public void Rerunning_digest_on_the_same_input_leaves_the_article_count_unchanged()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 7; i++) temp.Write($"in/{i}.txt", $"Article {i}\n\nUnique words number{i} about event{i}.");
        temp.Write("in/copy.txt", "Article 0\n\nUnique words number0 about event0.");
        var db = temp.File("rerun.db");

        var first = Digest(db, temp.File("in"));
        Assert.Equal((8, 0, 0, 1), (first.New, first.Updated, first.Unchanged, first.Copies));
        var stories = StoreDb.Scalar(db, "SELECT COUNT(*) FROM stories");

        var second = Digest(db, temp.File("in"));
        Assert.Equal((0, 0, 8, 0), (second.New, second.Updated, second.Unchanged, second.Copies));
        Assert.Equal(8, StoreDb.Articles(db));
        Assert.Equal(1, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies"));
        Assert.Equal(stories, StoreDb.Scalar(db, "SELECT COUNT(*) FROM stories"));
        // The rerun reports the stories its items belong to, though it created none.
        Assert.Equal(first.Stories.Order(), second.Stories.Order());
    }

    [Fact]
    public void The_same_identity_again_with_a_publication_date_updates_the_row_and_its_story()
    {
        using var temp = new TempFolder();
        var undated = temp.Write("a.jsonl", Line("x-1", "Ministers meet in Brussels to talk about Ukraine.") + "\n");
        var dated = temp.Write("b.jsonl", Line("x-1", "Ministers meet in Brussels to talk about Ukraine.", "2022-03-15") + "\n");
        var db = temp.File("update.db");

        Digest(db, undated);
        Assert.Null(StoreDb.Rows(db, "SELECT published FROM articles")[0][0]);
        var result = Digest(db, dated);

        Assert.Equal((0, 1), (result.New, result.Updated));
        var rows = StoreDb.Rows(db, "SELECT identity, published, published_source FROM articles");
        var row = Assert.Single(rows);
        Assert.Equal("x-1|2022-03-15|input", string.Join('|', row));
        // The story is placed in time by its articles' dates: a date filled in later must reach it too.
        var story = Assert.Single(StoreDb.Rows(db, "SELECT first_time, last_time FROM stories"));
        Assert.Equal("2022-03-15|2022-03-15", string.Join('|', story));
    }

    [Fact]
    public void The_same_identity_twice_in_one_input_is_one_article()
    {
        using var temp = new TempFolder();
        var input = temp.Write("twice.jsonl",
            Line("y-1", "Talks resume in Geneva.") + "\n" + Line("y-1", "Talks resume in Geneva.", "2024-01-02") + "\n");
        var db = temp.File("twice.db");

        var result = Digest(db, input);

        Assert.Equal((1, 1), (result.New, result.Updated));
        Assert.Equal(1, StoreDb.Articles(db));
        Assert.Equal("2024-01-02", StoreDb.Rows(db, "SELECT published FROM articles")[0][0]);
    }

    [Fact]
    public void Skipped_and_failed_items_are_counted_and_recorded_with_their_reason()
    {
        using var temp = new TempFolder();
        temp.Write("in/ok.txt", "A real article about something.");
        temp.Write("in/notes.md", "# not an input");
        temp.Write("in/bad.jsonl", "{ this is not json\n");
        var db = temp.File("problems.db");

        var result = Digest(db, temp.File("in"));

        Assert.Equal((1, 1, 1), (result.Stored, result.Skipped, result.Failed));
        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
        Assert.Equal(2, StoreDb.Scalar(db, "SELECT COUNT(*) FROM problems"));
        Assert.Equal("1|1|1", string.Join('|', StoreDb.Rows(db, "SELECT stored, skipped, failed FROM runs")[0]));
    }
}
