using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Lede.Sources;

namespace Lede.Tests.Sources;

public sealed class SourceReaderPropertyTests
{
    private const int FieldsPerLine = 7;

    // The JSON writer refuses lone surrogates; they are not text anyone writes.
    private static string Clean(string? s) => s is null ? "" : new string(s.Where(c => !char.IsSurrogate(c)).ToArray());

    private static string? Expected(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [Property(MaxTest = 150)]
    public void Jsonl_lines_written_read_back_to_the_same_fields(string?[] values, bool[] asHtml)
    {
        var lineCount = Math.Max(1, values.Length / FieldsPerLine);
        var lines = Enumerable.Range(0, lineCount).Select(i =>
        {
            string? Field(int k) => i * FieldsPerLine + k < values.Length ? values[i * FieldsPerLine + k] : null;
            var fields = new Dictionary<string, string?>();
            foreach (var (name, k) in new[] { ("id", 0), ("url", 1), ("site", 2), ("published", 3), ("title", 4), ("unknown", 5) })
                if (Field(k) is { } v) fields[name] = Clean(v);
            var body = Clean(Field(6));
            fields[asHtml.ElementAtOrDefault(i) ? "html" : "text"] = string.IsNullOrWhiteSpace(body) ? "x" + body : body;
            return fields;
        }).ToList();
        using var folder = new TempFolder();
        var path = folder.Write("p.jsonl", string.Concat(lines.Select(l => JsonSerializer.Serialize(l) + "\n")));

        var items = new SourceReader().Read([path]).Select(e => Assert.IsType<SourceEvent.Item>(e).Raw).ToList();

        Assert.Equal(lines.Count, items.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var decoded = RawDecoder.Decode(items[i]);
            var expected = new InputMetadata(Expected(line.GetValueOrDefault("id")), Expected(line.GetValueOrDefault("url")),
                Expected(line.GetValueOrDefault("site")), Expected(line.GetValueOrDefault("published")), Expected(line.GetValueOrDefault("title")));
            Assert.Equal(expected, decoded.Metadata);
            Assert.Equal(line.GetValueOrDefault("html") ?? line["text"], decoded.Content);
            Assert.Equal(line.ContainsKey("html"), decoded.IsHtml);
            Assert.Equal(expected.Id ?? expected.Url ?? $"{Path.GetFullPath(path)}:{i + 1}", items[i].Identity);
            if (line.GetValueOrDefault("unknown") is { } unknown)
                Assert.Equal(unknown, JsonDocument.Parse(items[i].Bytes).RootElement.GetProperty("unknown").GetString());
        }
    }

    [Property(MaxTest = 100)]
    public void Warc_payloads_read_back_byte_identical(byte[][] payloads, bool gzip, bool chunked)
    {
        // An all-blank body is reported as empty rather than stored; give each some content.
        var bodies = payloads.Select(p => p.AsSpan().Trim(" \t\r\n"u8).IsEmpty ? [(byte)'x', .. p] : p).ToList();
        var writer = new WarcWriter().Info();
        for (var i = 0; i < bodies.Count; i++)
            writer.Request($"https://w.test/{i}").Response($"https://w.test/{i}", "text/html", bodies[i], chunked && i % 2 == 0);
        using var folder = new TempFolder();
        var path = folder.Write(gzip ? "p.warc.gz" : "p.warc", gzip ? writer.Gzipped() : writer.Plain());

        var events = new SourceReader().Read([path]).ToList();

        if (bodies.Count == 0)
        {
            Assert.IsType<SourceEvent.Skipped>(Assert.Single(events));
            return;
        }
        var items = events.Select(e => Assert.IsType<SourceEvent.Item>(e).Raw).ToList();
        Assert.Equal(bodies.Count, items.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            Assert.Equal(bodies[i], items[i].Bytes);
            Assert.Equal($"https://w.test/{i}", items[i].Identity);
        }
    }

    [Property(MaxTest = 60)]
    public void Garbage_never_throws_and_every_file_gives_an_event(byte[] garbage, bool gzipped)
    {
        using var folder = new TempFolder();
        string[] names = ["g.txt", "g.html", "g.jsonl", "g.rss", "g.xml", "g.warc", "g.txt.gz", "g.jsonl.gz", "g.warc.gz"];
        foreach (var name in names)
            folder.Write(name, gzipped && name.EndsWith(".gz") ? TempFolder.Gzip(garbage) : garbage);
        var stdin = new SourceReader(openStdin: () => new MemoryStream(garbage));

        var events = new SourceReader(new SourceOptions { MaxItemBytes = 4096 }).Read([folder.Path]).Concat(stdin.Read(["-"])).ToList();

        Assert.All(events, e => Assert.True(e is SourceEvent.Item or SourceEvent.Failed or SourceEvent.Skipped));
        var origins = events.Select(e => e.Origin.Split('#', ':')[0]).Distinct().ToList();
        Assert.Equal(names.Length + 1, origins.Count);
    }
}
