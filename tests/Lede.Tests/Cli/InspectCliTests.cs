using System.Text.Json;

namespace Lede.Tests.Cli;

public sealed class InspectCliTests
{
    private static readonly string Samples = Path.Combine(TestPaths.RepoRoot, "samples", "news");

    [Fact]
    public void Extract_as_json_gives_the_page_metadata_and_the_article_without_its_furniture()
    {
        var result = CliProcess.Run(TestPaths.RepoRoot, "extract", "--format", "json", Path.Combine(Samples, "01-lakeside-wire-bridge.html"));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("Riverton opens harbour bridge after six years of work", root.GetProperty("title").GetString());
        Assert.Equal("Lakeside Wire", root.GetProperty("site").GetString());
        Assert.Equal("2025-06-12", root.GetProperty("published").GetProperty("date").GetString());
        // Tracking parameters are gone from the canonical URL.
        Assert.Equal("https://lakeside-wire.example/news/riverton-bridge-opens", root.GetProperty("url").GetString());
        var text = root.GetProperty("text").GetString()!;
        Assert.Contains("Ferry operator Northbank Lines", text);
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.DoesNotContain("Sign up for our morning briefing", text);
        Assert.DoesNotContain("All rights reserved", text);
    }

    [Fact]
    public void Extract_as_text_drops_the_clutter_lines_of_a_flattened_page()
    {
        var result = CliProcess.Run(TestPaths.RepoRoot, "extract", Path.Combine(Samples, "02-valley-daily-bridge.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Mayor Tomas Reyl cut the ribbon", result.Stdout);
        Assert.DoesNotContain("Advertisement", result.Stdout);
        Assert.DoesNotContain("Also Read", result.Stdout);
    }

    [Fact]
    public void Dates_marks_expressions_resolved_against_the_publication_date()
    {
        var result = CliProcess.Run(TestPaths.RepoRoot, "dates", Path.Combine(TestPaths.Shared, "seeds", "seeds.jsonl"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("said [Thursday]{DATE 2023-04-20}", result.Stdout);
        Assert.Contains("On [Friday]{DATE 2023-04-21}", result.Stdout);
        Assert.Contains("event date: 2022-03-16", result.Stdout);
    }

    [Fact]
    public void Dates_without_a_reference_leaves_the_year_unknown()
    {
        var result = CliProcess.Run(TestPaths.RepoRoot, "dates", Path.Combine(TestPaths.Shared, "seeds", "004_de0cedfbbcbaaedc.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("XXXX-03-16", result.Stdout);
        Assert.DoesNotContain("2022-03-16", result.Stdout);
    }

    [Fact]
    public void A_reference_that_is_not_a_date_is_a_usage_error()
    {
        var result = CliProcess.Run(TestPaths.RepoRoot, "dates", "--reference", "last tuesday", Path.Combine(Samples, "02-valley-daily-bridge.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yyyy-MM-dd", result.Stderr);
    }
}
