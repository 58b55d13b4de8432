namespace Lede.Sources;

/// <summary>The kinds of input Lede reads; each may also come gzip-compressed (.gz).</summary>
public enum InputKind
{
    /// <summary>.txt: one article as plain text.</summary>
    Text,
    /// <summary>.html, .htm: one article as an HTML page.</summary>
    Html,
    /// <summary>.jsonl, .ndjson: one article per line.</summary>
    JsonLines,
    /// <summary>.rss, .atom, or .xml holding an RSS or Atom feed: one article per entry.</summary>
    Feed,
    /// <summary>.warc: one article per HTML response record.</summary>
    Warc,
}

internal static class InputKinds
{
    /// <summary>The kind an input name says, whether it is gzip-compressed, and its extension for messages.</summary>
    public static (InputKind? Kind, bool Gzip, string Extension) FromName(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var gzip = name.EndsWith(".gz", StringComparison.Ordinal);
        if (gzip) name = name[..^3];
        var ext = Path.GetExtension(name);
        InputKind? kind = ext switch
        {
            ".txt" => InputKind.Text,
            ".html" or ".htm" or ".xhtml" => InputKind.Html,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            ".rss" or ".atom" or ".xml" => InputKind.Feed,
            ".warc" => InputKind.Warc,
            _ => null,
        };
        var shown = ext.Length == 0 ? "no extension" : gzip ? ext + ".gz" : ext;
        return (kind, gzip, shown);
    }

    /// <summary>Guesses the kind of an unnamed input (stdin) from its first bytes, after any gzip layer.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head is [0xEF, 0xBB, 0xBF, ..]) head = head[3..];
        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        head = head[start..];
        if (head.StartsWith("WARC/"u8)) return InputKind.Warc;
        if (head.StartsWith("{"u8)) return InputKind.JsonLines;
        if (!head.StartsWith("<"u8)) return InputKind.Text;
        return FirstElementName(head) is "rss" or "feed" or "rdf:RDF" ? InputKind.Feed : InputKind.Html;
    }

    // The first tag that is not a declaration, comment or processing instruction.
    private static string? FirstElementName(ReadOnlySpan<byte> head)
    {
        for (var i = 0; i + 1 < head.Length; i++)
        {
            if (head[i] != (byte)'<' || !char.IsAsciiLetter((char)head[i + 1])) continue;
            var end = i + 1;
            while (end < head.Length && (char.IsAsciiLetterOrDigit((char)head[end]) || head[end] is (byte)':' or (byte)'-'))
                end++;
            return System.Text.Encoding.ASCII.GetString(head[(i + 1)..end]);
        }
        return null;
    }
}
