using AngleSharp.Html.Parser;
using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class PageIndexTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void One_walk_gathers_metas_json_ld_times_itemprops_headline_and_canonical()
    {
        using var document = Parser.ParseDocument("""
            <html><head><meta property="og:title" content="T"><meta name="DATE" content="2020-01-02">
            <meta name="empty" content=" "><link rel="alternate canonical" href="https://a.example/x">
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H"}]}</script>
            <script type="application/ld+json">{not json</script></head>
            <body><h1>Eins</h1><h1>Zwei</h1><time datetime="2020-01-02">2.1.</time><span itemprop="author">A</span></body></html>
            """);
        using var page = new PageIndex(document);
        Assert.Contains(("date", "2020-01-02"), page.Metas);
        Assert.Equal("T", page.Meta("OG:TITLE"));
        Assert.Null(page.Meta("empty"));
        Assert.Equal("https://a.example/x", page.CanonicalLink);
        Assert.Equal("Eins", page.Headline!.TextContent);
        Assert.Single(page.Times);
        Assert.Single(page.Itemprops);
        Assert.Equal(2, page.JsonLd.Count);
        Assert.Null(page.JsonLd[1].Json);
        Assert.Equal(2, page.JsonLdObjects().Count());
        Assert.Equal("body", page.BodyElements[0].LocalName);
    }

    [Fact]
    public void Head_text_reads_only_the_start_of_a_large_element_with_whitespace_collapsed()
    {
        using var document = Parser.ParseDocument($"<div class='meta'>  <b>Von</b>\n A.   Autor, <i>3. März 2020</i><p>{new string('x', 100_000)}</p></div>");
        var div = document.QuerySelector("div")!;
        // The same as collapsing the whole text and cutting it, without reading the 100,000 characters.
        Assert.Equal(DateText.Collapse(div.TextContent)[..32], PageDateFinder.HeadText(div, 32));
        Assert.StartsWith("Von A. Autor, 3. März 2020", PageDateFinder.HeadText(div, 32), StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_text_is_read_without_a_copy_and_whole_when_split() =>
        Assert.Equal("ab", PageIndex.TextOf(Parser.ParseDocument("<script>ab</script>").QuerySelector("script")!));
}
