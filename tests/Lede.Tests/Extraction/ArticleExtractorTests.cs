using AngleSharp.Html.Parser;
using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly string[] Prose =
    [
        "The city council voted on Tuesday to extend the night bus service, after a year in which ridership rose by a third, officials said.",
        "Supporters of the plan, which will cost about four million a year, argued that late-shift workers had few other ways to get home safely.",
        "Opponents questioned the figures, saying the count included transfers, and asked for an audit before the service is made permanent.",
        "The new timetable starts in March, and the council will review it again next winter, when the first full year of data is in.",
    ];

    private static string P(int i) => $"<p>{Prose[i]}</p>";

    private static readonly string Furniture = """
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
        """;

    private static readonly string Clutter = """
        <div class="newsletter-signup"><h3>Get our morning briefing</h3><p>Sign up for the newsletter and never miss a story again, every day.</p></div>
        <section class="related-stories"><h2>Also read</h2><ul>
          <li><a href="/a">Mayor opens the new bridge across the river after years of delay</a></li>
          <li><a href="/b">Tram fares to rise in spring, the transport authority announced</a></li></ul></section>
        <div id="cookie-consent"><p>We use cookies to improve your experience on this website, accept them all.</p></div>
        <footer><p>Copyright 2024 The Daily Example. All rights reserved. Contact us.</p></footer>
        """;

    private static ExtractedContent Extract(string html) => new ArticleExtractor().FromHtml(html);

    [Fact]
    public void Keeps_the_paragraphs_in_order_without_the_page_furniture()
    {
        var html = $"""
            <html><head><title>Night buses | Daily Example</title></head><body>{Furniture}
            <article><h1>Night buses to run all year</h1><div class="article-body">{P(0)}{P(1)}{P(2)}{P(3)}</div>
            <div class="author-box"><p>Jane Doe covers transport and city hall for the Daily Example since 2010.</p></div></article>
            {Clutter}</body></html>
            """;
        var result = Extract(html);

        Assert.Equal(string.Join('\n', Prose), result.Text);
        Assert.Equal("Night buses to run all year", result.Title);
        Assert.True(result.IsArticle, result.PageKindReason);
    }

    [Fact]
    public void Keeps_headings_lists_and_quotes_in_order()
    {
        var html = $"""
            <html><body>{Furniture}<main><article>{P(0)}<h2>What changes</h2>
            <ul><li>Buses every twenty minutes after midnight</li><li>Two new routes to the airport</li></ul>
            <blockquote>It is the single most requested change we have had in years.</blockquote>{P(1)}{P(2)}</article></main>
            {Clutter}</body></html>
            """;
        var lines = Extract(html).Text.Split('\n');

        Assert.Equal(
        [
            Prose[0], "What changes", "Buses every twenty minutes after midnight", "Two new routes to the airport",
            "It is the single most requested change we have had in years.", Prose[1], Prose[2],
        ], lines);
    }

    [Fact]
    public void An_empty_article_element_falls_back_to_the_scored_container()
    {
        var html = $"""
            <html><body>{Furniture}<article class="teaser"><a href="/x">Read the full story</a></article>
            <div id="wrapper"><div class="col">{P(0)}{P(1)}{P(2)}{P(3)}</div></div>{Clutter}</body></html>
            """;
        var result = Extract(html);

        Assert.Equal(string.Join('\n', Prose), result.Text);
        Assert.Equal("scored", result.Method);
    }

    [Fact]
    public void JSON_LD_articleBody_is_the_last_resort()
    {
        var body = string.Join(' ', Prose);
        var html = $$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","headline":"Night buses","articleBody":"{{body}}"}]}</script></head>
            <body>{{Furniture}}<div id="app">Loading…</div></body></html>
            """;
        var result = Extract(html);

        Assert.Equal(body, result.Text);
        Assert.Equal("json-ld", result.Method);
    }

    [Fact]
    public void A_list_of_teasers_is_marked_as_not_an_article_but_keeps_its_text()
    {
        var teasers = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"""<article class="card"><h3><a href="/story/{i}">Headline number {i} about the city and its buses</a></h3><span>2 hours ago</span></article>"""));
        var html = $"""
            <html><head><meta property="og:type" content="website"></head><body>{Furniture}
            <main><h1>Transport</h1><div class="grid">{teasers}</div></main></body></html>
            """;
        var result = Extract(html);

        Assert.False(result.IsArticle, result.PageKindReason);
        Assert.True(result.ArticleConfidence < 0.5);
        Assert.Contains("linked headlines", result.PageKindReason);
        Assert.Contains("Headline number 7", result.Text);
    }

    [Fact]
    public void A_furniture_word_on_the_article_wrapper_does_not_lose_the_article()
    {
        var html = $"""
            <html><body>{Furniture}<div class="content premium-story">{P(0)}{P(1)}{P(2)}{P(3)}</div>{Clutter}</body></html>
            """;
        Assert.Equal(string.Join('\n', Prose), Extract(html).Text);
    }

    [Fact]
    public void Class_words_are_read_by_segment_not_substring()
    {
        Assert.Equal(ClassConcept.Boilerplate, BoilerplateVocabulary.Classify("article__share-bar"));
        Assert.Equal(ClassConcept.Boilerplate, BoilerplateVocabulary.Classify("relatedArticles"));
        Assert.Equal(ClassConcept.Comments, BoilerplateVocabulary.Classify("comments-area"));
        Assert.Equal(ClassConcept.Body, BoilerplateVocabulary.Classify("entry-content share-enabled"));
        Assert.Equal(ClassConcept.None, BoilerplateVocabulary.Classify("commentary canvas-wrap"));
        Assert.Equal(ClassConcept.None, BoilerplateVocabulary.Classify("post tag-sharing category-newsletter"));
    }

    [Fact]
    public void Deep_nesting_and_huge_attributes_stay_within_the_limits()
    {
        var options = ExtractionOptions.Default;
        var deep = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 20_000));
        var attribute = new string('x', 5_000_000);
        var html = $"""<html><body><div class="{attribute}">{P(0)}{P(1)}{P(2)}{P(3)}</div>{deep}</body></html>""";

        var result = new ArticleExtractor(options).FromHtml(html);
        Assert.Contains(Prose[3], result.Text);
        Assert.DoesNotContain("deep text", result.Text);

        using var document = new HtmlParser().ParseDocument(html);
        var tree = PageTree.Build(document, options);
        Assert.True(tree.Truncated);
        Assert.True(tree.MaxDepthSeen <= options.MaxDepth, $"depth {tree.MaxDepthSeen}");
        Assert.True(tree.Count <= options.MaxNodes);
    }

    [Fact]
    public void A_page_with_more_nodes_than_the_limit_is_read_up_to_the_limit()
    {
        var options = ExtractionOptions.Default with { MaxNodes = 5_000 };
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(P(0), 50_000)) + "</body></html>";

        var result = new ArticleExtractor(options).FromHtml(html);
        using var document = new HtmlParser().ParseDocument(html);
        var tree = PageTree.Build(document, options);

        Assert.Equal(options.MaxNodes, tree.Count);
        Assert.True(tree.Truncated);
        Assert.InRange(result.Text.Split('\n').Length, 1, options.MaxNodes / 2);
    }
}
