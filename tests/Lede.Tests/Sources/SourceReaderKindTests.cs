using System.Text;
using Lede.Sources;

namespace Lede.Tests.Sources;

public sealed class SourceReaderKindTests : IDisposable
{
    private const string Article = "NATO chief visits Kyiv.\nHe met the president on Thursday.";
    private const string Page = "<html><head><title>Visit</title></head><body><p>NATO chief visits Kyiv.</p></body></html>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    internal static List<SourceEvent> ReadAll(params string[] inputs) => [.. new SourceReader().Read(inputs)];

    internal static RawItem Single(IEnumerable<SourceEvent> events) =>
        Assert.IsType<SourceEvent.Item>(Assert.Single(events)).Raw;

    [Fact]
    public void Text_file_is_one_item_named_by_its_full_path()
    {
        var path = _folder.Write("a.txt", Article);
        var raw = Single(ReadAll(path));
        Assert.Equal(RawFormat.Text, raw.Format);
        Assert.Equal(Path.GetFullPath(path), raw.Identity);
        Assert.Equal(path, raw.Origin);
        Assert.Equal(Article, Encoding.UTF8.GetString(raw.Bytes));
    }

    [Theory]
    [InlineData("a.html")]
    [InlineData("a.htm")]
    public void Html_file_is_one_html_item(string name)
    {
        var raw = Single(ReadAll(_folder.Write(name, Page)));
        Assert.Equal(RawFormat.Html, raw.Format);
        Assert.True(RawDecoder.Decode(raw).IsHtml);
    }

    [Theory]
    [InlineData("a.txt.gz", RawFormat.Text)]
    [InlineData("a.html.gz", RawFormat.Html)]
    public void Gzipped_documents_are_read_inflated(string name, RawFormat format)
    {
        var raw = Single(ReadAll(_folder.WriteGzip(name, Article)));
        Assert.Equal(format, raw.Format);
        Assert.Equal(Article, Encoding.UTF8.GetString(raw.Bytes));
    }

    [Fact]
    public void Jsonl_lines_are_items_that_keep_the_whole_line()
    {
        const string first = """{"id":"a1","url":"https://x.test/1","site":"X","published":"2023-04-20","title":"T","text":"Body one","extra":[1,2]}""";
        const string second = """{"url":"https://x.test/2","html":"<p>Body two</p>"}""";
        const string third = """{"text":"Body three"}""";
        var path = _folder.Write("a.jsonl", $"{first}\r\n\n{second}\n{third}");
        var items = ReadAll(path).Select(e => Assert.IsType<SourceEvent.Item>(e).Raw).ToList();
        Assert.Equal(["a1", "https://x.test/2", $"{Path.GetFullPath(path)}:4"], items.Select(i => i.Identity));
        Assert.Equal([$"{path}:1", $"{path}:3", $"{path}:4"], items.Select(i => i.Origin));
        Assert.All(items, i => Assert.Equal(RawFormat.Json, i.Format));
        Assert.Equal(first, Encoding.UTF8.GetString(items[0].Bytes));
        Assert.Equal(new InputMetadata("a1", "https://x.test/1", "X", "2023-04-20", "T"), items[0].Metadata);
        var decoded = RawDecoder.Decode(items[1]);
        Assert.True(decoded.IsHtml);
        Assert.Equal("<p>Body two</p>", decoded.Content);
    }

    [Fact]
    public void Gzipped_jsonl_is_read()
    {
        var items = ReadAll(_folder.WriteGzip("a.jsonl.gz", "{\"id\":\"1\",\"text\":\"one\"}\n{\"id\":\"2\",\"text\":\"two\"}\n"));
        Assert.Equal(["1", "2"], items.Select(e => Assert.IsType<SourceEvent.Item>(e).Raw.Identity));
    }

