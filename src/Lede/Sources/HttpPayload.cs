using System.IO.Compression;
using System.Text;

namespace Lede.Sources;

/// <summary>What the HTTP response in a WARC record holds for Lede.</summary>
internal abstract record HttpPayload
{
    /// <summary>An HTML body, de-chunked and decoded from its Content-Encoding; the charset the HTTP header named.</summary>
    public sealed record Html(byte[] Body, string? Charset) : HttpPayload;

    /// <summary>Not an article page (an image, a redirect, an error page): passed over without an event.</summary>
    public sealed record NotArticle : HttpPayload;

    public sealed record Bad(string Reason) : HttpPayload;

    private static readonly NotArticle Pass = new();

    public static HttpPayload Parse(ReadOnlySpan<byte> message, long maxBytes)
    {
        var headerEnd = message.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0) { headerEnd = message.IndexOf("\n\n"u8); separator = 2; }
        if (headerEnd < 0) return new Bad("HTTP response without the blank line that ends its headers");
        var lines = Encoding.Latin1.GetString(message[..headerEnd]).Split('\n');
        var status = lines[0].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], out var code))
            return new Bad($"not an HTTP status line: \"{Shorten(lines[0])}\"");
        // Redirects and error pages carry no article.
        if (code is < 200 or > 299) return Pass;
        string? contentType = null, transfer = null, encoding = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var value = line[(colon + 1)..].Trim();
            switch (line[..colon].Trim().ToLowerInvariant())
            {
                case "content-type": contentType = value; break;
                case "transfer-encoding": transfer = value.ToLowerInvariant(); break;
                case "content-encoding": encoding = value.ToLowerInvariant(); break;
            }
        }
        var body = message[(headerEnd + separator)..];
        if (!IsHtml(contentType, body)) return Pass;
        byte[] bytes;
        if (transfer is not null && transfer.Contains("chunked"))
        {
            if (Dechunk(body) is not { } dechunked) return new Bad("malformed chunked HTTP body");
            bytes = dechunked;
        }
        else bytes = body.ToArray();
        if (encoding is not (null or "" or "identity" or "none"))
        {
            var decoded = Decompress(bytes, encoding, maxBytes, out var reason);
            if (decoded is null) return new Bad(reason!);
            bytes = decoded;
        }
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty) return new Bad("empty HTML body");
        return new Html(bytes, contentType is null ? null : TextDecoding.DeclaredCharset(contentType));
    }

    private static bool IsHtml(string? contentType, ReadOnlySpan<byte> body)
    {
        if (contentType is not null)
        {
            var media = contentType.Split(';')[0].Trim().ToLowerInvariant();
            return media is "text/html" or "application/xhtml+xml" or "application/xhtml";
        }
        // No Content-Type: trust only an unmistakable HTML start.
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 64)]).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }

    /// <summary>The body of a chunked transfer (RFC 9112 §7.1), or null when the chunk sizes do not add up.</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length);
        while (true)
        {
            var lineEnd = body.IndexOf((byte)'\n');
            if (lineEnd < 0) return body.Trim(" \t\r\n"u8).IsEmpty && output.Length > 0 ? output.ToArray() : null;
            var sizeText = Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, System.Globalization.NumberStyles.AllowHexSpecifier, null, out var size) || size < 0)
                return null;
            body = body[(lineEnd + 1)..];
            if (size == 0) return output.ToArray(); // trailers after the last chunk are not content
            if (size > body.Length) return null;
            output.Write(body[..(int)size]);
            body = body[(int)size..];
            if (body.StartsWith("\r\n"u8)) body = body[2..];
            else if (body.StartsWith("\n"u8)) body = body[1..];
        }
    }

    private static byte[]? Decompress(byte[] bytes, string encoding, long maxBytes, out string? reason)
    {
        reason = null;
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) { reason = $"unsupported Content-Encoding \"{encoding}\""; return null; }
        using (decoder)
        {
            try
            {
                var result = DocumentReader.ReadBounded(decoder, maxBytes, CancellationToken.None);
                if (result is null) reason = $"HTTP body {FailureReasons.OverItemLimit(maxBytes)} after Content-Encoding {encoding}";
                return result;
            }
            catch (InvalidDataException ex)
            {
                reason = $"HTTP body not valid {encoding} ({ex.Message})";
                return null;
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s.Trim() : s[..60] + "…";
}
