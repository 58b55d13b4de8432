using System.Text.Json;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;
using Lede.Views;

namespace Lede.Tests.Pipeline;

/// <summary>Reports of a digest over hostile input: a script for a title, pipes, a skipped file and a failed line.</summary>
public sealed class DigestReportTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly DigestReport _report;

    public DigestReportTests()
    {
        var input = _temp.Write("in/feed.jsonl", string.Join('\n',
            """{"id": "evil", "title": "<script>alert(1)</script>", "site": "<b>bad.example</b>", "text": "Body with <script>alert(2)</script> inside."}""",
            """{"id": "pipes", "title": "Left | right | centre", "text": "An article about tables and pipes."}""",
            """{"id": "copy", "text": "An article about tables, and pipes!"}""",
            "{ not json") + "\n");
        _temp.Write("in/readme.md", "not an input");
        using var store = ArticleStore.Open(_temp.File("report.db"));
        var result = new Digester(store, new ArticleProcessor(), DigestOptions.Default)
            .Run(new SourceReader(SourceOptions.Default).Read([_temp.File("in")]), "digest (test)");
        _report = new DigestReport(result, store.Stories(result.Stories), store.Families(result.Stories), [input]);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Html_encodes_untrusted_article_text()
    {
        var path = _temp.File("report.html");
        _report.Write(path);
        var html = File.ReadAllText(path);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bad", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bad.example&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_parses_and_its_counts_add_up()
    {
        var path = _temp.File("report.json");
        _report.Write(path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var counts = root.GetProperty("counts");
        int Count(string name) => counts.GetProperty(name).GetInt32();

        Assert.Equal(3, Count("stored"));
        Assert.Equal(Count("stored"), Count("new") + Count("updated") + Count("unchanged"));
        Assert.Equal(1, Count("copies"));
        Assert.Equal((1, 1), (Count("skipped"), Count("failed")));
        Assert.Equal(Count("skipped") + Count("failed"), root.GetProperty("problems").GetArrayLength());
        // A fresh store: every stored article is in exactly one of the reported stories, and each copy in one family.
        var stories = root.GetProperty("stories").EnumerateArray().ToList();
        Assert.Equal(Count("stored"), stories.Sum(s => s.GetProperty("articles").GetInt32()));
        Assert.Equal(Count("stored") - Count("copies"), stories.Sum(s => s.GetProperty("independent").GetInt32()));
        Assert.Equal(Count("copies"), root.GetProperty("families").EnumerateArray().Sum(f => f.GetProperty("copies").GetInt32()));
        Assert.Contains(stories, s => s.GetProperty("headline").GetString() == "<script>alert(1)</script>");
    }

    [Fact]
    public void Markdown_escapes_pipes_so_that_rows_keep_their_columns()
    {
        var path = _temp.File("report.md");
        _report.Write(path);
        var md = File.ReadAllText(path);

        Assert.Contains(@"Left \| right \| centre", md, StringComparison.Ordinal);
        var header = md.Split('\n').First(l => l.StartsWith("| story |", StringComparison.Ordinal));
        var row = md.Split('\n').First(l => l.Contains("Left", StringComparison.Ordinal));
        Assert.Equal(UnescapedPipes(header), UnescapedPipes(row));
    }

    [Fact]
    public void An_unknown_extension_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => _report.Write(_temp.File("report.txt")));
        Assert.Contains(".md", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("report.txt")));
    }

    private static int UnescapedPipes(string line) =>
        line.Where((c, i) => c == '|' && (i == 0 || line[i - 1] != '\\')).Count();
}
