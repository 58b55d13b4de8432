using System.Text;
using Lede.Copies;
using Lede.Pipeline;
using Lede.Sources;

namespace Lede.Tests.Copies;

public sealed class SeedCopiesTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(TestPaths.Shared, "seeds", "seeds.jsonl"))
        .Where(l => l.Trim().Length > 0).ToArray();

    private static Dictionary<string, CopyLink?> Link(IEnumerable<string> lines)
    {
        var processor = new ArticleProcessor();
        var linker = new ArticleLinker();
        var links = new Dictionary<string, CopyLink?>();
        foreach (var line in lines)
        {
            var id = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
            var linked = linker.Link(processor.Process(new RawItem(id, id, RawFormat.Json, Encoding.UTF8.GetBytes(line), InputMetadata.Empty)));
            links[id[..3]] = linked.Copy;
            foreach (var r in linked.Relinked) links[r.Identity[..3]] = r.Copy;
        }
        return links;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_spun_copy_000_is_traced_to_the_AP_report_001_and_nothing_else_is_a_copy(bool reversed)
    {
        // Both are dated 2023-04-20 without a time: the AP dateline and credits decide, in whichever order they arrive.
        var links = Link(reversed ? Lines.Reverse() : Lines);

        var copy = links["000"];
        Assert.NotNull(copy);
        Assert.StartsWith("001", copy.OriginIdentity);
        Assert.Contains(copy.Relation, new[] { CopyRelation.Rewrite, CopyRelation.Spun });
        Assert.All(links.Where(l => l.Key != "000"), l => Assert.Null(l.Value));
    }
}
