using System.Text.Json;

namespace Lede.Tests.Cli;

/// <summary>One store with the seeds and a tricky title, digested once for all the listing tests.</summary>
public sealed class ListingStore : IDisposable
{
    public const string TrickyTitle = "He said \"no\", then left";

    private readonly TempFolder _temp = new();

    public ListingStore()
    {
        var tricky = _temp.Write("tricky.jsonl",
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = "tricky-1", ["title"] = TrickyTitle, ["text"] = "Line one of a tricky article.\nLine two.",
            }) + "\n");
        var result = Lede("digest", Path.Combine(TestPaths.Shared, "seeds"), tricky);
        if (result.ExitCode != 0) throw new InvalidOperationException(result.ToString());
    }

    public string Folder => _temp.Path;

    public string Db => _temp.File("listing.db");

    public CliResult Lede(params string[] args) => CliProcess.Run(_temp.Path, [.. args, "--db", Db]);

    public void Dispose() => _temp.Dispose();
}

public sealed class ListingCliTests(ListingStore store) : IClassFixture<ListingStore>
{
    private static readonly string[] Commands = ["digest", "articles", "stories", "show", "copies", "reprocess", "eval"];

    [Fact]
    public void Help_lists_every_command()
    {
        var result = CliProcess.Run(store.Folder, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var command in Commands)
            Assert.Matches($@"(?m)^\s+{command}\b", result.Stdout);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("articles", "--no-such-option")]
    [InlineData("articles", "--format", "xml")]
    [InlineData("no-such-command")]
    public void A_usage_error_is_exit_code_2_with_a_message(params string[] args)
    {
        var result = CliProcess.Run(store.Folder, args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("lede:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Articles_on_a_missing_store_is_exit_code_2_naming_the_file_and_creates_nothing()
    {
        var missing = Path.Combine(store.Folder, "missing.db");
        var result = CliProcess.Run(store.Folder, "articles", "--db", missing);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(missing, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_store_from_a_newer_Lede_is_exit_code_2_with_a_message_to_upgrade()
    {
        var newer = Path.Combine(store.Folder, "newer.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={newer};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        var result = CliProcess.Run(store.Folder, "articles", "--db", newer);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("upgrade", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Articles_as_jsonl_is_one_json_object_per_line()
    {
        var result = store.Lede("articles", "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(StoreDb.Articles(store.Db), lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
            Assert.True(doc.RootElement.TryGetProperty("identity", out _), line);
            Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty("id").ValueKind);
        }
        Assert.Contains(lines, l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString() == ListingStore.TrickyTitle);
    }

    [Fact]
    public void Stories_as_jsonl_write_counts_as_numbers()
    {
        var result = store.Lede("stories", "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var first = JsonDocument.Parse(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement;
        Assert.Equal(JsonValueKind.Number, first.GetProperty("articles").ValueKind);
        Assert.True(first.GetProperty("articles").GetInt32() >= 1);
    }

    [Fact]
    public void Articles_as_csv_has_a_header_row_and_quotes_per_RFC_4180()
    {
        var result = store.Lede("articles", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("id,identity,title,site,published,copy_of,relation,story", lines[0]);
        Assert.Equal(StoreDb.Articles(store.Db) + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(",tricky-1,\"He said \"\"no\"\", then left\",", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_story_lists_its_members_with_copies_under_their_original()
    {
        var result = store.Lede("show", "story:1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("story:1", result.Stdout, StringComparison.Ordinal);
        var members = StoreDb.Rows(store.Db, "SELECT a.identity FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = 1");
        // The first story is the family of the AP report 001: both copies of it and both of its spun copy 000.
        Assert.Equal(4, members.Count);
        // File names only: the tree may wrap a long path's folders onto another line.
        foreach (var member in members) Assert.Contains(Path.GetFileName(member[0]!), result.Stdout, StringComparison.Ordinal);
        Assert.Contains("duplicate: ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_an_article_by_identity_prints_its_metadata_and_text()
    {
        var result = store.Lede("show", "tricky-1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tricky-1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Line one of a tricky article.", result.Stdout, StringComparison.Ordinal);
        var story = StoreDb.Rows(store.Db, "SELECT m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id WHERE a.identity = 'tricky-1'")[0][0];
        Assert.Contains($"story:{story}", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("story:999")]
    [InlineData("story:x")]
    public void Show_something_missing_is_exit_code_2(string key)
    {
        var result = store.Lede("show", key);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(key.Replace("story:", ""), result.Stderr, StringComparison.Ordinal);
    }
}
