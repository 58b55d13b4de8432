using System.Text;
using Lede.Sources;

namespace Lede.Tests.Sources;

public sealed class SourceReaderFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Reason(SourceEvent e) => e switch
    {
        SourceEvent.Failed f => "failed: " + f.Reason,
        SourceEvent.Skipped s => "skipped: " + s.Reason,
        _ => "item",
    };

    private Dictionary<string, string> ReadFolder(SourceOptions? options = null) =>
        new SourceReader(options).Read([_folder.Path])
            .ToDictionary(e => Path.GetRelativePath(_folder.Path, e.Origin), Reason);

    [Fact]
    public void Bad_inputs_fail_with_reasons_while_good_files_are_read()
    {
        _folder.Write("good.txt", "A real article.");
        _folder.Write("binary.txt", [0x41, 0x00, 0x42, 0x43]);
        _folder.Write("noise.html", Enumerable.Range(0, 200).Select(i => (byte)(i % 32)).ToArray());
        _folder.Write("empty.txt", []);
        _folder.Write("blank.html", " \n\t\n");
        var mixed = TempFolder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20).Select(i => $"{i} {Guid.NewGuid()} "))));
        _folder.Write("truncated.txt.gz", mixed[..(mixed.Length / 2)]);
        _folder.Write("no-trailer.txt.gz", mixed[..^4]);
        _folder.Write("not-gzip.txt.gz", "plain text, not gzip"u8.ToArray());
        _folder.Write("README.md", "# readme");
        _folder.Write("photo.png", [0x89, 0x50]);
        _folder.Write("Makefile", "all:");
        _folder.Write("lines.jsonl", "{\"id\":\"ok1\",\"text\":\"fine\"}\n{not json\n[1,2]\n{\"id\":\"t\",\"url\":\"https://x.test/no-body\"}\n{\"id\":\"ok2\",\"html\":\"<p>fine</p>\"}\n");
        _folder.Write("big.txt", new string('x', 2000));
        _folder.Write("bomb.txt.gz", TempFolder.Gzip(new byte[800_000], System.IO.Compression.CompressionLevel.SmallestSize));

        var events = ReadFolder(new SourceOptions { MaxItemBytes = 1024 });

        Assert.Equal("item", events["good.txt"]);
        Assert.Equal("failed: binary content (NUL byte at offset 1), not text", events["binary.txt"]);
        Assert.StartsWith("failed: binary content (", events["noise.html"]);
        Assert.Equal("failed: empty file", events["empty.txt"]);
        Assert.Equal("failed: empty file (only whitespace)", events["blank.html"]);
        Assert.Equal("failed: truncated or corrupt gzip (the data ends without a matching gzip trailer)", events["truncated.txt.gz"]);
        Assert.Equal("failed: truncated or corrupt gzip (the data ends without a matching gzip trailer)", events["no-trailer.txt.gz"]);
        Assert.StartsWith("failed: corrupt gzip data (", events["not-gzip.txt.gz"]);
        Assert.Equal("skipped: not an input kind Lede reads (.md)", events["README.md"]);
        Assert.Equal("skipped: not an input kind Lede reads (.png)", events["photo.png"]);
        Assert.Equal("skipped: not an input kind Lede reads (no extension)", events["Makefile"]);
        Assert.Equal("item", events["lines.jsonl:1"]);
        Assert.StartsWith("failed: not valid JSON (", events["lines.jsonl:2"]);
        Assert.Equal("failed: not a JSON object (a array)", events["lines.jsonl:3"]);
        Assert.Equal("failed: has neither a 'text' nor an 'html' field", events["lines.jsonl:4"]);
        Assert.Equal("item", events["lines.jsonl:5"]);
        Assert.Equal("failed: over the per-item size limit (1024 bytes): the file has 2000 bytes", events["big.txt"]);
        Assert.Equal("failed: over the per-item size limit (1024 bytes) after decompression", events["bomb.txt.gz"]);
    }

    [Fact]
    public void Truncated_gzip_fails_after_the_lines_read_before_the_cut()
    {
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"id\":\"{i}\",\"text\":\"line {i} {Guid.NewGuid()}\"}}\n"));
        var gz = TempFolder.Gzip(Encoding.UTF8.GetBytes(lines));
        var path = _folder.Write("cut.jsonl.gz", gz[..(gz.Length * 2 / 3)]);
        var events = new SourceReader().Read([path]).ToList();
        Assert.True(events.Count(e => e is SourceEvent.Item) > 100);
        var last = Assert.IsType<SourceEvent.Failed>(events[^1]);
        Assert.Equal(path, last.Origin);
        Assert.Equal("truncated or corrupt gzip (the data ends without a matching gzip trailer)", last.Reason);
    }

    [Fact]
    public void Truncated_multi_member_warc_gz_fails_but_an_intact_one_does_not()
    {
        var warc = SourceReaderKindTests.SampleWarc().Gzipped();
        var intact = _folder.Write("ok.warc.gz", warc);
        var cut = _folder.Write("cut.warc.gz", warc[..^3]);
        Assert.DoesNotContain(new SourceReader().Read([intact]), e => e is SourceEvent.Failed);
        var last = Assert.IsType<SourceEvent.Failed>(new SourceReader().Read([cut]).Last());
        Assert.Contains("truncated", last.Reason);
    }

    [Fact]
    public void Oversized_jsonl_line_fails_alone()
    {
        _folder.Write("a.jsonl", $"{{\"id\":\"1\",\"text\":\"{new string('x', 500)}\"}}\n{{\"id\":\"2\",\"text\":\"short\"}}\n");
        var events = ReadFolder(new SourceOptions { MaxItemBytes = 100 });
        Assert.Equal("failed: line over the per-item size limit (100 bytes)", events["a.jsonl:1"]);
        Assert.Equal("item", events["a.jsonl:2"]);
    }

    [Fact]
    public void Oversized_warc_record_fails_and_reading_goes_on_at_the_next()
    {
        var big = Encoding.UTF8.GetBytes("<p>" + new string('x', 5000) + "</p>");
        _folder.Write("a.warc", new WarcWriter()
            .Response("https://x.test/big", "text/html", big)
            .Response("https://x.test/small", "text/html", "<p>small</p>"u8.ToArray()).Plain());
        var events = new SourceReader(new SourceOptions { MaxItemBytes = 1000 }).Read([_folder.Path]).ToList();
        Assert.Equal(2, events.Count);
        Assert.StartsWith("WARC response over the per-item size limit (1000 bytes): the record has", Assert.IsType<SourceEvent.Failed>(events[0]).Reason);
        Assert.Equal("https://x.test/small", Assert.IsType<SourceEvent.Item>(events[1]).Raw.Identity);
    }

    [Fact]
    public void Broken_warc_records_say_why()
    {
        var warc = new WarcWriter().Response("https://x.test/1", "text/html", "<p>one</p>"u8.ToArray()).Plain();
        _folder.Write("cut.warc", warc[..^20]);
        _folder.Write("junk.warc", "this is not a warc\r\n"u8.ToArray());
        _folder.Write("bad-chunks.warc", new WarcWriter().Record("response", "https://x.test/c", "application/http; msgtype=response",
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"u8.ToArray()).Plain());
        var events = ReadFolder();
        Assert.StartsWith("failed: WARC record truncated: the file ends after", events["cut.warc#0"]);
        Assert.Equal("failed: not a WARC record (no WARC/ version line); the rest of the file was not read", events["junk.warc#0"]);
        Assert.Equal("failed: malformed chunked HTTP body", events["bad-chunks.warc#0"]);
    }

    [Fact]
    public void Missing_input_path_fails_with_no_such_file_and_the_run_goes_on()
    {
        var good = _folder.Write("a.txt", "text");
        var missing = Path.Combine(_folder.Path, "nope", "gone.txt");
        var events = new SourceReader().Read([missing, good]).ToList();
        Assert.Equal(new SourceEvent.Failed(missing, "no such file or directory"), events[0]);
        Assert.IsType<SourceEvent.Item>(events[1]);
    }

    [Fact]
    public void Unreadable_file_fails_with_permission_denied()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return; // root reads anything
        var path = _folder.Write("secret.txt", "text");
        File.SetUnixFileMode(path, UnixFileMode.None);
        Assert.Equal(new SourceEvent.Failed(path, "permission denied"), Assert.Single(new SourceReader().Read([path])));
    }

    [Fact]
    public void Input_limit_stops_an_endless_stream()
    {
        var lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"text\":\"x\"}\n", 1000)));
        var reader = new SourceReader(new SourceOptions { MaxInputBytes = 4000 }, () => new MemoryStream(lines));
        var events = reader.Read(["-"]).ToList();
        Assert.StartsWith("input over the limit of 4000 bytes", Assert.IsType<SourceEvent.Failed>(events[^1]).Reason);
    }

    [Fact]
    public void Cancellation_is_the_one_thing_that_throws()
    {
        _folder.Write("a.txt", "text");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => new SourceReader().Read([_folder.Path], cts.Token).ToList());
    }

    [Fact]
    public void Tally_counts_every_event()
    {
        _folder.Write("a.txt", "text");
        _folder.Write("b.md", "x");
        _folder.Write("c.txt", []);
        Assert.Equal(new SourceTally(1, 1, 1), SourceTally.Of(new SourceReader().Read([_folder.Path])));
    }
}
