namespace Lede.Tests.Cli;

public sealed class ReprocessCliTests
{
    [Fact]
    public void Reprocess_keeps_every_article_and_rebuilds_the_same_copies_and_stories()
    {
        using var temp = new TempFolder();
        var db = temp.File("reprocess.db");
        var extra = temp.Write("extra.jsonl", string.Join('\n',
            """{"id": "late-copy", "text": "An article that comes again later.", "published": "2024-05-01"}""",
            """{"id": "other", "text": "Something else entirely."}""") + "\n");
        CliResult Lede(params string[] args) => CliProcess.Run(temp.Path, [.. args, "--db", db]);
        // Two runs, so that stories and copy families span runs as well as batches.
        Assert.Equal(0, Lede("digest", Path.Combine(TestPaths.Shared, "seeds"), "--batch-size", "3").ExitCode);
        Assert.Equal(0, Lede("digest", extra, temp.Write("again.txt", "An article that comes AGAIN, later!")).ExitCode);
        var before = Lede("articles", "--format", "jsonl");
        var storiesBefore = Lede("stories", "--format", "jsonl");

        var result = Lede("reprocess");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{StoreDb.Articles(db)} articles reprocessed", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(13, StoreDb.Articles(db));
        // Each seed twice (5), 000 a spun copy of 001 (1), the late copy (1).
        Assert.Equal(7, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies"));
        Assert.Equal(before.Stdout, Lede("articles", "--format", "jsonl").Stdout);
        Assert.Equal(storiesBefore.Stdout, Lede("stories", "--format", "jsonl").Stdout);
    }
}
