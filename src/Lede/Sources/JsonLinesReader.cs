using System.Text.Json;

namespace Lede.Sources;

/// <summary>
/// JSON Lines: one article per line. The line is stored as it came (unknown fields included), so the
/// store loses nothing; a bad line fails alone and the lines after it are read.
/// </summary>
internal sealed class JsonLinesReader(SourceOptions options) : IKindReader
{
    public IEnumerable<SourceEvent> Read(InputFile input, CancellationToken ct)
    {
        using var stream = input.Open();
        var reader = new ByteReader(stream);
        var lineNumber = 0;
        var anyContent = false;
        while (reader.ReadLine(options.MaxItemBytes, out var tooLong) is { } line)
        {
            ct.ThrowIfCancellationRequested();
            lineNumber++;
            var origin = $"{input.Origin}:{lineNumber}";
            if (tooLong)
            {
                anyContent = true;
                yield return new SourceEvent.Failed(origin, $"line {FailureReasons.OverItemLimit(options.MaxItemBytes)}");
                continue;
            }
            var bytes = Trim(line, lineNumber == 1);
            if (bytes.AsSpan().Trim(" \t"u8).IsEmpty) continue; // blank lines separate nothing; not items
            anyContent = true;
            yield return ReadLine(bytes, origin, $"{input.IdentityPath}:{lineNumber}");
        }
        if (!anyContent) yield return new SourceEvent.Failed(input.Origin, FailureReasons.Empty);
    }

    private static SourceEvent ReadLine(byte[] bytes, string origin, string fallbackIdentity)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(bytes); }
        catch (JsonException ex) { return new SourceEvent.Failed(origin, $"not valid JSON ({ex.Message})"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new SourceEvent.Failed(origin, $"not a JSON object (a {root.ValueKind.ToString().ToLowerInvariant()})");
            // The same test RawDecoder makes, so that nothing stored fails to decode later. A title alone is an article.
            if (string.IsNullOrWhiteSpace(JsonFields.String(root, "text")) && string.IsNullOrWhiteSpace(JsonFields.String(root, "html"))
                && string.IsNullOrWhiteSpace(JsonFields.String(root, "title")))
                return new SourceEvent.Failed(origin, "has neither a 'text' nor an 'html' field");
            var metadata = JsonFields.Metadata(root);
            var identity = metadata.Id ?? CanonicalUrl.OrNull(metadata.Url) ?? fallbackIdentity;
            return new SourceEvent.Item(new RawItem(identity, origin, RawFormat.Json, bytes, metadata));
        }
    }

    // A CRLF file's '\r', and a UTF-8 byte order mark on the first line, are not part of the JSON.
    private static byte[] Trim(byte[] line, bool first)
    {
        var span = line.AsSpan();
        if (first && span is [0xEF, 0xBB, 0xBF, ..]) span = span[3..];
        if (span is [.., (byte)'\r']) span = span[..^1];
        return span.Length == line.Length ? line : span.ToArray();
    }
}
