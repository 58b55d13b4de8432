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
                storyOf[Path.GetFileName(item.Raw.Identity)[..3]] = linked.Story.StoryId;
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
}
