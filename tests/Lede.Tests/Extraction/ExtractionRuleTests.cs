using Lede.Extraction;

namespace Lede.Tests.Extraction;

/// <summary>extraction/3 and /4's rules, each on a small hand-written page.</summary>
public sealed class ExtractionRuleTests
{
    private static readonly string[] Prose =
    [
        "The regional parliament approved the new water law on Thursday, after two years of debate about prices and wells.",
        "Farmers, who use most of the water in dry summers, will pay a small fee per cubic metre from the start of next year.",
        "Environmental groups welcomed the fee but said it was too low to change how much water is pumped from the ground.",
        "The ministry will publish the first figures in autumn, and a review of the law is planned for the following spring.",
    ];

    private const string Lead = "Wells are running dry across the region, and the new law is the first to put a price on what farmers pump.";

    private static string Body => "<div class=\"article-body\">" + string.Concat(Prose.Select(p => $"<p>{p}</p>")) + "</div>";

    private static ExtractedContent Extract(string html) => new ArticleExtractor().FromHtml(html);

    [Fact]
    public void The_lead_between_headline_and_body_is_read()
    {
        var html = $"""
            <html><body><nav><a href="/">Home</a></nav><article><header><h1>Water law passed</h1>
            <span class="date">12.03.2024</span><div class="intro-copy">{Lead}</div></header>{Body}</article></body></html>
            """;
        var text = Extract(html).Text;
        Assert.StartsWith(Lead, text);
        Assert.DoesNotContain("12.03.2024", text);
    }

    [Fact]
    public void A_lead_is_not_taken_from_a_page_wide_wrapper()
    {
        // The headline sits in the page header; between it and the body lies another story's summary.
        var other = "Another story entirely: the city library reopens after its renovation, with longer hours and a new café.";
        var html = $"""
            <html><body><div class="page"><h1>Regional news</h1><div class="box"><p>{other}</p><p>{other} Again.</p><p>{other} Once more.</p></div>
            {Body}</div></body></html>
            """;
        Assert.DoesNotContain("city library", Extract(html).Text);
    }

    [Fact]
    public void A_teaser_without_links_is_the_lead_and_a_linked_teaser_is_another_story()
    {
        var html = $"""
            <html><body><article><h1>Water law passed</h1><div class="article-body">
            <p class="article-teaser">{Lead}</p>{string.Concat(Prose.Select(p => $"<p>{p}</p>"))}
            <div class="teaser"><p>Drought: how other regions ration their water in summer, and what it costs them.</p>
            <a href="/drought">Read more about the drought</a></div></div></article></body></html>
            """;
        var text = Extract(html).Text;
        Assert.Contains(Lead, text);
        Assert.DoesNotContain("ration their water", text);
    }

    [Fact]
    public void State_modifiers_do_not_name_furniture()
    {
        var html = $"""<html><body><article class="has-sharing with-sidebar"><h1>Water law passed</h1>{Body}</article><div class="share"><a href="#">Share</a></div></body></html>""";
        Assert.Contains(Prose[3], Extract(html).Text);
    }

    [Fact]
    public void A_dialog_box_is_furniture()
    {
        var policy = string.Concat(Enumerable.Repeat("<p>This privacy policy explains what information we collect, how we store it, and why, in detail.</p>", 8));
        var html = $"""<html><body><div class="dialog__scroll">{policy}</div><article><h1>Water law passed</h1>{Body}</article></body></html>""";
        var text = Extract(html).Text;
        Assert.Contains(Prose[0], text);
        Assert.DoesNotContain("privacy policy", text);
    }

    [Fact]
    public void A_short_lead_in_above_a_dropped_link_box_goes_with_it()
    {
        var html = $"""
            <html><body><article><h1>Water law passed</h1><div class="article-body">
            <p>{Prose[0]}</p><p>{Prose[1]}</p><p><strong>Auch interessant:</strong></p>
            <ul><li><a href="/a">Drought in the south</a></li><li><a href="/b">New wells for the capital</a></li></ul>
            <p>{Prose[2]}</p><h3>Mehr zum Thema</h3><div class="related-links"><a href="/c">Water prices rise</a></div>
            <p>{Prose[3]}</p></div></article></body></html>
            """;
        var text = Extract(html).Text;
        Assert.Equal(string.Join('\n', Prose), text);
    }

