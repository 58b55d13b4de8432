using Lede.Extraction;

namespace Lede.Tests.Extraction;

/// <summary>Each kind of clutter on small invented pages, the metadata, and clean text passing through.</summary>
public sealed class TextCleanerTests
{
    private const string Title = "Harbour town opens its new lifeboat station";
    private const string Lead = "The new lifeboat station in Westport opened on Tuesday, replacing a shed that had served the crew for ninety years.";
    private const string Middle = "The crew of twelve volunteers answered 64 calls last year, most of them to sailing boats caught by the autumn storms.";
    private const string End = "The old shed will become a small museum about the harbour, the town council said.";

    private static readonly TextCleaner Cleaner = TextCleaner.Default;

    /// <summary>An article with the given lines put in after the title, after the lead and after the end.</summary>
    private static string Page(string[]? head = null, string[]? middle = null, string[]? tail = null) =>
        string.Join('\n', new[] { Title }.Concat(head ?? []).Append(Lead).Concat(middle ?? []).Append(Middle).Append(End).Concat(tail ?? []));

    private static string Article => string.Join('\n', Title, Lead, Middle, End);

    [Fact]
    public void Clean_article_passes_through_unchanged()
    {
        var result = Cleaner.Read(Article);
        Assert.Equal(Article, result.Text);
        Assert.Equal(Title, result.Title);
        Assert.Empty(result.Dropped);
        Assert.Equal(TextMetadata.None, result.Metadata);
    }

    [Fact]
    public void Whitespace_and_blank_lines_are_normalised_only()
    {
        var messy = $"  {Title}\r\n\r\n{Lead.Replace(" ", "   ")}\n\n\t{Middle}\u200B\n{End}  \n";
        Assert.Equal(Article, Cleaner.Clean(messy));
    }

