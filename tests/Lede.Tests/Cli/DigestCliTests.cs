namespace Lede.Tests.Cli;

public sealed class DigestCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Seeds => Path.Combine(TestPaths.Shared, "seeds");

    private static readonly string[] SkippedSeedFiles = ["EXPECTED.md", "clutter.tsv", "keep.tsv"];

    private CliResult Lede(params string[] args) => CliProcess.Run(_temp.Path, args);

    [Fact]
    public void Rerunning_digest_on_the_same_input_leaves_the_article_count_unchanged()
    {
        var db = _temp.File("rerun.db");
        var first = Lede("digest", Seeds, "--db", db);
        Assert.True(first.ExitCode == 0, first.ToString());
        var count = StoreDb.Articles(db);

        var second = Lede("digest", Seeds, "--db", db);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(count, StoreDb.Articles(db));
        Assert.Contains("0 new", second.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seeds.jsonl")]
    [InlineData("*.txt")]
    public void The_five_seeds_as_JSONL_or_as_text_files_are_five_stored_articles(string pattern)
    {
        var db = _temp.File("five.db");
        var files = Directory.GetFiles(Seeds, pattern).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(pattern == "*.txt" ? 5 : 1, files.Length);

        var result = Lede(["digest", .. files, "--db", db]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(5, StoreDb.Articles(db));
        Assert.Equal(5, StoreDb.Scalar(db, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.StartsWith("5 stored", SummaryLine(result));
    }

    [Fact]
    public void The_seeds_folder_holds_each_text_twice_and_three_files_to_skip()
    {
        var db = _temp.File("folder.db");
        var result = Lede("digest", Seeds, "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(10, StoreDb.Articles(db));
        Assert.Equal(5, StoreDb.Scalar(db, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        // Each .txt and its JSONL line: one original, one exact duplicate, in the same story; and both copies of 000 are
        // spun copies of the AP report 001, in its family and story (EXPECTED.md).
        Assert.Equal(4, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies WHERE relation = 'duplicate'"));
        Assert.Equal(2, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies WHERE relation IN ('spun', 'rewrite')"));
        Assert.Equal(4, StoreDb.Scalar(db, "SELECT COUNT(DISTINCT origin_id) FROM copies"));
        Assert.Equal(0, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies c JOIN copies o ON o.article_id = c.origin_id"));
        Assert.Equal(4, StoreDb.Scalar(db, "SELECT COUNT(*) FROM stories"));
        Assert.Equal(0, StoreDb.Scalar(db, """
            SELECT COUNT(*) FROM copies c
            JOIN story_members a ON a.article_id = c.article_id JOIN story_members o ON o.article_id = c.origin_id
            WHERE a.story_id <> o.story_id
            """));
        var lines = result.Stdout.Split('\n');
        foreach (var name in SkippedSeedFiles)
        {
            var line = Assert.Single(lines, l => l.Contains(name, StringComparison.Ordinal));
            Assert.Contains("skipped", line, StringComparison.OrdinalIgnoreCase);
            // A reason follows the name.
            Assert.Matches(@"\S", line[(line.IndexOf(name, StringComparison.Ordinal) + name.Length)..].TrimStart(':'));
        }
        Assert.StartsWith("10 stored", SummaryLine(result));
        Assert.Contains("3 skipped", SummaryLine(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_an_unknown_extension_is_a_usage_error_before_anything_is_stored()
    {
        var db = _temp.File("out.db");
        var result = Lede("digest", Path.Combine(Seeds, "seeds.jsonl"), "--db", db, "--out", _temp.File("report.txt"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("extension", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(".html", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.False(File.Exists(_temp.File("report.txt")));
    }

    [Fact]
    public void An_html_report_never_carries_article_markup_raw()
    {
        var input = _temp.Write("evil.jsonl",
            """{"id": "evil", "title": "<script>alert(1)</script>", "text": "Plain words <script>alert(2)</script>."}""" + "\n");
        var report = _temp.File("report.html");

        var result = Lede("digest", input, "--db", _temp.File("html.db"), "--out", report);

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(report);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_item_makes_exit_code_1_and_the_rest_is_stored()
    {
        var input = _temp.Write("mixed.jsonl", """{"id": "ok", "text": "Fine words."}""" + "\n{ broken\n");
        var db = _temp.File("mixed.db");

        var result = Lede("digest", input, "--db", db);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(1, StoreDb.Articles(db));
        Assert.Contains("1 failed", SummaryLine(result), StringComparison.Ordinal);
    }

    private static string SummaryLine(CliResult result) =>
        result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Last(l => l.Contains(" stored (", StringComparison.Ordinal));
}
