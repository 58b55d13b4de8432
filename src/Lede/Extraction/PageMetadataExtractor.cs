using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lede.Sources;

namespace Lede.Extraction;

/// <summary>
/// Title, authors, site name, canonical URL, language and dates that a page states about itself, from its
/// markup first (Open Graph, JSON-LD, meta, microdata) and its text only where the markup is silent.
/// </summary>
public sealed partial class PageMetadataExtractor(MetadataOptions options)
{
    public const string Version = "metadata/2";

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ", ": "];

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public PageMetadataExtractor() : this(MetadataOptions.Default) { }

    /// <summary>For callers holding only the HTML string.</summary>
    public PageMetadata FromHtml(string html, string? url = null)
    {
        using var document = _parser.ParseDocument(html);
        return Extract(document, url);
    }

    /// <param name="document">An already parsed page; it is read, never changed.</param>
    /// <param name="url">The address the page was fetched from, when known; it may carry the date.</param>
    public PageMetadata Extract(IDocument document, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var page = new PageIndex(document);
        var jsonLd = page.JsonLdObjects().ToList();
        var siteName = SiteName(page, jsonLd, url);
        var canonical = CanonicalOf(page, url);
        var language = LanguageOf(page);
        var (published, modified) = new PageDateFinder(options, page).Find(url ?? canonical, language);
        return new PageMetadata(
            Title(page, siteName, canonical ?? url),
            Authors(page, jsonLd),
            siteName,
            canonical,
            language,
            published,
            modified);
    }

    private static string? Meta(PageIndex page, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
            if (page.Meta(key) is { } value) return DateText.Collapse(value);
        return null;
    }

    /// <summary>The page's headline, without the " | Site" or " - site.com" that templates glue to it.</summary>
    private static string? Title(PageIndex page, string? siteName, string? url)
    {
        var document = page.Document;
        var raw = Meta(page, "og:title", "twitter:title")
            ?? (string.IsNullOrWhiteSpace(document.Title) ? null : DateText.Collapse(document.Title))
            ?? (page.Headline?.TextContent is { } h1 && !string.IsNullOrWhiteSpace(h1) ? DateText.Collapse(h1) : null);
        return raw is null ? null : StripSiteName(raw, siteName, HostOf(url));
    }

