using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Evaluation.PubDate;

/// <summary>Tuned constants of the baseline.</summary>
public sealed record PubDateBaselineOptions(
    // htmldate's own lower bound: earlier dates on web pages are almost always noise.
    int MinYear = 1995,
    // Dates after "now" plus this slack are rejected as typos or event dates.
    int MaxDaysAfterToday = 1)
{
    public static PubDateBaselineOptions Default { get; } = new();
}

/// <summary>
/// The simplest honest publication-date baseline, until the extraction stage reads dates itself: the date a
/// page states in its markup — published-time meta tags, JSON-LD datePublished, itemprop=datePublished,
/// then the first &lt;time datetime&gt;. No text heuristics, no URL patterns, no "updated" dates.
/// </summary>
public sealed partial class MetaPublishedDateBaseline(PubDateBaselineOptions options)
{
    public const string Description = "baseline: meta/JSON-LD/time published date";

    // Lower-cased names of meta name/property/itemprop values that state the original publication date.
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article.published",
        "datepublished", "date_published", "publishdate", "publish-date", "publish_date", "pubdate",
        "publication_date", "publicationdate", "published-date", "published_time", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
        "dcterms.date", "citation_publication_date", "citation_date", "originalpublicationdate",
        "rnews:datepublished", "date",
    ];

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public MetaPublishedDateBaseline() : this(PubDateBaselineOptions.Default) { }

    /// <summary>The publication day as "YYYY-MM-DD", or null when the markup states none.</summary>
    public string? Find(string html)
    {
        using var document = _parser.ParseDocument(html);
        return FromMeta(document) ?? FromJsonLd(document) ?? FromItemprop(document) ?? FromTimeElement(document);
    }

    private string? FromMeta(IDocument document)
    {
        var metas = document.QuerySelectorAll("meta[content]");
        // Name order is the preference order, so scan by name rather than by document position.
        foreach (var name in PublishedMetaNames)
            foreach (var meta in metas)
                if (MetaKeyIs(meta, name) && ParseDay(meta.GetAttribute("content")) is { } day)
                    return day;
        return null;
    }

    private static bool MetaKeyIs(IElement meta, string name) =>
        string.Equals(meta.GetAttribute("property")?.Trim(), name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(meta.GetAttribute("name")?.Trim(), name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(meta.GetAttribute("itemprop")?.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private string? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (!(script.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var text = script.TextContent;
            var value = DatePublishedInJson(text);
            // Hand-written JSON-LD is often not valid JSON (raw newlines, trailing junk): fall back to a pattern.
            value ??= DatePublishedPattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
            if (ParseDay(value) is { } day) return day;
        }
        return null;
    }

    /// <summary>Breadth-first, so the page's own datePublished wins over one nested in a comment or list item.</summary>
    private static string? DatePublishedInJson(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions
            {
                AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip,
            });
            var queue = new Queue<JsonElement>();
            queue.Enqueue(doc.RootElement);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                if (node.ValueKind == JsonValueKind.Array)
                    foreach (var item in node.EnumerateArray()) queue.Enqueue(item);
                else if (node.ValueKind == JsonValueKind.Object)
                    foreach (var property in node.EnumerateObject())
                    {
                        if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String)
                            return property.Value.GetString();
                        queue.Enqueue(property.Value);
                    }
            }
            return null;
        }
        catch (JsonException) { return null; }
    }

    private string? FromItemprop(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("[itemprop]"))
        {
            if (!string.Equals(element.GetAttribute("itemprop")?.Trim(), "datePublished", StringComparison.OrdinalIgnoreCase))
                continue;
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime")
                ?? element.GetAttribute("title") ?? element.TextContent;
            if (ParseDay(value) is { } day) return day;
        }
        return null;
    }

    private string? FromTimeElement(IDocument document)
    {
        var times = document.QuerySelectorAll("time[datetime]");
        // A <time> marked as the publication date beats the first one on the page (often a sidebar or comment).
        var marked = times.FirstOrDefault(t => t.HasAttribute("pubdate")
            || (t.ClassName ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase));
        foreach (var time in marked is null ? times : times.Prepend(marked))
            if (ParseDay(time.GetAttribute("datetime")) is { } day) return day;
        return null;
    }

    /// <summary>
    /// The calendar day as written (an ISO timestamp's own date, not converted to UTC), if plausible.
    /// </summary>
    internal string? ParseDay(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        DateOnly? day = null;
        if (IsoDayPattern().Match(s) is { Success: true } iso)
            day = MakeDay(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        // A four-digit year is required: the parser happily turns "10:52" into today.
        else if (YearPattern().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp))
            day = DateOnly.FromDateTime(stamp.DateTime);
        if (day is not { } d) return null;
        var latest = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(options.MaxDaysAfterToday);
        return d.Year >= options.MinYear && d <= latest ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static DateOnly? MakeDay(string year, string month, string day)
    {
        var (y, m, d) = (int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture),
            int.Parse(day, CultureInfo.InvariantCulture));
        return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")]
    private static partial Regex IsoDayPattern();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex DatePublishedPattern();
}
