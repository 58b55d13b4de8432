using System.Text;
using System.Text.Json;

namespace Lede.Sources;

/// <summary>The content of a raw item as text, with whether it is HTML, and the metadata merged from its container.</summary>
public sealed record DecodedItem(RawItem Raw, string Content, bool IsHtml, InputMetadata Metadata);

/// <summary>
/// Turns stored raw bytes back into content. Pure, so that `reprocess` reads the store exactly as the
/// first run read the input.
/// </summary>
public static class RawDecoder
{
    public static DecodedItem Decode(RawItem raw) => raw.Format switch
    {
        RawFormat.Text => new DecodedItem(raw, TextDecoding.DecodeText(raw.Bytes), false, raw.Metadata),
        RawFormat.Html => new DecodedItem(raw, TextDecoding.DecodeHtml(raw.Bytes), true, raw.Metadata),
        RawFormat.Json => DecodeJson(raw),
        _ => throw new InvalidDataException($"unknown raw format {raw.Format}"),
    };

    private static DecodedItem DecodeJson(RawItem raw)
    {
        using var doc = JsonDocument.Parse(raw.Bytes);
        var root = doc.RootElement;
        var html = JsonFields.String(root, "html");
        var text = JsonFields.String(root, "text");
        // A title alone is an article (ArticleProcessor makes the title its text).
        if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(JsonFields.String(root, "title")))
            throw new InvalidDataException("JSON item has neither a 'text' nor an 'html' field");
        var fromJson = JsonFields.Metadata(root);
        var metadata = Merge(raw.Metadata, fromJson);
        return string.IsNullOrWhiteSpace(html)
            ? new DecodedItem(raw, text ?? "", false, metadata)
            : new DecodedItem(raw, html, true, metadata);
    }

    /// <summary>Fields the container gave win; the JSON fills in what it left empty.</summary>
    private static InputMetadata Merge(InputMetadata first, InputMetadata second) => new(
        first.Id ?? second.Id,
        first.Url ?? second.Url,
        first.Site ?? second.Site,
        first.Published ?? second.Published,
        first.Title ?? second.Title,
        first.Fetched ?? second.Fetched);
}

public static class JsonFields
{
    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static InputMetadata Metadata(JsonElement obj) => new(
        NullIfBlank(String(obj, "id")),
        NullIfBlank(String(obj, "url")),
        NullIfBlank(String(obj, "site")),
        NullIfBlank(String(obj, "published")),
        NullIfBlank(String(obj, "title")));

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Legacy code pages (windows-1252, iso-8859-2, shift_jis...) are not in .NET by default.
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>BOM first, then strict UTF-8, then Windows-1252-compatible Latin-1 so that no byte is lost.</summary>
    public static string DecodeText(byte[] bytes)
    {
        var bom = BomEncoding(bytes, out var skip);
        if (bom is not null) return bom.GetString(bytes, skip, bytes.Length - skip);
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }

    /// <summary>
    /// BOM, then the charset a &lt;meta&gt; declares (else any charset= in the first 2 KB), then UTF-8: strict,
    /// or lossy when nearly all of it is UTF-8 (one broken byte must not turn every accent into mojibake),
    /// then Windows-1252.
    /// </summary>
    public static string DecodeHtml(byte[] bytes)
    {
        if (BomEncoding(bytes, out _) is not null) return DecodeText(bytes);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, MetaSearchBytes));
        // Archive wrappers and script tags carry their own charset= before the page's meta: the meta speaks for the page.
        var declared = MetaCharset(head) ?? DeclaredCharset(head[..Math.Min(head.Length, 2048)]);
        if (declared is not null && !IsUtf8Name(declared))
        {
            try { return Encoding.GetEncoding(declared).GetString(bytes); }
            // An unknown name, or one .NET refuses to decode (utf-7): fall through to sniffing.
            catch (Exception e) when (e is ArgumentException or NotSupportedException) { }
        }
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { }
        return MostlyUtf8(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
    }

    private const int MetaSearchBytes = 16_384;

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static bool IsUtf8Name(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>Valid multi-byte sequences outnumber broken bytes twentyfold: a UTF-8 page with a few stray bytes.</summary>
    internal static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, broken = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            var length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
            var ok = length > 0 && i + length <= bytes.Length;
            for (var k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xC0) == 0x80;
            if (ok) { valid++; i += length; }
            else { broken++; i++; }
        }
        return valid >= 20 * broken;
    }

    /// <summary>The charset of the first &lt;meta charset&gt; or &lt;meta http-equiv content="...; charset=..."&gt;.</summary>
    internal static string? MetaCharset(string head)
    {
        for (var at = head.IndexOf("<meta", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = head.IndexOf("<meta", at + 5, StringComparison.OrdinalIgnoreCase))
        {
            var close = head.IndexOf('>', at);
            if (close < 0) return null;
            if (DeclaredCharset(head[at..close]) is { } charset) return charset;
        }
        return null;
    }

    internal static bool IsKnownCharset(string name)
    {
        try { Encoding.GetEncoding(name); return true; }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { return false; }
    }

    internal static string? DeclaredCharset(string head)
    {
        var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var start = at + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ') start++;
        var end = start;
        while (end < head.Length && (char.IsLetterOrDigit(head[end]) || head[end] is '-' or '_')) end++;
        return end > start ? head[start..end] : null;
    }

    private static Encoding? BomEncoding(byte[] b, out int skip)
    {
        skip = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { skip = 3; return Encoding.UTF8; }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { skip = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { skip = 2; return Encoding.BigEndianUnicode; }
        return null;
    }
}
