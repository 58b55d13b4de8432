using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class PageMetadataExtractorTests
{
    private static readonly PageMetadataExtractor Extractor = new(new MetadataOptions { LatestDate = new DateOnly(2025, 1, 1) });

    private static PageMetadata Read(string html, string? url = null) => Extractor.FromHtml(html, url);

    private static string Body(string inner) => $"<html><head><title>t</title></head><body>{inner}</body></html>";

    [Fact]
    public void Meta_published_and_modified_are_kept_apart()
    {
        var page = Read("""
            <html><head>
            <meta property="article:modified_time" content="2021-05-02T10:00:00+02:00">
            <meta property="article:published_time" content="2020-01-15T10:00:00+01:00">
            </head><body><p>x</p></body></html>
            """);
        Assert.Equal("2020-01-15", page.Published!.Day);
        Assert.Equal("meta:article:published_time", page.Published.Source);
        Assert.Equal("2021-05-02", page.Modified!.Day);
    }

    [Fact]
    public void Json_ld_in_a_graph_gives_the_article_dates_not_a_nested_ones()
    {
        var page = Read("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"S","datePublished":"2001-01-01"},
              {"@type":"NewsArticle","datePublished":"2019-04-30T08:00:00Z","dateModified":"2019-05-01T09:00:00Z",
               "comment":{"@type":"Comment","datePublished":"2020-01-01"}}]}
            </script>
            """);
        Assert.Equal("2019-04-30", page.Published!.Day);
        Assert.Equal("json-ld:datePublished", page.Published.Source);
        Assert.Equal("2019-05-01", page.Modified!.Day);
    }

    [Fact]
    public void Reads_the_date_in_the_url_path() =>
        Assert.Equal("2023-09-28", Read(Body("<p>no date here</p>"), "https://news.example/2023/09/28/a-story/").Published!.Day);

    [Fact]
    public void Reads_itemprop_date_published_on_any_element() =>
        Assert.Equal("2018-02-15", Read(Body("""<span itemprop="datePublished" content="2018-02-15">15 Feb</span>""")).Published!.Day);

    [Fact]
    public void Prefers_a_time_marked_as_published_and_skips_comment_times()
    {
        var page = Read(Body("""
            <div class="comments"><time class="published" datetime="2020-05-05">May 5</time></div>
            <time datetime="2020-05-06">May 6</time>
            <time class="entry-date published" datetime="2014-07-19">July 19</time>
            """));
        Assert.Equal("2014-07-19", page.Published!.Day);
    }

    [Theory]
    [InlineData("""<h1>Headline</h1><div class="byline">Von Anna Muster, 28. September 2023</div>""", "2023-09-28")]
    [InlineData("""<h1>Headline</h1><div class="post-meta">Publié le 28 septembre 2023</div>""", "2023-09-28")]
    [InlineData("""<h1>Titular</h1><span class="fecha">28 de septiembre de 2023</span>""", "2023-09-28")]
    [InlineData("""<h1>Headline</h1><p class="entry-meta">Posted on September 28, 2023 by Ann</p>""", "2023-09-28")]
    [InlineData("""<h1>Schlagzeile</h1><p>Berlin, 28.09.2023. Der Text beginnt.</p>""", "2023-09-28")]
    public void Reads_datelines_near_the_headline_in_several_languages(string inner, string expected) =>
        Assert.Equal(expected, Read(Body(inner)).Published!.Day);

    [Fact]
    public void A_labelled_date_in_the_text_is_read()
    {
        var page = Read(Body("<div><p>Ein langer Absatz ohne Datum.</p><p>Veröffentlicht am 3. März 2020</p></div>"));
        Assert.Equal("2020-03-03", page.Published!.Day);
    }

    [Fact]
    public void Publication_wins_over_modification_and_dates_outside_the_range_are_ignored()
    {
        var page = Read("""
            <html><head><meta name="date" content="1970-01-01"><meta property="og:updated_time" content="2022-02-02">
            </head><body><h1>H</h1><div class="date">Erstellt: 01.02.2021</div></body></html>
            """);
        Assert.Equal("2021-02-01", page.Published!.Day);
        Assert.Equal("2022-02-02", page.Modified!.Day);
    }

    [Fact]
    public void A_utc_stamp_after_late_evening_moves_to_the_day_the_url_shows() =>
        Assert.Equal("2023-11-02", Read(
            """<html><head><meta property="article:published_time" content="2023-11-01T23:01:00Z"></head><body></body></html>""",
            "https://news.example/2023/11/02/story").Published!.Day);

    [Fact]
    public void Says_nothing_when_the_page_states_no_date() =>
        Assert.Null(Read(Body("<h1>Hello</h1><p>Nothing dated here at all.</p>")).Published);

    [Theory]
    [InlineData("Big news today | Example Times", "Example Times", "https://www.example.com/a", "Big news today")]
    [InlineData("Big news today - example.com", null, "https://www.example.com/a", "Big news today")]
    [InlineData("Spiegel - Big news today", null, "https://www.spiegel.de/a", "Big news today")]
    [InlineData("Left - right: a debate", "Example Times", "https://www.example.com/a", "Left - right: a debate")]
    public void Strips_the_site_name_from_the_title(string title, string? site, string url, string expected)
    {
        var og = site is null ? "" : $"""<meta property="og:site_name" content="{site}">""";
        var page = Read($"<html><head><title>{title}</title>{og}</head><body></body></html>", url);
        Assert.Equal(expected, page.Title);
    }

    [Fact]
    public void Reads_authors_site_canonical_and_language()
    {
        var page = Read("""
            <html lang="de"><head>
            <meta property="og:site_name" content="Beispiel Zeitung">
            <link rel="canonical" href="https://www.beispiel.de/artikel/1?utm_source=rss#kommentare">
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Anna Muster"},{"@type":"Person","name":"Ben Beispiel"}]}</script>
            </head><body><p>Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen den neuen Haushalt beschlossen.</p></body></html>
            """, "https://www.beispiel.de/artikel/1?fbclid=x");
        Assert.Equal(["Anna Muster", "Ben Beispiel"], page.Authors);
        Assert.Equal("Beispiel Zeitung", page.SiteName);
        Assert.Equal("https://www.beispiel.de/artikel/1", page.CanonicalUrl);
        Assert.Equal("de", page.Language);
    }

    [Fact]
    public void Text_overrules_a_template_language_that_contradicts_it()
    {
        var page = Read("""
            <html lang="en-US"><body><p>Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les écoles de la ville.</p></body></html>
            """);
        Assert.Equal("fr", page.Language);
    }

    [Fact]
    public void Meta_authors_split_on_and_and_drop_profile_urls()
    {
        var page = Read("""
            <html><head><meta name="author" content="By Jane Smith and John Doe"><meta property="article:author" content="https://x.example/jane"></head><body></body></html>
            """);
        Assert.Equal(["Jane Smith", "John Doe"], page.Authors);
    }
    [Fact]
    public void A_visible_dateline_wins_over_a_generic_meta_date()
    {
        var page = Read("""
            <html><head><meta name="date" content="2020-02-12"></head>
            <body><h1>Lieferketten</h1><div class="date">05.02.2020</div><p>Text.</p></body></html>
            """);
        Assert.Equal("2020-02-05", page.Published!.Day);
        Assert.StartsWith("visible-over-meta:date", page.Published.Source);
    }

    [Fact]
    public void A_generic_meta_date_stands_when_the_page_shows_no_date() =>
        Assert.Equal("2020-02-12", Read("""<html><head><meta name="date" content="2020-02-12"></head><body><h1>H</h1><p>Text.</p></body></html>""").Published!.Day);

    [Fact]
    public void A_specific_meta_key_is_not_overruled_by_a_visible_date() =>
        Assert.Equal("2020-02-12", Read("""
            <html><head><meta property="article:published_time" content="2020-02-12T10:00:00+01:00"></head>
            <body><h1>H</h1><div class="date">05.02.2020</div></body></html>
            """).Published!.Day);

    [Fact]
    public void The_date_element_nearest_after_the_headline_wins_over_one_before_it() =>
        Assert.Equal("2021-03-04", Read(Body("""
            <div class="meta"><span class="date">01.01.2021</span></div><div><span>x</span><span>y</span></div>
            <h1>Schlagzeile</h1><div class="byline">Von A. Autor, 04.03.2021</div><p>Text.</p>
            """)).Published!.Day);

    [Fact]
    public void A_date_on_a_link_to_another_page_yields_to_the_dateline_under_the_headline() =>
        Assert.Equal("2021-11-10", Read(Body("""
            <h1>Meldung</h1><p><em>10.11.2021</em></p><p>Bericht.</p>
            <ul><li><a href="/pm34" class="info">Nr. 34 vom 08. November 2021</a></li></ul>
            """)).Published!.Day);

    [Fact]
    public void A_comment_date_yields_to_a_labelled_date_in_the_main_text()
    {
        var page = Read(Body("""
            <h1>Titel</h1><div class="col"><h5>Datum:</h5> 03.02.2022</div><p>Ein Absatz.</p>
            <div class="comment__date">04.02.2022 - 00:00 Uhr</div>
            """));
        Assert.Equal("2022-02-03", page.Published!.Day);
    }

    [Fact]
    public void A_comment_date_is_still_read_when_the_page_shows_no_other() =>
        Assert.Equal("2022-02-04", Read(Body("""<p>Ein Absatz.</p><div class="comment__date">04.02.2022</div>""")).Published!.Day);
}