    [Theory]
    [InlineData("fbpx")]
    [InlineData("spot_img")]
    [InlineData("adsbygoogle")]
    [InlineData("More")]
    [InlineData("Must Read")]
    [InlineData("Comments")]
    [InlineData("Facebook Comments")]
    [InlineData("Follow us")]
    [InlineData("Share this article")]
    [InlineData("Advertisement")]
    [InlineData("- Advertisement -")]
    [InlineData("- Advertisement -spot_img")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Anzeige")]
    [InlineData("Publicité")]
    [InlineData("Also Read: Council approves record budget")]
    [InlineData("READ MORE: Storm closes the ferry for a week")]
    [InlineData("Lire aussi : Le port ferme pour l'hiver")]
    [InlineData("Sign up for the Westport Weekly Newsletter")]
    [InlineData("Sign up for our daily newsletter and never miss a story.")]
    [InlineData("Subscribe to our newsletter to get the latest headlines in your inbox.")]
    [InlineData("Follow us on Twitter and Facebook for more local news")]
    [InlineData("Monday, March 4, 2024")]
    [InlineData("4 March 2024")]
    [InlineData("Published: 2024-03-04 10:15 GMT")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("5 min read")]
    [InlineData("33.1 C")]
    [InlineData("London 12°C")]
    [InlineData("APTOPIX Britain Lifeboats")]
    [InlineData("Photo: John Smith/Westport Post")]
    [InlineData("By Westport Post")]
    [InlineData("By Jane Doe and John Roe, Associated Press")]
    [InlineData("Home › News › Local")]
    public void Clutter_line_goes_wherever_it_sits(string clutter)
    {
        foreach (var page in new[] { Page(head: [clutter]), Page(middle: [clutter]), Page(tail: [clutter]) })
            Assert.Equal(Article, Cleaner.Clean(page));
    }

    [Theory]
    [InlineData("This article does not provide any financial advice and is not a recommendation to deal in any securities or product. Past performance is not an indicator of future performance.")]
    [InlineData("Originally published by Reuters, the Westport Post is not responsible for the content or accuracy of this article.")]
    [InlineData("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("The views and opinions expressed in this article are those of the author and do not necessarily reflect the site's.")]
    [InlineData("We use cookies to give you the best experience on our website.")]
    public void Disclaimers_go(string disclaimer)
    {
        Assert.Equal(Article, Cleaner.Clean(Page(tail: [disclaimer])));
        Assert.Equal(Article, Cleaner.Clean(Page(middle: [disclaimer])));
    }

    [Fact]
    public void A_disclaimer_block_after_the_article_takes_the_rest_of_the_page()
    {
        var page = Page(tail: ["This article is for informational purposes only and does not constitute financial advice.",
            "Investments may fall in value and you may lose some or all of what you invested in them."]);
        Assert.Equal(Article, Cleaner.Clean(page));
    }

    [Fact]
    public void Teaser_block_after_the_article_goes_with_its_label()
    {
        var page = Page(tail:
        [
            "Latest News",
            "Court Charges Former Minister With Fraud; Seat Suspended",
            "On Sunday, the district court registered a case against the former minister on charges of fraud,...",
            "More Articles",
        ]);
        Assert.Equal(Article, Cleaner.Clean(page));
    }

    [Fact]
    public void Run_of_headlines_after_the_article_goes_without_a_label()
    {
        var page = Page(tail: ["Storm closes the ferry for a week", "Council approves a record budget for the harbour", "School wins the regional chess cup"]);
        Assert.Equal(Article, Cleaner.Clean(page));
    }

    [Fact]
    public void Author_box_goes_with_its_tagline_and_names_the_byline()
    {
        var page = Page(head: ["Harbour Desk", "Harbour Desk", "A local newsroom for the latest news, sport, weather and more.", "Follow us"]);
        var result = Cleaner.Read(page);
        Assert.Equal(Article, result.Text);
        Assert.Equal("Harbour Desk", result.Metadata.Byline);
    }

    [Fact]
    public void Short_article_lines_stay()
    {
        // A credit line after the end, a mid-article heading and a short sentence: all article.
        var lines = new[] { Title, Lead, "Not Everyone Is Pleased?", Middle, "The crew says it is ready.", End, "Jane Doe reported from Westport." };
        var text = string.Join('\n', lines);
        Assert.Equal(text, Cleaner.Clean(text));
    }

    [Fact]
    public void A_headline_between_paragraphs_stays()
    {
        var text = string.Join('\n', Title, Lead, "Storm season brings more calls", Middle, End);
        Assert.Equal(text, Cleaner.Clean(text));
    }

    [Fact]
    public void Widget_line_printed_three_times_goes_every_time()
    {
        var page = Page(head: ["Sponsored Links Here"], middle: ["Sponsored Links Here"], tail: ["Sponsored Links Here"]);
        Assert.Equal(Article, Cleaner.Clean(page));
    }

    [Theory]
    [InlineData("WESTPORT, Ireland (AP) — ", "WESTPORT, Ireland", "AP")]
    [InlineData("DUBLIN (Reuters) - ", "DUBLIN", "Reuters")]
    [InlineData("PARIS, March 3 (AFP) – ", "PARIS", "AFP")]
    [InlineData("WESTPORT (Harbour Wire) — ", "WESTPORT", "Harbour Wire")]
    [InlineData("NEW YORK — ", "NEW YORK", null)]
    public void Dateline_is_read_and_stays_in_the_text(string dateline, string place, string? agency)
    {
        var text = string.Join('\n', Title, dateline + Lead, Middle, End);
        var result = Cleaner.Read(text);
        Assert.Equal(text, result.Text);
        Assert.Equal(place, result.Metadata.DatelinePlace);
        Assert.Equal(agency, result.Metadata.WireAgency);
    }

    [Theory]
    [InlineData("By Jane Doe, Associated Press", "Jane Doe", null, "AP")]
    [InlineData("Originally published by Agence France-Presse, this site is not responsible for the content of this article.",
        null, "Agence France-Presse", "AFP")]
    public void Byline_and_credit_go_into_the_metadata_with_their_agency(string line, string? byline, string? source, string agency)
    {
        var result = Cleaner.Read(Page(head: [line]));
        Assert.Equal(Article, result.Text);
        Assert.Equal(new TextMetadata(byline, null, agency, source, null), result.Metadata);
    }

    [Fact]
    public void Page_date_is_shown_date_with_low_confidence_and_leaves_the_text()
    {
        var result = Cleaner.Read(Page(head: ["Friday, September 29, 2023"]));
        Assert.Equal(Article, result.Text);
        Assert.Equal(new ShownDate(new DateOnly(2023, 9, 29), "Friday, September 29, 2023", DateConfidence.Low), result.Metadata.PageDate);
    }

    [Theory]
    [InlineData("3/4/2023")]
    [InlineData("Chapter 3, 2023")]
    public void Ambiguous_or_false_dates_give_no_page_date(string line)
    {
        Assert.Null(Cleaner.Read(Page(head: [line])).Metadata.PageDate);
    }

    [Theory]
    [InlineData("By contrast, the old station had no slipway.")]
    [InlineData("Heat the oven to 180 °C")]
    [InlineData("More than 2,000 people came to the opening.")]
    [InlineData("Follow the money, the auditor said.")]
    public void Sentences_that_look_like_clutter_stay(string line)
    {
        var text = string.Join('\n', Title, Lead, line, Middle, End);
        Assert.Equal(text, Cleaner.Clean(text));
    }

    [Fact]
    public void Text_without_prose_is_left_to_the_line_rules()
    {
        // No sentence marks the body, so no head or tail rule applies: only the lines' own shapes count.
        var text = "Storm closes the ferry\nCouncil approves a budget\nAdvertisement";
        Assert.Equal("Storm closes the ferry\nCouncil approves a budget", Cleaner.Clean(text));
    }

    [Fact]
    public void Empty_text_stays_empty()
    {
        var result = Cleaner.Read(" \n\r\n ");
        Assert.Equal("", result.Text);
        Assert.Null(result.Title);
    }
    [Theory]
    [InlineData("May 03, 2013", 2013, 5, 3)]
    [InlineData("PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM", 2013, 5, 2)]
    [InlineData("Updated: July 7, 2012, 10: 04 PM ET", 2012, 7, 7)]
    [InlineData("18 September 2013 Last updated at 13: 59 GMT", 2013, 9, 18)]
    [InlineData("Posted: Jul 07, 2012 7: 40 PM ET", 2012, 7, 7)]
    [InlineData("PUBLISHED: 22: 07 GMT, 7 July 2012", 2012, 7, 7)]
    public void A_date_between_headline_and_body_is_the_articles_date(string line, int year, int month, int day)
    {
        var result = Cleaner.Read(Page(head: [line]));
        Assert.Equal(new DateOnly(year, month, day), result.Metadata.ArticleDate);
    }

    [Fact]
    public void A_date_above_the_headline_is_the_pages_not_the_articles()
    {
        var result = Cleaner.Read("Friday, September 29, 2023\n" + Article);
        Assert.Null(result.Metadata.ArticleDate);
        Assert.Equal(new DateOnly(2023, 9, 29), result.Metadata.PageDate?.Date);
    }

    [Fact]
    public void A_numeric_date_is_not_read_as_the_articles_date()
    {
        Assert.Null(Cleaner.Read(Page(head: ["3/4/2013"])).Metadata.ArticleDate);
    }
}
