using Lede.Pipeline;
using Lede.Sources;

namespace Lede.Tests.Stories;

/// <summary>The four stories of ../shared/seeds/EXPECTED.md, from the .txt files (no dates) and from seeds.jsonl (dates).</summary>
public sealed class SeedStoriesTests
{
    private static readonly string Seeds = Path.Combine(TestPaths.Shared, "seeds");

    private static IReadOnlyList<IReadOnlyList<string>> Stories(IEnumerable<string> inputs)
    {
        var processor = new ArticleProcessor();
        var linker = new ArticleLinker();
        var storyOf = new Dictionary<string, long>();
        foreach (var e in new SourceReader(SourceOptions.Default).Read(inputs))
            if (e is SourceEvent.Item item)
            {
                var linked = linker.Link(processor.Process(item.Raw));
                // Only the seeds ("000_0f19…"): unrelated news fed before them is not counted.
                if (Path.GetFileName(item.Raw.Identity) is { Length: > 4 } name && name[3] == '_')
                    storyOf[name[..3]] = linked.Story.StoryId;
            }
        return storyOf.GroupBy(kv => kv.Value).Select(g => (IReadOnlyList<string>)g.Select(kv => kv.Key).Order().ToList())
            .OrderBy(g => g[0]).ToList();
    }

    private static readonly string[][] Expected = [["000", "001"], ["002"], ["003"], ["004"]];

    [Fact]
    public void Text_files_make_the_four_stories() =>
        Assert.Equal(Expected, Stories(Directory.GetFiles(Seeds, "*.txt").Order()));

    [Fact]
    public void Json_lines_with_dates_make_the_four_stories() =>
        Assert.Equal(Expected, Stories([Path.Combine(Seeds, "seeds.jsonl")]));

    private static readonly string News = Path.Combine(TestPaths.RepoRoot, "samples", "news");

    /// <summary>
    /// After unrelated news the seeds' shared names (NATO, Ukraine, Russia, Stoltenberg) are rare in the store and weigh
    /// much more than among the seeds alone. What the dates say must still hold: 003's text dates its visit
    /// 2023-09-28, months after the April visit that 000 and 001 are published on, and 004 is published in March 2022;
    /// and the troop build-up report (002, undated, quoting Stoltenberg once) is about no one the visit's report is about
    /// (StoryOptions.LeadConflictOneReport).
    /// </summary>
    [Fact]
    public void Json_lines_after_unrelated_news_make_the_four_stories() =>
        Assert.Equal(Expected, Stories([News, Path.Combine(Seeds, "seeds.jsonl")]));

    [Fact]
    public void Json_lines_after_unrelated_news_in_reverse_order_make_the_four_stories()
    {
        using var temp = new TempFolder();
        var reversed = temp.Write("reversed.jsonl", string.Join("\n", File.ReadAllLines(Path.Combine(Seeds, "seeds.jsonl"))
            .Where(l => l.Trim().Length > 0).Reverse()) + "\n");
        Assert.Equal(Expected, Stories([News, reversed]));
    }

    /// <summary>
    /// The .txt files carry no publication dates: only 003 names a date, so what keeps the two visits and the build-up
    /// apart after unrelated news is who each report is about (StoryOptions.LeadConflictOneReport).
    /// </summary>
    [Fact]
    public void Text_files_after_unrelated_news_make_the_four_stories() =>
        Assert.Equal(Expected, Stories(Directory.GetFiles(Seeds, "*.txt").Order().Prepend(News)));
}
