using Lede.Sources;

namespace Lede.Tests.Sources;

public sealed class SeedsReadTests
{
    [Fact]
    public void Seeds_folder_gives_five_texts_and_five_json_lines_and_skips_the_rest()
    {
        var seeds = Path.Combine(TestPaths.Shared, "seeds");
        var events = new SourceReader().Read([seeds]).ToList();

        var items = events.OfType<SourceEvent.Item>().Select(e => e.Raw).ToList();
        var texts = items.Where(i => i.Format == RawFormat.Text).ToList();
        var lines = items.Where(i => i.Format == RawFormat.Json).ToList();
        Assert.Equal(5, texts.Count);
        Assert.All(texts, t => Assert.Equal(Path.GetFullPath(t.Origin), t.Identity));
        Assert.Equal(["000_0f1937acc5aaf081", "001_0b0d82841d9921fa", "002_399a463a00d02ec6", "003_f513b542403ec246", "004_de0cedfbbcbaaedc"],
            lines.Select(l => l.Identity));
        Assert.Equal("2023-04-20", lines[0].Metadata.Published);

        var skipped = events.OfType<SourceEvent.Skipped>().ToDictionary(s => Path.GetFileName(s.Origin), s => s.Reason);
        Assert.Equal(new Dictionary<string, string>
        {
            ["EXPECTED.md"] = "not an input kind Lede reads (.md)",
            ["clutter.tsv"] = "not an input kind Lede reads (.tsv)",
            ["keep.tsv"] = "not an input kind Lede reads (.tsv)",
        }, skipped);
        Assert.DoesNotContain(events, e => e is SourceEvent.Failed);
        Assert.Equal(13, events.Count);
    }
}