    /// <summary>Removes a site-name suffix (or prefix) when it matches the site name or the host.</summary>
    internal static string StripSiteName(string title, string? siteName, string? host)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsSiteName(title[(at + separator.Length)..], siteName, host))
                return title[..at].TrimEnd();
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && first + separator.Length < title.Length && IsSiteName(title[..first], siteName, host))
                return title[(first + separator.Length)..].TrimStart();
        }
        return title;
    }

    private static bool IsSiteName(string part, string? siteName, string? host)
    {
        var key = LettersAndDigits(part);
        if (key.Length == 0) return false;
        if (siteName is not null && LettersAndDigits(siteName) is { Length: > 0 } site && (key == site || key == LettersAndDigits(StripTld(siteName))))
            return true;
        if (host is null) return false;
        var hostKey = LettersAndDigits(host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host);
        var label = LettersAndDigits(HostLabel(host));
        return key == hostKey || key == label || (label.Length >= 4 && key.StartsWith(label, StringComparison.Ordinal) && key.Length <= label.Length + 6);
    }

    private static string StripTld(string name) => DomainSuffix().Replace(name, "");

    [GeneratedRegex(@"\.(com|net|org|de|at|ch|fr|es|it|co\.uk|uk|io|info|eu)$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainSuffix();

    /// <summary>"www.spiegel.de" gives "spiegel": the label a site's name is usually built on.</summary>
    private static string HostLabel(string host)
    {
        var labels = host.Split('.');
        return labels.Length >= 2 ? labels[^2] is { Length: <= 3 } second && labels.Length >= 3 && labels[^1].Length == 2 ? labels[^3] : labels[^2] : host;
    }

    private static string LettersAndDigits(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        return builder.ToString();
    }

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;

    private static string? SiteName(PageIndex page, List<JsonElement> jsonLd, string? url)
    {
        if (Meta(page, "og:site_name", "application-name", "twitter:site:name") is { } meta) return meta;
        foreach (var node in jsonLd)
            if (node.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(name.GetString()))
                return DateText.Collapse(name.GetString()!);
        var host = HostOf(url ?? page.CanonicalLink);
        return host is null ? null : host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static string? CanonicalOf(PageIndex page, string? url)
    {
        var declared = page.CanonicalLink ?? Meta(page, "og:url");
        if (!string.IsNullOrWhiteSpace(declared))
        {
            // A relative canonical is resolved against the fetch address; without one it cannot be used.
            if (Uri.TryCreate(declared.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
                return CanonicalUrl.Normalise(absolute.ToString());
            if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, declared.Trim(), out var resolved))
                return CanonicalUrl.Normalise(resolved.ToString());
        }
        return url is null ? null : CanonicalUrl.Normalise(url);
    }

    private static IReadOnlyList<string> Authors(PageIndex page, List<JsonElement> jsonLd)
    {
        var found = new List<string>();
        void Add(string? raw)
        {
            if (string.IsNullOrWhiteSpace(raw)) return;
            foreach (var part in AuthorSplit().Split(DateText.Collapse(raw)))
            {
                var name = AuthorPrefix().Replace(part, "").Trim(' ', ',', ';', '|');
                // URLs (article:author often holds a profile link) and handles are not names.
                if (name.Length is < 2 or > 80 || name.Contains("://", StringComparison.Ordinal) || name.StartsWith('@')) continue;
                if (!found.Contains(name, StringComparer.OrdinalIgnoreCase)) found.Add(name);
            }
        }
        foreach (var node in jsonLd)
            if (node.TryGetProperty("author", out var author))
                foreach (var name in NamesOf(author)) Add(name);
        if (found.Count == 0)
        {
            Add(Meta(page, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"));
            foreach (var element in page.Itemprops.Where(IsAuthorProp).Take(5))
                Add(element.QuerySelector("[itemprop~='name' i]")?.TextContent ?? element.GetAttribute("content") ?? element.TextContent);
        }
        if (found.Count == 0)
            foreach (var link in page.AuthorLinks) Add(link.TextContent);
        return found;
    }

    private static bool IsAuthorProp(IElement element) =>
        (element.GetAttribute("itemprop") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("author", StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> NamesOf(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => [author.GetString()!],
        JsonValueKind.Array => author.EnumerateArray().SelectMany(NamesOf),
        JsonValueKind.Object when author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => [name.GetString()!],
        _ => [],
    };

    [GeneratedRegex(@"\s+(?:and|und|et|y|e|&)\s+|;|\s+\|\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorSplit();

    [GeneratedRegex(@"^(?:by|von|par|por|di|door)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorPrefix();

    /// <summary>
    /// The declared language unless enough text clearly contradicts it (templates ship lang="en-US" on pages in
    /// any language), else the detected one; a declared language the detector does not know is kept.
    /// </summary>
    private string? LanguageOf(PageIndex page)
    {
        var declared = LanguageCode(page.Document.DocumentElement.GetAttribute("lang"))
            ?? LanguageCode(Meta(page, "og:locale"))
            ?? LanguageCode(page.Metas.FirstOrDefault(m => m.Key == "content-language").Content)
            ?? LanguageCode(Meta(page, "language", "dc.language"));
        if (declared is not null && !LanguageIdentifier.Supported.Contains(declared)) return declared;
        return LanguageIdentifier.Resolve(declared, SampleText(page), options.LanguageRules) ?? declared;
    }

    private static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var primary = value.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>Paragraph text first: navigation and cookie banners are often in another language than the story.</summary>
    private string SampleText(PageIndex page)
    {
        var builder = new StringBuilder();
        foreach (var p in page.Paragraphs)
        {
            // Only the first LanguageSampleChars of the sample are read (LanguageRules.SampleChars).
            builder.Append(PageDateFinder.HeadText(p, options.LanguageSampleChars - builder.Length)).Append(' ');
            if (builder.Length >= options.LanguageSampleChars) break;
        }
        if (builder.Length < options.LanguageSampleChars / 4)
            builder.Append(' ').Append(Meta(page, "og:description", "description")).Append(' ').Append(page.Document.Title);
        return builder.ToString();
    }
}
