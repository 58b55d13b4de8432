using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace Lede.Sources;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds, streamed with XmlReader. Each entry is stored as one JSON
/// object (id, url, site, published, title, html or text) so that RawDecoder reads it like a JSON line.
/// DTDs are refused: no entity expansion, no external fetches.
/// </summary>
internal sealed class FeedReader(SourceOptions options) : IKindReader
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    // Feed HTML goes into JSON; escaping every '<' as \u003C would only bloat the store.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<SourceEvent> Read(InputFile input, CancellationToken ct)
    {
        using var stream = input.Open();
        using var xml = XmlReader.Create(stream, Settings);
        xml.MoveToContent();
        var titleDepth = xml.LocalName switch { "rss" or "RDF" => 2, "feed" => 1, _ => -1 };
        if (titleDepth < 0)
        {
            yield return input.Extension.StartsWith(".xml", StringComparison.Ordinal)
                ? new SourceEvent.Skipped(input.Origin, FailureReasons.NotReadKind($"{input.Extension} that is not an RSS or Atom feed"))
                : new SourceEvent.Failed(input.Origin, $"not an RSS or Atom feed (root element <{xml.Name}>)");
            yield break;
        }
        string? site = null;
        var entries = 0;
        while (xml.Read())
        {
            ct.ThrowIfCancellationRequested();
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "title" && xml.Depth == titleDepth && site is null)
                site = NullIfBlank(TryReadContent(xml, markup: false));
            else if (xml.LocalName is "item" or "entry")
                yield return ReadEntry(xml, input, ++entries, site);
        }
        if (entries == 0) yield return new SourceEvent.Skipped(input.Origin, "feed has no entries");
    }

    private SourceEvent ReadEntry(XmlReader xml, InputFile input, int number, string? site)
    {
        var origin = $"{input.Origin}#{number}";
        var entry = new Entry();
        try
        {
            using var sub = xml.ReadSubtree();
            sub.Read();
            while (sub.Read())
                if (sub.NodeType == XmlNodeType.Element && sub.Depth == 1) ReadField(sub, entry);
        }
        catch (TooLarge)
        {
            return new SourceEvent.Failed(origin, $"feed entry {FailureReasons.OverItemLimit(options.MaxItemBytes)}");
        }
        var html = entry.Encoded ?? entry.Content ?? entry.Description ?? entry.Summary;
        var text = html is null ? entry.ContentText ?? entry.SummaryText : null;
        if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
            return new SourceEvent.Failed(origin, "feed entry has no content (content:encoded, content, description or summary)");
        var bytes = ToJson(entry, site, html, text);
        if (bytes.Length > options.MaxItemBytes)
            return new SourceEvent.Failed(origin, $"feed entry {FailureReasons.OverItemLimit(options.MaxItemBytes)}");
        // Read the metadata back the way RawDecoder will, so that both agree to the character.
        using var doc = JsonDocument.Parse(bytes);
        var metadata = JsonFields.Metadata(doc.RootElement);
        var identity = metadata.Id ?? CanonicalUrl.OrNull(metadata.Url) ?? $"{input.IdentityPath}#{number}";
        return new SourceEvent.Item(new RawItem(identity, origin, RawFormat.Json, bytes, metadata));
    }

    private void ReadField(XmlReader field, Entry entry)
    {
        var ns = field.NamespaceURI;
        var standard = ns.Length == 0 || ns == AtomNamespace;
        switch (field.LocalName)
        {
            case "title" when standard: entry.Title ??= ReadContent(field, markup: false); break;
            case "link" when standard:
                var href = field.GetAttribute("href");
                var rel = field.GetAttribute("rel");
                if (href is null) entry.Url ??= NullIfBlank(ReadContent(field, markup: false));
                else if (rel is null or "alternate") entry.Url ??= NullIfBlank(href);
                break;
            case "guid" or "id" when standard: entry.Id ??= NullIfBlank(ReadContent(field, markup: false)); break;
            case "pubDate" or "published" or "date" or "issued": entry.Published ??= NullIfBlank(ReadContent(field, markup: false)); break;
            case "updated" or "modified": entry.Updated ??= NullIfBlank(ReadContent(field, markup: false)); break;
            case "encoded" when ns == ContentModuleNamespace: entry.Encoded ??= NullIfBlank(ReadContent(field, markup: true)); break;
            case "description" when standard: entry.Description ??= NullIfBlank(ReadContent(field, markup: true)); break;
            case "content" when standard && field.GetAttribute("src") is null:
                if (IsAtomText(field)) entry.ContentText ??= NullIfBlank(ReadContent(field, markup: false));
                else entry.Content ??= NullIfBlank(ReadContent(field, markup: true));
                break;
            case "summary" when standard:
                if (IsAtomText(field)) entry.SummaryText ??= NullIfBlank(ReadContent(field, markup: false));
                else entry.Summary ??= NullIfBlank(ReadContent(field, markup: true));
                break;
        }
    }

    // Atom's default content type is plain text; "html", "xhtml" and HTML media types are markup.
    private static bool IsAtomText(XmlReader field) =>
        field.NamespaceURI == AtomNamespace && field.GetAttribute("type") is null or "text" or "text/plain";

    private string? TryReadContent(XmlReader element, bool markup)
    {
        try { return ReadContent(element, markup); }
        catch (TooLarge) { return null; }
    }

    /// <summary>
    /// The element's text (and, for markup, its child elements as XML), read in chunks so that one huge
    /// text node fails at the item limit instead of filling memory. Leaves the reader on the element's end.
    /// </summary>
    private string ReadContent(XmlReader element, bool markup)
    {
        var limit = options.MaxItemBytes;
        var text = new StringBuilder();
        using var sub = element.ReadSubtree();
        sub.Read();
        if (sub.IsEmptyElement) return "";
        var chunk = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            sub.Read();
            while (!sub.EOF)
            {
                switch (sub.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (sub.CanReadValueChunk)
                        {
                            int n;
                            while ((n = sub.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                            {
                                if (text.Length + n > limit) throw new TooLarge();
                                text.Append(chunk, 0, n);
                            }
                        }
                        else text.Append(sub.Value);
                        sub.Read();
                        break;
                    case XmlNodeType.Element when markup:
                        text.Append(sub.ReadOuterXml());
                        break;
                    default:
                        sub.Read();
                        break;
                }
                if (text.Length > limit) throw new TooLarge();
            }
        }
        finally { ArrayPool<char>.Shared.Return(chunk); }
        return text.ToString();
    }

    private static byte[] ToJson(Entry entry, string? site, string? html, string? text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            WriteIf(json, "id", entry.Id);
            WriteIf(json, "url", entry.Url);
            WriteIf(json, "site", site);
            WriteIf(json, "published", entry.Published ?? entry.Updated);
            WriteIf(json, "title", NullIfBlank(entry.Title));
            WriteIf(json, "html", html);
            WriteIf(json, "text", text);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteIf(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private sealed class Entry
    {
        public string? Id, Url, Title, Published, Updated, Encoded, Content, ContentText, Description, Summary, SummaryText;
    }

    private sealed class TooLarge : Exception;
}
