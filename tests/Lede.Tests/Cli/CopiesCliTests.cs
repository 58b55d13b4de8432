using System.Text.Json;

namespace Lede.Tests.Cli;

/// <summary>A store with the sample corpus and one family whose title and sentences hold Spectre markup.</summary>
public sealed class CopiesStore : IDisposable
{
    public const string MarkupTitle = "[red]Harbour[/] deal [bold]signed";

    private static readonly string[] Sentences =
    [
        "The port authority of Eastmouth signed a [red]forty-year[/] lease with the shipping group Norvane on Tuesday morning.",
        "Under the deal Norvane will run the container terminal and invest 220 million euros in new cranes and berths.",
        "Union leaders said they had been promised that none of the 640 dock workers would lose their jobs.",
        "The city council approved the lease by 31 votes to 12 after a debate that lasted late into the night.",
        "Opponents argued that the terminal should have stayed in public hands, as it had been since 1958.",
        "The first new cranes are due to arrive from Rotterdam in the spring of next year.",
    ];

    private readonly TempFolder _temp = new();

    public CopiesStore()
    {
        string Line(string id, string site, string published, string title, IEnumerable<string> text) =>
            JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = id, ["site"] = site, ["published"] = published, ["title"] = title, ["text"] = string.Join("\n", text),
            });
        var feed = _temp.Write("family.jsonl", string.Join("\n",
            Line("harbour-original", "Eastmouth Post", "2025-03-04T08:00:00Z", MarkupTitle, Sentences),
            Line("harbour-syndicated", "Coast Daily", "2025-03-04T12:00:00Z", MarkupTitle, ["Advertisement", .. Sentences, "Read more local news every day."]),
            Line("harbour-excerpt", "Port Wire", "2025-03-05T09:00:00Z", "Harbour deal signed", [.. Sentences[..3], "Read the full story on our partner site."])) + "\n");
        var result = Lede("digest", Path.Combine(TestPaths.RepoRoot, "samples", "news"), feed);
        if (result.ExitCode != 0) throw new InvalidOperationException(result.ToString());
    }

    public string Folder => _temp.Path;

    public string Db => _temp.File("copies.db");

    public CliResult Lede(params string[] args) => CliProcess.Run(_temp.Path, [.. args, "--db", Db]);

    public void Dispose() => _temp.Dispose();
}

public sealed class CopiesCliTests(CopiesStore store) : IClassFixture<CopiesStore>
{
    private long FamilyNumber(string originIdentity)
    {
        var list = store.Lede("copies", "--format", "jsonl");
        Assert.True(list.ExitCode == 0, list.ToString());
        var row = list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("origin").GetString() == originIdentity);
        return row.GetProperty("family").GetInt64();
    }

    [Fact]
    public void Copies_lists_one_line_per_family_with_its_origin_and_copy_count()
    {
        var result = store.Lede("copies", "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        var harbour = rows.Single(r => r.GetProperty("origin").GetString() == "harbour-original");
        Assert.Equal(2, harbour.GetProperty("copies").GetInt32());
        Assert.Equal("Eastmouth Post", harbour.GetProperty("site").GetString());
        Assert.Equal(CopiesStore.MarkupTitle, harbour.GetProperty("title").GetString());
        Assert.Contains("syndicated", harbour.GetProperty("relations").GetString());
        Assert.Contains("excerpt", harbour.GetProperty("relations").GetString());
        var bridge = rows.Single(r => r.GetProperty("origin").GetString()!.EndsWith("01-lakeside-wire-bridge.html", StringComparison.Ordinal));
        Assert.Equal(3, bridge.GetProperty("copies").GetInt32());
    }

    [Fact]
    public void The_table_prints_a_markup_title_as_written()
    {
        var result = store.Lede("copies");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[red]Harbour[/] deal", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 families, 5 copies", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void One_family_shows_each_copy_with_its_relation_and_aligned_sentences()
    {
        var n = FamilyNumber("harbour-original");
        var result = store.Lede("copies", $"family:{n}");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.Stdout;
        // The markup of the title and of a sentence is printed literally, never rendered or fatal.
        Assert.Contains($"family:{n}  {CopiesStore.MarkupTitle}", text, StringComparison.Ordinal);
        Assert.Contains("a [red]forty-year[/] lease", text, StringComparison.Ordinal);
        Assert.Contains("syndicated  ", text, StringComparison.Ordinal);
        Assert.Contains("excerpt  ", text, StringComparison.Ordinal);
        Assert.Contains("harbour-syndicated", text, StringComparison.Ordinal);
        Assert.Contains("in the original's order", text, StringComparison.Ordinal);
        Assert.Contains("copy sentence", text, StringComparison.Ordinal);
        Assert.Contains("(the same)", text, StringComparison.Ordinal);
        Assert.Contains("2 copies: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_names_its_family_and_jsonl_carries_the_pairs()
    {
        var byMember = store.Lede("copies", "harbour-excerpt", "--format", "jsonl");

        Assert.True(byMember.ExitCode == 0, byMember.ToString());
        var members = byMember.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["harbour-syndicated", "harbour-excerpt"], members.Select(m => m.GetProperty("identity").GetString()));
        var excerpt = members[1];
        Assert.Equal("excerpt", excerpt.GetProperty("relation").GetString());
        var pairs = excerpt.GetProperty("alignment").GetProperty("pairs").EnumerateArray().ToList();
        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(1.0, p.GetProperty("similarity").GetDouble()));
        Assert.StartsWith("The port authority", pairs[0].GetProperty("original_text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_prints_the_aligned_sentences_of_a_copy()
    {
        var result = store.Lede("show", "harbour-excerpt");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("aligned with harbour-original", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 sentence pairs aligned, in the original's order", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Union leaders said", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("family:99999")]
    [InlineData("family:x")]
    [InlineData("no-such-article")]
    [InlineData("valley-news-storm")]
    public void A_reference_to_no_family_is_exit_code_2_with_a_message(string key)
    {
        var result = store.Lede("copies", key);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("lede:", result.Stderr, StringComparison.Ordinal);
    }
}