    [Fact]
    public void Rss_items_become_json_items_with_their_fields()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
              <channel>
                <title>Example News</title>
                <link>https://news.test/</link>
                <image><title>logo</title></image>
                <item>
                  <title>NATO chief visits Kyiv</title>
                  <link>https://news.test/kyiv</link>
                  <guid isPermaLink="false">news-42</guid>
                  <pubDate>Thu, 20 Apr 2023 10:00:00 GMT</pubDate>
                  <description>Teaser only</description>
                  <media:content url="https://news.test/a.jpg" />
                  <content:encoded><![CDATA[<p>Full <b>story</b>.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Second</title>
                  <link>https://news.test/second</link>
                  <description>&lt;p&gt;Escaped &amp;amp; html&lt;/p&gt;</description>
                </item>
                <item><title>No body</title></item>
              </channel>
            </rss>
            """;
        var path = _folder.Write("news.rss", rss);
        var events = ReadAll(path);
        Assert.Equal(3, events.Count);
        var first = Assert.IsType<SourceEvent.Item>(events[0]).Raw;
        Assert.Equal("news-42", first.Identity);
        Assert.Equal($"{path}#1", first.Origin);
        Assert.Equal(RawFormat.Json, first.Format);
        Assert.Equal(new InputMetadata("news-42", "https://news.test/kyiv", "Example News", "Thu, 20 Apr 2023 10:00:00 GMT", "NATO chief visits Kyiv"), first.Metadata);
        var decoded = RawDecoder.Decode(first);
        Assert.True(decoded.IsHtml);
        Assert.Equal("<p>Full <b>story</b>.</p>", decoded.Content);
        var second = Assert.IsType<SourceEvent.Item>(events[1]).Raw;
        Assert.Equal("https://news.test/second", second.Identity);
        Assert.Equal("<p>Escaped &amp; html</p>", RawDecoder.Decode(second).Content);
        var failed = Assert.IsType<SourceEvent.Failed>(events[2]);
        Assert.Equal($"{path}#3", failed.Origin);
        Assert.Contains("has no content", failed.Reason);
    }

    [Fact]
    public void Atom_entries_take_alternate_link_and_content_by_type()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Site</title>
              <link rel="self" href="https://atom.test/feed" />
              <entry>
                <id>tag:atom.test,2023:1</id>
                <title type="text">Entry one</title>
                <link rel="alternate" href="https://atom.test/1" />
                <updated>2023-04-21T00:00:00Z</updated>
                <published>2023-04-20T08:00:00Z</published>
                <content type="html">&lt;p&gt;One&lt;/p&gt;</content>
              </entry>
              <entry>
                <link href="https://atom.test/2" />
                <updated>2023-04-22T00:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Two</p></div></content>
              </entry>
              <entry>
                <summary>Plain &lt;text&gt; summary</summary>
              </entry>
            </feed>
            """;
        var path = _folder.Write("site.atom", atom);
        var items = ReadAll(path).Select(e => Assert.IsType<SourceEvent.Item>(e).Raw).ToList();
        Assert.Equal(["tag:atom.test,2023:1", "https://atom.test/2", $"{Path.GetFullPath(path)}#3"], items.Select(i => i.Identity));
        Assert.Equal(new InputMetadata("tag:atom.test,2023:1", "https://atom.test/1", "Atom Site", "2023-04-20T08:00:00Z", "Entry one"), items[0].Metadata);
        Assert.Equal("<p>One</p>", RawDecoder.Decode(items[0]).Content);
        Assert.Equal("2023-04-22T00:00:00Z", items[1].Metadata.Published);
        Assert.Contains("<p>Two</p>", RawDecoder.Decode(items[1]).Content);
        var third = RawDecoder.Decode(items[2]);
        Assert.False(third.IsHtml);
        Assert.Equal("Plain <text> summary", third.Content);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_skipped_but_a_feed_in_xml_is_read()
    {
        var notFeed = _folder.Write("config.xml", "<config><a>1</a></config>");
        var feed = _folder.Write("feed.xml", "<rss><channel><item><guid>g</guid><description>d</description></item></channel></rss>");
        var events = ReadAll(notFeed, feed);
        Assert.Equal("not an input kind Lede reads (.xml that is not an RSS or Atom feed)", Assert.IsType<SourceEvent.Skipped>(events[0]).Reason);
        Assert.Equal("g", Assert.IsType<SourceEvent.Item>(events[1]).Raw.Identity);
    }

    [Fact]
    public void Feed_with_a_dtd_is_refused()
    {
        var path = _folder.Write("bomb.rss", """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><item><description>&a;</description></item></channel></rss>""");
        var failed = Assert.IsType<SourceEvent.Failed>(Assert.Single(ReadAll(path)));
        Assert.StartsWith("not well-formed XML", failed.Reason);
    }

    internal static WarcWriter SampleWarc() => new WarcWriter()
        .Info()
        .Request("https://news.test/a")
        .Response("https://news.test/a", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page))
        .Response("https://news.test/logo.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1])
        .Response("https://news.test/b", "application/xhtml+xml", Encoding.UTF8.GetBytes("<html><body>chunked body é</body></html>"), chunked: true)
        .Response("https://news.test/moved", "text/html", "<a>moved</a>"u8.ToArray(), status: 301)
        .Record("metadata", "https://news.test/a", "application/warc-fields", "outlink: x\r\n"u8.ToArray());

    [Theory]
    [InlineData("crawl.warc")]
    [InlineData("crawl.warc.gz")]
    public void Warc_html_responses_are_items_and_other_records_are_passed_over(string name)
    {
        var warc = SampleWarc();
        var path = _folder.Write(name, name.EndsWith(".gz") ? warc.Gzipped() : warc.Plain());
        var items = ReadAll(path).Select(e => Assert.IsType<SourceEvent.Item>(e).Raw).ToList();
        Assert.Equal(["https://news.test/a", "https://news.test/b"], items.Select(i => i.Identity));
        Assert.All(items, i => Assert.Equal(RawFormat.Html, i.Format));
        Assert.Equal(Page, Encoding.UTF8.GetString(items[0].Bytes));
        Assert.Equal("<html><body>chunked body é</body></html>", Encoding.UTF8.GetString(items[1].Bytes));
        Assert.Equal(new InputMetadata(Url: "https://news.test/a", Fetched: "2024-05-01T12:00:00Z"), items[0].Metadata);
        Assert.Null(items[0].Metadata.Published);
        Assert.StartsWith(path + "#", items[0].Origin);
    }

    [Fact]
    public void Warc_record_without_uri_is_named_by_path_and_offset()
    {
        var path = _folder.Write("a.warc", new WarcWriter().Info().Response(null, "text/html", "<p>x</p>"u8.ToArray()).Plain());
        var raw = Single(ReadAll(path));
        var offset = raw.Origin[(path.Length + 1)..];
        Assert.Equal($"{Path.GetFullPath(path)}#{offset}", raw.Identity);
        Assert.StartsWith("WARC/1.1", Encoding.ASCII.GetString(File.ReadAllBytes(path).AsSpan(int.Parse(offset), 8)));
    }

    [Fact]
    public void Warc_charset_from_http_header_decodes_a_page_that_does_not_declare_one()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = Encoding.GetEncoding("windows-1251").GetBytes("<p>Новости</p>");
        var path = _folder.Write("ru.warc", new WarcWriter().Response("https://ru.test/", "text/html; charset=windows-1251", body).Plain());
        Assert.Contains("<p>Новости</p>", RawDecoder.Decode(Single(ReadAll(path))).Content);
    }

    [Fact]
    public void Warc_with_no_pages_is_one_skip()
    {
        var path = _folder.Write("empty-crawl.warc", new WarcWriter().Info().Request("https://x.test/").Plain());
        var skipped = Assert.IsType<SourceEvent.Skipped>(Assert.Single(ReadAll(path)));
        Assert.Equal("WARC file holds no HTML page responses (2 records)", skipped.Reason);
    }

    [Fact]
    public void Folder_is_read_recursively_in_ordinal_order()
    {
        _folder.Write("b.txt", "b");
        _folder.Write("A/z.txt", "z");
        _folder.Write("a.txt", "a");
        _folder.Write("A/sub/y.txt", "y");
        var origins = ReadAll(_folder.Path).Select(e => Path.GetRelativePath(_folder.Path, e.Origin));
        Assert.Equal([Path.Join("A", "sub", "y.txt"), Path.Join("A", "z.txt"), "a.txt", "b.txt"], origins);
    }

    [Theory]
    [InlineData("{\"id\":\"s1\",\"text\":\"from a pipe\"}\n", InputKind.JsonLines, "s1")]
    [InlineData("  <html><body>x</body></html>", InputKind.Html, "stdin")]
    [InlineData("plain words", InputKind.Text, "stdin")]
    [InlineData("<?xml version=\"1.0\"?><rss><channel><item><guid>f1</guid><description>d</description></item></channel></rss>", InputKind.Feed, "f1")]
    public void Stdin_kind_is_sniffed(string content, InputKind kind, string identity)
    {
        Assert.Equal(kind, InputKinds.Sniff(Encoding.UTF8.GetBytes(content)));
        var reader = new SourceReader(openStdin: () => new MemoryStream(Encoding.UTF8.GetBytes(content)));
        var raw = Single(reader.Read(["-"]));
        Assert.Equal(identity, raw.Identity);
        Assert.StartsWith("stdin", raw.Origin);
    }

    [Fact]
    public void Stdin_may_be_gzipped_warc_or_of_a_kind_set_in_options()
    {
        var warc = new SourceReader(openStdin: () => new MemoryStream(SampleWarc().Gzipped()));
        Assert.Equal(2, warc.Read(["-"]).OfType<SourceEvent.Item>().Count());
        var forced = new SourceReader(new SourceOptions { StdinKind = InputKind.Html }, () => new MemoryStream("plain"u8.ToArray()));
        Assert.Equal(RawFormat.Html, Single(forced.Read(["-"])).Format);
    }
}
