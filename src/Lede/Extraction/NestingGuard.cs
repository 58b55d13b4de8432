namespace Lede.Extraction;

/// <summary>
/// Cuts elements nested deeper than a limit out of the HTML before it is parsed. AngleSharp's tree builder
/// scans its stack of open elements on many start tags, so a page of 20,000 nested divs takes seconds to
/// parse and one of 100,000 minutes; the extractor reads no deeper than MaxDepth anyway. One linear scan
/// estimates the depth the parser will build; a page that stays within the limit is returned as it is.
/// </summary>
internal static class NestingGuard
{
    // Tags that never raise the parser's depth for long: void elements, elements whose end tag is optional
    // or that close their own kind (p, li, a, headings), and table parts that only count inside a table.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup", "option", "optgroup",
        "rb", "rt", "rp", "rtc", "html", "head", "body", "a", "nobr", "button", "form", "select", "frameset", "frame",
        "h1", "h2", "h3", "h4", "h5", "h6", "image", "basefont", "bgsound",
    };

    // Their content is text to the tokenizer, not tags, up to their own end tag.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatLookup = Flat.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far down the open elements an end tag looks for its start tag; a stray end tag is ignored.</summary>
    private const int EndTagSearch = 16;

    public static string Cut(string html, int maxDepth)
    {
        var open = new List<(int Start, int Length)>();
        System.Text.StringBuilder? kept = null;
        var copyFrom = 0;
        var skipping = 0; // depth inside the cut subtree; 0 when not cutting
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                var endMarker = html.AsSpan(lt).StartsWith("<!--") ? "-->" : ">";
                var end = html.IndexOf(endMarker, lt + 2, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + endMarker.Length;
                continue;
            }
            var closing = next == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i = lt + 1; continue; }
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            i = tagEnd + 1;

            if (!closing && RawTextLookup.Contains(name))
            {
                // Skip to the element's end tag, without building a string per tag.
                var close = IndexOfEndTag(html, name, i);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (!closing && name.Equals("plaintext", StringComparison.OrdinalIgnoreCase)) break;
            if (FlatLookup.Contains(name) || (!closing && html[tagEnd - 1] == '/')) continue;

            if (skipping > 0)
            {
                skipping += closing ? -1 : 1;
                if (skipping == 0) copyFrom = i;
                continue;
            }
            if (closing)
            {
                for (var k = open.Count - 1; k >= Math.Max(0, open.Count - EndTagSearch); k--)
                {
                    if (!html.AsSpan(open[k].Start, open[k].Length).Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
                    open.RemoveRange(k, open.Count - k);
                    break;
                }
            }
            else if (open.Count < maxDepth)
            {
                open.Add((nameStart, nameEnd - nameStart));
            }
            else
            {
                // Too deep: this element and all it holds are left out, up to its (estimated) end tag.
                kept ??= new System.Text.StringBuilder(html.Length);
                kept.Append(html, copyFrom, lt - copyFrom);
                skipping = 1;
            }
        }
        if (kept is null) return html;
        if (skipping == 0) kept.Append(html, copyFrom, html.Length - copyFrom);
        return kept.ToString();
    }

    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 2, StringComparison.Ordinal))
            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
        return -1;
    }
}
