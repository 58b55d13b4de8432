using System.Text.Json;
using AngleSharp.Dom;

namespace Lede.Extraction;

/// <summary>
/// What metadata extraction reads from a page, gathered in one walk over the DOM: meta tags, JSON-LD (parsed
/// once), scripts, itemprop and time elements, the headline and the body's elements in document order. Each
/// source used to run its own selector over the whole document; on large pages those passes were most of the cost.
/// </summary>
internal sealed class PageIndex : IDisposable
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, string> _namedMeta = new(StringComparer.OrdinalIgnoreCase);
    private string? _bodyText;

    public PageIndex(IDocument document)
    {
        Document = document;
        var inBody = false;
        foreach (var element in document.All)
        {
            inBody |= element.LocalName == "body";
            if (inBody) BodyElements.Add(element);
            switch (element.LocalName)
            {
                case "meta":
                    AddMeta(element);
                    break;
                case "script":
                    AddScript(element);
                    break;
                case "time":
                    Times.Add(element);
                    break;
                case "h1":
                    Headline ??= element;
                    break;
                case "link" when CanonicalLink is null && element.GetAttribute("href") is { } href
                    && (element.GetAttribute("rel") ?? "").Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase):
                    CanonicalLink = href;
                    break;
                case "p" when Paragraphs.Count < 200:
                    Paragraphs.Add(element);
                    break;
            }
            if (element.HasAttribute("itemprop")) Itemprops.Add(element);
            if (element.LocalName == "a" && AuthorLinks.Count < 5 && HasToken(element.GetAttribute("rel"), "author")) AuthorLinks.Add(element);
        }
    }

    public IDocument Document { get; }

    /// <summary>(key, content) of every meta with content, key from property, name, itemprop or http-equiv, lower-cased.</summary>
    public List<(string Key, string Content)> Metas { get; } = [];

    /// <summary>JSON-LD blocks in document order: the raw text, and the parsed document when it is valid JSON.</summary>
    public List<(string Text, JsonDocument? Json)> JsonLd { get; } = [];

    /// <summary>Every script element, JSON-LD included; their text is read only by the sources that need it.</summary>
    public List<IElement> Scripts { get; } = [];

    /// <summary>
    /// A script's text: its single text node as it is, without the copy TextContent makes (inline application
    /// state can be megabytes).
    /// </summary>
    public static string TextOf(IElement script) =>
        script.FirstChild is IText only && only.NextSibling is null ? only.Data : script.TextContent;

    public List<IElement> Times { get; } = [];

    public List<IElement> Itemprops { get; } = [];

    public List<IElement> Paragraphs { get; } = [];

    /// <summary>The first five links whose rel has the token "author" (what a[rel~='author' i] selects).</summary>
    public List<IElement> AuthorLinks { get; } = [];

    private static readonly char[] CssWhitespace = [' ', '\t', '\n', '\r', '\f'];

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split(CssWhitespace, StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);

    /// <summary>The body and its descendants in document order; an element's place here is its distance measure.</summary>
    public List<IElement> BodyElements { get; } = [];

    public IElement? Headline { get; private set; }

    public string? CanonicalLink { get; private set; }

    /// <summary>The body's text, whitespace collapsed, built on first use.</summary>
    public string BodyText => _bodyText ??= CollapsedText(Document.Body);

    /// <summary>
    /// <c>DateText.Collapse(element.TextContent)</c> without first copying the element's whole text (its text
    /// nodes in document order).
    /// </summary>
    private static string CollapsedText(IElement? element)
    {
        if (element is null) return "";
        var collapser = new DateText.Collapser(4096);
        foreach (var text in element.Descendants<IText>()) collapser.Append(text.Data);
        return collapser.ToString();
    }

    /// <summary>Content of the first meta whose property or name is <paramref name="key"/> and whose content is not blank.</summary>
    public string? Meta(string key) => _namedMeta.GetValueOrDefault(key);

    /// <summary>Top-level objects and @graph members of every valid JSON-LD block, in document order.</summary>
    public IEnumerable<JsonElement> JsonLdObjects()
    {
        foreach (var (_, json) in JsonLd)
        {
            if (json is null) continue;
            var root = json.RootElement;
            foreach (var node in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : Enumerable.Repeat(root, 1))
            {
                if (node.ValueKind != JsonValueKind.Object) continue;
                yield return node;
                if (node.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
                    foreach (var member in graph.EnumerateArray())
                        if (member.ValueKind == JsonValueKind.Object) yield return member;
            }
        }
    }

    private void AddMeta(IElement meta)
    {
        if (meta.GetAttribute("content") is not { } content) return;
        var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
        if (key is not null) Metas.Add((key.Trim().ToLowerInvariant(), content));
        if (string.IsNullOrWhiteSpace(content)) return;
        foreach (var attribute in (ReadOnlySpan<string>)["property", "name"])
            if (meta.GetAttribute(attribute) is { } name) _namedMeta.TryAdd(name.Trim(), content);
    }

    private void AddScript(IElement script)
    {
        Scripts.Add(script);
        if (!(script.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase)) return;
        var text = TextOf(script);
        JsonDocument? json = null;
        try { json = JsonDocument.Parse(text, JsonOptions); }
        catch (JsonException) { }
        JsonLd.Add((text, json));
    }

    public void Dispose()
    {
        foreach (var (_, json) in JsonLd) json?.Dispose();
    }
}
