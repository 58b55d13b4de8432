using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Lede.Extraction;

/// <summary>
/// Publication and modification dates of a page, tried from the most to the least explicit statement:
/// markup made for machines (meta, JSON-LD, itemprop, &lt;time&gt;), the URL, date-classed elements and
/// labelled datelines near the headline, and only then free text. The first source that yields a plausible
/// day wins, so a page that states its publication date is never overruled by a date its prose mentions.
/// </summary>
internal sealed partial class PageDateFinder(MetadataOptions options, PageIndex page)
{
    // Meta keys (property, name, itemprop or http-equiv, lower-cased) stating first publication. Earlier
    // groups are more specific; generic keys such as "date" are sometimes set to the last edit.
    private static readonly string[][] PublishedMetaKeys =
    [
        [
            "article:published_time", "og:article:published_time", "og:published_time", "article:published",
            "article.published", "article:publicationdate", "datepublished", "date_published", "publishdate",
            "publish-date", "publish_date", "published_time", "published-date", "publication_date",
            "publicationdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
            "dc.date.publication", "citation_publication_date", "originalpublicationdate", "rnews:datepublished",
            "article_date_original", "bt:pubdate", "cxenseparse:recs:publishtime", "shareaholic:article_published_time",
            "pubdate", "dateposted", "date.available", "og:pubdate", "pub_date", "article.created",
            "article:created_time", "datecreated", "dc.date.created", "dcterms.created", "dc:created", "dc.created",
        ],
        ["dc.date", "dcterms.date", "dc:date", "citation_date", "date", "created", "gentime", "timestamp", "publish-time"],
    ];

    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "date_modified",
        "modified_time", "updated_time", "dc.modified", "dcterms.modified", "dc.date.modified", "last-modified",
        "lastmodified", "revised", "article:modified", "parsely-updated", "dateupdated", "last-updated",
    ];

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle",
        "Report", "SocialMediaPosting", "DiscussionForumPosting", "Review", "VideoObject", "Recipe", "PressRelease",
        "Blog", "Posting", "MedicalWebPage", "AdvertiserContentArticle", "SatiricalArticle",
    };

    private readonly DateOnly _earliest = options.EarliestDate;
    private readonly DateOnly _latest = options.Latest;

    public (DateFinding? Published, DateFinding? Modified) Find(string? url, string? language)
    {
        var order = language is "en" ? DateText.NumericOrder.MonthFirst : DateText.NumericOrder.DayFirst;
        url ??= page.CanonicalLink ?? page.Meta("og:url");
        var modified = ModifiedFromMarkup();
        var visible = new Lazy<DateFinding?>(() => VisibleDateline(order));
        var published = FromMeta(0)
            ?? FromJsonLd("datePublished", "json-ld:datePublished")
            ?? FromUrl(url, "url")
            ?? FromItemprop()
            ?? FromTimeElements(order)
            ?? WeakMeta(new Lazy<DateFinding?>(() => visible.Value ?? FromDateElements(order, peripheral: true)))
            ?? FromJsonLd("dateCreated", "json-ld:dateCreated")
            ?? FromScriptPattern()
            ?? FromDateElements(order, peripheral: false)
            ?? FromLabelledText(order)
            ?? FromHeadline(order)
            ?? FromDateElements(order, peripheral: true)
            ?? FromPartialUrl(url)
            ?? FromMarkupTimestamp()
            ?? FromFreeText(order)
            ?? (modified is { } m ? m with { Source = "modified:" + m.Source, Confidence = m.Confidence * 0.5 } : null);
        if (published is { } p && IsMarkup(p))
            published = ShownDay(p, modified, url, visible) ?? p;
        return (published, modified);
    }

    /// <summary>
    /// Generic keys ("date", "dc.date") are as often the last edit or the day the page was generated as the day
    /// of publication; where the page also shows a dateline, the day readers see is the better statement, even
    /// one outside the main content, whereas a specific key yields only to the main dateline (see ShownDay).
    /// </summary>
    private DateFinding? WeakMeta(Lazy<DateFinding?> visible) =>
        FromMeta(1) is { } meta && visible.Value is { } shown && shown.Date != meta.Date
            ? shown with { Source = "visible-over-" + meta.Source }
            : FromMeta(1);

    private static bool IsMarkup(DateFinding f) =>
        f.Source.StartsWith("meta:", StringComparison.Ordinal) || f.Source.StartsWith("json-ld:", StringComparison.Ordinal)
        || f.Source.StartsWith("itemprop:", StringComparison.Ordinal);

    /// <summary>
    /// Markup states instants, readers see days. A UTC stamp near midnight is moved to the neighbouring day
    /// when the URL or the visible dateline says that day; and a page whose visible dateline is its
    /// modification day, not its first publication day, presents itself as of that day (a republished story).
    /// </summary>
    private DateFinding? ShownDay(DateFinding markup, DateFinding? modified, string? url, Lazy<DateFinding?> visible)
    {
        if (markup.ZoneShift != 0)
        {
            foreach (var local in new[] { FromUrl(url, "url"), visible.Value })
                if (local is { } l && l.Date.DayNumber - markup.Date.DayNumber == markup.ZoneShift)
                    return markup with { Date = l.Date, Source = markup.Source + "+" + l.Source, ZoneShift = 0 };
        }
        if (modified is { } m && m.Date != markup.Date && visible.Value is { } v && v.Date == m.Date)
            return v with { Source = "visible-modified:" + v.Source };
        return null;
    }

    /// <summary>The day shown to readers next to the headline or byline, from the page's visible text.</summary>
    private DateFinding? VisibleDateline(DateText.NumericOrder order) =>
        FromTimeElements(order) ?? FromDateElements(order, peripheral: false) ?? FromHeadline(order);

    private DateFinding? Finding(DateOnly? day, string source, double confidence) =>
        day is { } d ? new DateFinding(d, source, confidence) : null;

    private DateOnly? Machine(string? value) => DateText.FromMachineValue(value, _earliest, _latest);

    /// <summary>Meta keys of one rank of <see cref="PublishedMetaKeys"/>, in document order.</summary>
    private DateFinding? FromMeta(int rank)
    {
        foreach (var (key, content) in page.Metas)
            if (PublishedMetaKeys[rank].Contains(key) && Stamp(content, "meta:" + key, rank == 0 ? 0.95 : 0.7) is { } found)
                return found;
        return null;
    }

    private DateFinding? Stamp(string? value, string source, double confidence) =>
        Machine(value) is { } day
            ? new DateFinding(day, source, confidence) { ZoneShift = DateText.ZoneShift(value, options.ZoneAmbiguousHours) }
            : null;

    private DateFinding? ModifiedFromMarkup()
    {
        foreach (var (key, content) in page.Metas)
            if (ModifiedMetaKeys.Contains(key) && Machine(content) is { } day)
                return new DateFinding(day, "meta:" + key, 0.9);
        if (FromJsonLd("dateModified", "json-ld:dateModified") is { } json) return json;
        foreach (var element in page.Itemprops)
            if (string.Equals(element.GetAttribute("itemprop")?.Trim(), "dateModified", StringComparison.OrdinalIgnoreCase)
                && Machine(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent) is { } day)
                return new DateFinding(day, "itemprop:dateModified", 0.85);
        foreach (var time in page.Times)
            if (time.HasAttribute("datetime") && IsUpdateMarked(time) && Machine(time.GetAttribute("datetime")) is { } day)
                return new DateFinding(day, "time:updated", 0.75);
        return null;
    }

    private static bool IsUpdateMarked(IElement element) =>
        Matches(UpdateClass(), element.ClassName) || Matches(UpdateClass(), element.Id) || Matches(UpdateClass(), element.GetAttribute("itemprop"));

    [GeneratedRegex("updated|modified|update|aktualisiert|mise-a-jour|actualiza", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateClass();

    /// <summary>
    /// The article node's own property: top-level objects and @graph members of an article type first, then any
    /// node breadth-first, so a comment's or a related item's date does not pass for the page's.
    /// </summary>
    private DateFinding? FromJsonLd(string property, string source)
    {
        DateFinding? fallback = null;
        foreach (var (text, json) in page.JsonLd)
        {
            var (typed, any) = json is null ? (null, null) : JsonLdDates(json.RootElement, property);
            if (Stamp(typed, source, 0.93) is { } found) return found;
            fallback ??= Stamp(any, source, 0.85);
            // Hand-written JSON-LD is often not valid JSON (raw newlines, trailing junk): a pattern still reads it.
            if (any is null && typed is null)
                fallback ??= Stamp(LooseProperty(property).Match(text) is { Success: true } m ? m.Groups[1].Value : null, source, 0.85);
        }
        return fallback;
    }

    private static Regex LooseProperty(string property) => property switch
    {
        "datePublished" => LooseDatePublished(),
        "dateModified" => LooseDateModified(),
        _ => LooseDateCreated(),
    };

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex LooseDatePublished();

    [GeneratedRegex("\"dateModified\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex LooseDateModified();

    [GeneratedRegex("\"dateCreated\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex LooseDateCreated();

    private static (string? Typed, string? Any) JsonLdDates(JsonElement root, string property)
    {
        {
            string? typed = null, any = null;
            var queue = new Queue<JsonElement>();
            queue.Enqueue(root);
            while (queue.Count > 0 && typed is null)
            {
                var node = queue.Dequeue();
                if (node.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in node.EnumerateArray()) queue.Enqueue(item);
                    continue;
                }
                if (node.ValueKind != JsonValueKind.Object) continue;
                if (node.TryGetProperty(property, out var value) && StringOf(value) is { } s)
                {
                    if (IsArticleType(node)) typed = s;
                    else any ??= s;
                }
                foreach (var child in node.EnumerateObject())
                    if (child.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) queue.Enqueue(child.Value);
            }
            return (typed, any);
        }
    }

    private static string? StringOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => value.EnumerateArray().Select(StringOf).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type)) return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString() ?? ""),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString() ?? "")),
            _ => false,
        };
    }

    /// <summary>/2023/09/28/, /2023-09-28-, /20230928/ in the path: a CMS stamps the day it created the story.</summary>
    private DateFinding? FromUrl(string? url, string source)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var path = PathOf(url);
        foreach (Match m in UrlDate().Matches(path))
        {
            var day = Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            if (day is { } d && d >= _earliest && d <= _latest) return new DateFinding(d, source, 0.9);
        }
        return null;
    }

    /// <summary>A full date in a URL's path (/2023/09/28/), for inputs that carry a URL but no page to read.</summary>
    internal static DateOnly? DayInUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        foreach (Match m in UrlDate().Matches(PathOf(url)))
            if (Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) is { } d && d.Year >= 1990 && d <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
                return d;
        return null;
    }

    private DateFinding? FromPartialUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        if (PartialUrlDate().Match(PathOf(url)) is { Success: true } m && Make(m.Groups[1].Value, m.Groups[2].Value, "1") is { } d
            && d >= _earliest && d <= _latest)
            return new DateFinding(d, "url:month", 0.3);
        return null;
    }

    private static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath + uri.Query : url;

    private static DateOnly? Make(string y, string m, string d) =>
        int.TryParse(y, out var year) && int.TryParse(m, out var month) && int.TryParse(d, out var day)
        && month is >= 1 and <= 12 && year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})[/_-]?([01][0-9])[/_-]?([0-3][0-9])(?:[^0-9]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/((?:19|20)[0-9]{2})[/_-]([01]?[0-9])(?:/|$)")]
    private static partial Regex PartialUrlDate();

    private DateFinding? FromItemprop()
    {
        foreach (var element in page.Itemprops)
        {
            var prop = element.GetAttribute("itemprop")?.Trim();
            if (!string.Equals(prop, "datePublished", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(prop, "dateCreated", StringComparison.OrdinalIgnoreCase)) continue;
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime")
                ?? element.GetAttribute("title") ?? element.TextContent;
            if (Machine(value) is { } day) return new DateFinding(day, "itemprop:" + prop, 0.9);
        }
        return null;
    }

    /// <summary>
    /// A &lt;time&gt; marked as the publication date wins; otherwise the first one outside comments and
    /// sidebars that is not marked as an update.
    /// </summary>
    private DateFinding? FromTimeElements(DateText.NumericOrder order)
    {
        var times = page.Times;
        if (times.Count == 0 || times.Count > options.MaxDateElements) return null;
        foreach (var time in times)
            if ((time.HasAttribute("pubdate") || PublishClass().IsMatch(time.ClassName ?? ""))
                && !IsUpdateMarked(time) && !InPeripheral(time) && Machine(time.GetAttribute("datetime")) is { } day)
                return new DateFinding(day, "time:published", 0.85);
        foreach (var time in times)
        {
            if (IsUpdateMarked(time) || InPeripheral(time)) continue;
            var value = time.GetAttribute("datetime");
            var day = value is { Length: > 6 } ? Machine(value) : null;
            day ??= DateText.First(DateText.Collapse(time.TextContent), _earliest, _latest, order);
            if (day is { } d) return new DateFinding(d, "time", 0.75);
        }
        return null;
    }

    [GeneratedRegex("publish|entry-date|post-date|pubdate|article-date|created", RegexOptions.IgnoreCase)]
    private static partial Regex PublishClass();

    /// <summary>Comments, sidebars, related-story lists and footers carry other pages' or readers' dates.</summary>
    private bool InPeripheral(IElement element)
    {
        // Date elements share their ancestors, so each ancestor is judged once per page.
        if (_peripheral.TryGetValue(element, out var known)) return known;
        var result = element.LocalName is "aside" or "footer" or "nav" || Matches(PeripheralClass(), element.ClassName)
            || Matches(PeripheralClass(), element.Id) || (element.ParentElement is { } parent && InPeripheral(parent));
        _peripheral[element] = result;
        return result;
    }

    private readonly Dictionary<IElement, bool> _peripheral = new(ReferenceEqualityComparer.Instance);

    private static bool Matches(Regex regex, string? value) => !string.IsNullOrEmpty(value) && regex.IsMatch(value);

    [GeneratedRegex(@"comment|sidebar|related|widget|teaser|recommend|footer|popular|reply|respond|archive|most-read|trending", RegexOptions.IgnoreCase)]
    private static partial Regex PeripheralClass();

    /// <summary>Inline scripts that are not JSON-LD often still carry "datePublished":"…" for analytics.</summary>
    private DateFinding? FromScriptPattern()
    {
        foreach (var script in page.Scripts)
            if (ScriptPublished().Match(PageIndex.TextOf(script)) is { Success: true } m && Machine(m.Groups[1].Value) is { } day)
                return new DateFinding(day, "script:datePublished", 0.75);
        return null;
    }

    [GeneratedRegex(@"[""'](?:datePublished|publishDate|published_at|publishedDate|pubDate|publication_date|date_published|firstPublished)[""']\s*:\s*[""']([0-9]{4}-[0-9]{2}-[0-9]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPublished();

    /// <summary>
    /// Elements whose class or id says they hold a date or a byline, in document order; only the head of their
    /// text is read, and an element marked as an update yields to any other.
    /// </summary>
    private DateFinding? FromDateElements(DateText.NumericOrder order, bool peripheral)
    {
        // The chain and the visible dateline ask the same question up to three times per page; the answer is kept.
        var slot = peripheral ? 1 : 0;
        if (_dateElementFindings[slot] is { } known && known.Order == order) return known.Finding;
        var finding = DateElementFinding(order, peripheral);
        _dateElementFindings[slot] = (order, finding);
        return finding;
    }

    private readonly (DateText.NumericOrder Order, DateFinding? Finding)?[] _dateElementFindings = new (DateText.NumericOrder, DateFinding?)?[2];

    private DateFinding? DateElementFinding(DateText.NumericOrder order, bool peripheral)
    {
        var (elements, headline) = _dateElements ??= DateElements();
        if (elements.Count == 0 || elements.Count > options.MaxDateElements) return null;
        // The byline sits next to the headline; listing and sidebar dates are further away in document order,
        // and those before the headline (a "latest news" header) count as further than those after it.
        double Distance(int index) => headline < 0 ? index
            : index >= headline ? index - headline : (headline - index) * options.BeforeHeadlinePenalty;
        // Dates in comments, sidebars and links to other pages are read only when the page states none elsewhere.
        var ordered = peripheral
            ? elements.Where(e => InPeripheral(e.Element) || InLink(e.Element)).Select(e => e.Element)
            : elements.Where(e => !InPeripheral(e.Element) && !InLink(e.Element)).OrderBy(e => Distance(e.Index)).Select(e => e.Element);
        DateFinding? update = null;
        foreach (var element in ordered)
        {
            var text = HeadText(element, options.MaxDateElementText);
            var day = DateText.First(text, _earliest, _latest, order) ?? DateText.First(element.GetAttribute("title"), _earliest, _latest, order);
            if (day is not { } d) continue;
            var finding = new DateFinding(d, "element:" + element.LocalName, 0.7);
            if (!IsUpdateMarked(element) && !UpdateLabel().IsMatch(text)) return finding;
            update ??= finding;
        }
        return update;
    }

    private (List<(IElement Element, int Index)> Elements, int Headline)? _dateElements;

    private (List<(IElement Element, int Index)>, int) DateElements()
    {
        var all = page.BodyElements;
        var elements = new List<(IElement Element, int Index)>();
        var headline = -1;
        for (var i = 0; i < all.Count; i++)
        {
            if (headline < 0 && all[i].LocalName == "h1") headline = i;
            if (IsDateBearing(all[i])) elements.Add((all[i], i));
        }
        return (elements, headline);
    }

    /// <summary>
    /// The first <paramref name="max"/> characters of an element's text, whitespace collapsed, without reading the
    /// rest: a date-classed wrapper can hold the whole article.
    /// </summary>
    internal static string HeadText(IElement element, int max)
    {
        var builder = new System.Text.StringBuilder();
        var space = false;
        for (INode? node = element.FirstChild; node is not null && builder.Length < max; node = NextWithin(node, element))
        {
            if (node is not IText text) continue;
            foreach (var c in text.Data)
            {
                if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
                if (space) builder.Append(' ');
                space = false;
                builder.Append(c);
                if (builder.Length >= max) break;
            }
        }
        return builder.ToString();
    }

    private static INode? NextWithin(INode node, INode root)
    {
        if (node.FirstChild is { } child) return child;
        for (var n = node; n is not null && n != root; n = n.Parent)
            if (n.NextSibling is { } next) return next;
        return null;
    }

    /// <summary>A date on a link is the date of the page it links to.</summary>
    private static bool InLink(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.LocalName == "a" && e.HasAttribute("href")) return true;
        return false;
    }

    private static bool IsDateBearing(IElement element)
    {
        if (element.LocalName is "script" or "style" or "noscript" or "template") return false;
        return Matches(DateClass(), element.ClassName) || Matches(DateClass(), element.Id) || Matches(DateClass(), element.GetAttribute("itemprop"));
    }

    [GeneratedRegex(@"date|datum|time|meta|byline|subline|posted|submitted|publish|publication|parution|fecha|data|dateline|author|autor|info|post_detail|fa-clock|fa-calendar", RegexOptions.IgnoreCase)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"updated|aktualisiert|geändert|mis à jour|actualizado|last modified|zuletzt", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateLabel();

    /// <summary>"Published on …", "Veröffentlicht am …", "Publié le …", "Publicado el …", "Datum: …", "Stand: …".</summary>
    private DateFinding? FromLabelledText(DateText.NumericOrder order)
    {
        var text = page.BodyText;
        foreach (Match m in PublishedLabel().Matches(text))
        {
            var tail = text.Substring(m.Index + m.Length, Math.Min(options.MaxDateElementText, text.Length - m.Index - m.Length));
            if (DateText.FindAll(tail, _earliest, _latest, order) is [var first, ..] && first.Index < 25)
                return new DateFinding(first.Date, "text:labelled", 0.65);
        }
        return null;
    }

    [GeneratedRegex(@"(?:published|posted|written|veröffentlicht|erschienen|erstellt|publiziert|datum|stand|publié|posté|publicado|publicada|pubblicato|gepubliceerd|date)(?: on| am| le| el| il| op| at)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    /// <summary>The dateline is usually within a few lines after the headline.</summary>
    private DateFinding? FromHeadline(DateText.NumericOrder order)
    {
        if (page.Headline is not { } h1) return null;
        var texts = new List<string>();
        var walker = h1;
        var budget = 400;
        for (INode? node = h1; node is not null && budget > 0; node = NextInDocument(node))
        {
            if (node is IText t && !string.IsNullOrWhiteSpace(t.Data) && t.ParentElement?.LocalName is not ("script" or "style"))
            {
                var s = DateText.Collapse(t.Data);
                texts.Add(s);
                budget -= s.Length;
            }
        }
        var window = string.Join(" ", texts);
        return Finding(DateText.First(window, _earliest, _latest, order), "text:near-headline", 0.6);
    }

    private static INode? NextInDocument(INode node)
    {
        if (node.FirstChild is { } child) return child;
        for (var n = node; n is not null; n = n.Parent)
            if (n.NextSibling is { } next) return next;
        return null;
    }

    /// <summary>
    /// A full timestamp (date and time of day) anywhere in the markup, attributes and scripts included: a
    /// CMS writes one when it stores the story, and a bare date-time is rarely anything else.
    /// </summary>
    private DateFinding? FromMarkupTimestamp()
    {
        // The parsed source as fetched, not OuterHtml: AngleSharp serialises a node with many children in
        // quadratic time (100,000 sibling links take seconds).
        var markup = page.Document.Source.Text;
        foreach (Match m in MarkupTimestamp().Matches(markup))
            if (Machine(m.Groups[1].Value) is { } day) return new DateFinding(day, "markup:timestamp", 0.45);
        return null;
    }

    [GeneratedRegex(@"(?<![0-9])([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}\.[0-9]{2}\.[0-9]{4})[T ][0-9]{2}:[0-9]{2}:[0-9]{2}")]
    private static partial Regex MarkupTimestamp();

    private static bool HasDigits(string text, int enough)
    {
        var count = 0;
        foreach (var c in text)
            if (char.IsAsciiDigit(c) && ++count >= enough) return true;
        return false;
    }

    /// <summary>
    /// Last resort: every short text segment (or the head of a long one); the oldest plausible date, since prose and sidebars on a page
    /// mostly mention what came after it was published (comments, updates, related stories).
    /// </summary>
    private DateFinding? FromFreeText(DateText.NumericOrder order)
    {
        if (page.Document.Body is not { } body) return null;
        var counts = new Dictionary<DateOnly, int>();
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement?.LocalName is "script" or "style") continue;
            // A date has at least four digits (see DateText.FindAll); most segments have none, and are not copied.
            if (!HasDigits(node.Data, 4)) continue;
            // A long segment is prose; only its head can be a dateline ("27.1.2022 - Bei der …").
            var s = options.MaxFreeTextSegment >= 6 ? DateText.Collapse(node.Data, options.MaxFreeTextSegment) : DateText.Collapse(node.Data);
            if (s.Length < 6) continue;
            if (s.Length > options.MaxFreeTextSegment) s = s[..options.MaxFreeTextSegment];
            foreach (var match in DateText.FindAll(s, _earliest, _latest, order))
                counts[match.Date] = counts.GetValueOrDefault(match.Date) + 1;
        }
        if (counts.Count == 0) return null;
        return new DateFinding(counts.Keys.Min(), "text:oldest", 0.4);
    }
}