    [Fact]
    public void A_subheading_above_a_figure_stays()
    {
        var html = $"""
            <html><body><article><h1>Water law passed</h1><div class="article-body">
            <p>{Prose[0]}</p><h2>What farmers pay</h2><figure><img src="a.jpg"><figcaption>A well in the south</figcaption></figure>
            <p>{Prose[1]}</p><p>{Prose[2]}</p><p>{Prose[3]}</p></div></article></body></html>
            """;
        var text = Extract(html).Text;
        Assert.Contains("What farmers pay", text);
        Assert.True(text.IndexOf("What farmers pay", StringComparison.Ordinal) < text.IndexOf(Prose[1], StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_as_long_as_a_sentence_is_kept_as_the_lead()
    {
        var standfirst = "Farmers in the south will pay for every cubic metre they pump, and the ministry expects the fee to cut use by a tenth";
        var html = $"""
            <html><body><article><h1>Water law passed</h1><div class="article-body"><h4>{standfirst}</h4><h2>The vote</h2>
            {string.Concat(Prose.Select(p => $"<p>{p}</p>"))}</div></article></body></html>
            """;
        Assert.StartsWith(standfirst, Extract(html).Text);
    }

    [Theory]
    [InlineData("o-section o-section--has-ads")]
    [InlineData("non-paywall")]
    public void A_furniture_word_after_has_or_non_is_a_state(string classes)
    {
        var html = $"""<html><body><section class="{classes}"><h1>Water law passed</h1>{Body}</section><div class="ad-slot">Advertisement</div></body></html>""";
        Assert.Contains(Prose[2], Extract(html).Text);
    }

    [Fact]
    public void A_line_that_is_only_a_date_is_left_out()
    {
        var html = $"""<html><body><article><h1>Water law passed</h1><div class="article-body"><p>24. März 2024, 19:49</p>{string.Concat(Prose.Select(p => $"<p>{p}</p>"))}</div></article></body></html>""";
        Assert.Equal(string.Join('\n', Prose), Extract(html).Text);
    }
    [Theory]
    [InlineData("Foto: dpa / Peter Müller")]
    [InlineData("Abbildung 4: Querschnitt der Schneedecke mit der schwachen Schicht.")]
    [InlineData("Titelbild: Geyres Christophe/ABACA")]
    [InlineData("Photo: Reuters")]
    [InlineData("Image credit: www.example.org")]
    [InlineData("Źródło: PAP")]
    [InlineData("Crédit : AFP")]
    [InlineData("© Shutterstock")]
    public void A_caption_or_credit_line_is_left_out(string caption)
    {
        var html = $"""<html><body><article><h1>Water law passed</h1><div class="article-body"><p>{Prose[0]}</p><p>{caption}</p>{string.Concat(Prose.Skip(1).Select(p => $"<p>{p}</p>"))}</div></article></body></html>""";
        Assert.Equal(string.Join('\n', Prose), Extract(html).Text);
    }

    [Fact]
    public void A_long_paragraph_after_a_label_is_kept()
    {
        var paragraph = "Source: " + string.Join(' ', Prose);
        var html = $"""<html><body><article><h1>Water law passed</h1><div class="article-body"><p>{Prose[0]}</p><p>{paragraph}</p></div></article></body></html>""";
        Assert.Contains(paragraph, Extract(html).Text);
    }

    [Theory]
    [InlineData("Subscribe now to our weekly newsletter for the full story.")]
    [InlineData("Follow us on Twitter and Facebook.")]
    [InlineData("Folgen Sie uns auf Instagram!")]
    [InlineData("Dann abonnieren Sie unseren Newsletter!")]
    [InlineData("Jede kleine Spende hilft")]
    [InlineData("Suivez-nous sur les réseaux sociaux.")]
    [InlineData("Síguenos en Facebook y Twitter.")]
    [InlineData("Artikel teilen")]
    public void A_call_to_action_at_the_end_is_left_out(string appeal)
    {
        var html = $"""<html><body><article><h1>Water law passed</h1><div class="article-body">{string.Concat(Prose.Select(p => $"<p>{p}</p>"))}<p>{appeal}</p></div></article></body></html>""";
        Assert.Equal(string.Join('\n', Prose), Extract(html).Text);
    }

    [Theory]
    [InlineData("Follow-up talks with the farmers' union and its subscribers are planned for June.")]
    [InlineData("Follow us on Twitter and Facebook.")]
    public void A_call_to_action_in_the_middle_of_the_story_stays(string line)
    {
        // Four paragraphs of the story follow it, so it is not among the last lines.
        var html = $"""<html><body><article><h1>Water law passed</h1><div class="article-body"><p>{line}</p>{string.Concat(Prose.Select(p => $"<p>{p}</p>"))}</div></article></body></html>""";
        Assert.Contains(line, Extract(html).Text);
    }

    [Fact]
    public void A_last_line_about_subscribers_or_a_follow_up_stays()
    {
        var last = "Subscribers to the water board will receive a follow-up letter explaining the fee next month.";
        var html = $"""<html><body><article><h1>Water law passed</h1><div class="article-body">{string.Concat(Prose.Select(p => $"<p>{p}</p>"))}<p>{last}</p></div></article></body></html>""";
        Assert.EndsWith(last, Extract(html).Text);
    }
}
