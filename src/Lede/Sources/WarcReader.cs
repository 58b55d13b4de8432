using System.Globalization;
using System.Text;

namespace Lede.Sources;

/// <summary>
/// WARC 1.0/1.1 files (ISO 28500), plain or as concatenated gzip members. Items are the response
/// records holding a 2xx HTML page. Other records (warcinfo, request, metadata, revisit, resource) and
/// responses that are not article pages (images, scripts, redirects, errors) are passed over without an
/// event: a crawl holds several of them per page and they are not inputs a user gave. A file with no
/// HTML page at all says so in one Skipped event, so that every input shows up in the counts.
/// </summary>
internal sealed class WarcReader(SourceOptions options) : IKindReader
{
    public IEnumerable<SourceEvent> Read(InputFile input, CancellationToken ct)
    {
        using var stream = input.Open();
        var reader = new ByteReader(stream);
        int records = 0, pages = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var offset = reader.Position;
            var first = reader.ReadLine(options.MaxWarcHeaderBytes, out var tooLong);
            if (first is null) break;
            if (!tooLong && IsBlank(first)) continue; // the CRLF CRLF that ends each record
            var origin = $"{input.Origin}#{offset}";
            if (tooLong || !first.AsSpan().StartsWith("WARC/"u8))
            {
                yield return new SourceEvent.Failed(origin, "not a WARC record (no WARC/ version line); the rest of the file was not read");
                yield break;
            }
            var header = ReadHeader(reader);
            if (header is null)
            {
                yield return new SourceEvent.Failed(origin, "WARC record header is truncated or too long; the rest of the file was not read");
                yield break;
            }
            records++;
            if (!header.TryGetValue("content-length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                yield return new SourceEvent.Failed(origin, "WARC record without a valid Content-Length; the rest of the file was not read");
                yield break;
            }
            var isResponse = header.GetValueOrDefault("warc-type")?.Equals("response", StringComparison.OrdinalIgnoreCase) == true
                && header.GetValueOrDefault("content-type")?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) != false;
            if (!isResponse || length > options.MaxItemBytes)
            {
                var skipped = reader.Skip(length);
                if (isResponse)
                {
                    pages++;
                    yield return new SourceEvent.Failed(origin, $"WARC response {FailureReasons.OverItemLimit(options.MaxItemBytes)}: the record has {length} bytes");
                }
                if (skipped < length)
                {
                    yield return Truncated(origin, skipped, length);
                    yield break;
                }
                continue;
            }
            var block = new byte[length];
            var got = reader.ReadExactly(block);
            if (got < length)
            {
                yield return Truncated(origin, got, length);
                yield break;
            }
            var url = NullIfBlank(header.GetValueOrDefault("warc-target-uri")?.Trim('<', '>'));
            switch (HttpPayload.Parse(block, options.MaxItemBytes))
            {
                case HttpPayload.Html html:
                    pages++;
                    // WARC-Date is when the page was fetched, not published: kept apart from Published.
                    var metadata = new InputMetadata(Url: url, Fetched: NullIfBlank(header.GetValueOrDefault("warc-date")));
                    var raw = new RawItem(CanonicalUrl.OrNull(url) ?? $"{input.IdentityPath}#{offset}", origin, RawFormat.Html, WithCharset(html), metadata);
                    yield return new SourceEvent.Item(raw);
                    break;
                case HttpPayload.Bad bad:
                    pages++;
                    yield return new SourceEvent.Failed(origin, bad.Reason);
                    break;
            }
        }
        if (records == 0) yield return new SourceEvent.Failed(input.Origin, FailureReasons.Empty);
        else if (pages == 0) yield return new SourceEvent.Skipped(input.Origin, $"WARC file holds no HTML page responses ({records} records)");
    }

    /// <summary>Named header fields (lower-case names; a repeated field keeps its first value), or null when cut short.</summary>
    private Dictionary<string, string>? ReadHeader(ByteReader reader)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var total = 0L;
        while (reader.ReadLine(options.MaxWarcHeaderBytes, out var tooLong) is { } line)
        {
            total += line.Length + 1;
            if (tooLong || total > options.MaxWarcHeaderBytes) return null;
            if (IsBlank(line)) return fields;
            var text = Encoding.UTF8.GetString(line);
            var colon = text.IndexOf(':');
            if (colon > 0) fields.TryAdd(text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..].Trim());
        }
        return null;
    }

    /// <summary>
    /// The page's bytes, as they came unless the HTTP header named a charset the page itself does not
    /// declare and the bytes are not UTF-8: then a meta charset is put in front, so that RawDecoder (and
    /// any reprocess of the store) decodes them as the server said. Otherwise they would fall to Latin-1.
    /// </summary>
    private static byte[] WithCharset(HttpPayload.Html html)
    {
        var body = html.Body;
        if (html.Charset is not { } charset || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || body is [0xEF, 0xBB, 0xBF, ..] or [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]
            || System.Text.Unicode.Utf8.IsValid(body)
            || TextDecoding.DeclaredCharset(Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048))) is not null
            || !TextDecoding.IsKnownCharset(charset))
            return body;
        return [.. Encoding.ASCII.GetBytes($"<meta charset=\"{charset}\">"), .. body];
    }

    private static SourceEvent.Failed Truncated(string origin, long got, long length) =>
        new(origin, $"WARC record truncated: the file ends after {got} of its {length} bytes");

    private static bool IsBlank(byte[] line) => line.AsSpan().Trim("\r \t"u8).IsEmpty;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
