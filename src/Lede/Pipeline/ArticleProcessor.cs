using Lede.Copies;
using Lede.Dates;
using Lede.Extraction;
using Lede.Sources;
using Lede.Stories;
using Lede.Text;

namespace Lede.Pipeline;

/// <summary>The per-article stages, which need no knowledge of other articles: decode, extract, hash, date.</summary>
public sealed class ArticleProcessor(ArticleExtractor extractor, PageMetadataExtractor metadataExtractor, TextCleaner cleaner, EventDater eventDater)
{
    public static IReadOnlyDictionary<string, string> StageVersions { get; } = new SortedDictionary<string, string>
    {
        ["extraction"] = ArticleExtractor.Version,
        ["text"] = ContentHash.Version,
        ["metadata"] = PageMetadataExtractor.Version,
        ["textclean"] = TextCleaner.Version,
        ["dates"] = TemporalTagger.Version,
        ["copies"] = CopyIndex.Version,
        ["stories"] = StoryGrouper.Version,
    };

    public ArticleProcessor() : this(new ArticleExtractor(), new PageMetadataExtractor(), TextCleaner.Default, new EventDater()) { }

    /// <exception cref="InvalidDataException">The item cannot be read as an article; the message says why.</exception>
    public ProcessedArticle Process(RawItem raw)
    {
        var decoded = RawDecoder.Decode(raw);
        var input = decoded.Metadata;
        return decoded.IsHtml ? FromHtml(raw, decoded.Content, input) : FromText(raw, decoded.Content, input);
    }

    private ProcessedArticle FromHtml(RawItem raw, string html, InputMetadata input)
    {
        // One parse serves both readers of the page: parsing is most of the cost of extraction.
        using var document = extractor.Parse(html);
        var extracted = extractor.FromDocument(document);
        var page = metadataExtractor.Extract(document, input.Url);
        // What the input states wins over what the page says of itself: a feed or JSON line is curated.
        var metadata = input with
        {
            Url = input.Url ?? page.CanonicalUrl,
            Site = input.Site ?? page.SiteName,
            Title = input.Title ?? page.Title ?? extracted.Title,
        };
        var text = TextOrTitle(extracted.Text, metadata.Title);
        var published = PublishedDateParser.Parse(input.Published, "input")
                        ?? (page.Published is { } p ? new PublishedDate(new DateTimeOffset(p.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false, "page " + p.Source) : null);
        return Finish(raw, WithSite(metadata), text, published) with
        {
            Language = page.Language ?? LanguageIdentifier.Identify(text),
            Attribution = new Attribution(page.Authors, null, null, null),
            Modified = page.Modified,
            PageKind = new PageKind(extracted.IsArticle, extracted.ArticleConfidence, extracted.PageKindReason),
        };
    }

    private ProcessedArticle FromText(RawItem raw, string content, InputMetadata input)
    {
        var cleaned = cleaner.Read(content);
        var metadata = input with { Title = input.Title ?? cleaned.Title };
        var text = TextOrTitle(cleaned.Text, metadata.Title);
        var m = cleaned.Metadata;
        // Without a stated date, the day a CMS stamped in the URL, else the date the byline block prints.
        var published = PublishedDateParser.Parse(input.Published, "input")
                        ?? (PageDateFinder.DayInUrl(input.Url) is { } urlDay ? Day(urlDay, "url") : null)
                        ?? (m.ArticleDate is { } day ? Day(day, "text dateline") : null);
        return Finish(raw, WithSite(metadata), text, published) with
        {
            Language = LanguageIdentifier.Identify(text),
            Attribution = new Attribution(m.Byline is null ? [] : [m.Byline], m.DatelinePlace, m.WireAgency, m.OriginalSource),
            PageDate = m.PageDate,
        };
    }

    private static PublishedDate Day(DateOnly day, string source) =>
        new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), false, source);

    private ProcessedArticle Finish(RawItem raw, InputMetadata metadata, string text, PublishedDate? published) =>
        new(raw, metadata, metadata.Title, text, ContentHash.Of(text), published, StageVersions)
        {
            EventDate = eventDater.Date(text, published is null ? null : DateOnly.FromDateTime(published.Value.Date)),
        };

    /// <summary>A title with no text is still an article (a wire flash, a feed entry): its title is its text.</summary>
    private static string TextOrTitle(string text, string? title) =>
        !string.IsNullOrWhiteSpace(text) ? text
        : !string.IsNullOrWhiteSpace(title) ? title
        : throw new InvalidDataException("no article text found");

    /// <summary>Without a site name, the URL's host names the site.</summary>
    private static InputMetadata WithSite(InputMetadata metadata) =>
        metadata.Site is null && Uri.TryCreate(metadata.Url, UriKind.Absolute, out var url) && url.Host.Length > 0
            ? metadata with { Site = url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host }
            : metadata;
}
