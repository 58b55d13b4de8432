using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Extraction;

/// <summary>
/// First version of the extraction stage: HTML to block-separated text with the obvious page furniture
/// removed, and plain text passed through. Issue #3 replaces the body selection.
/// </summary>
public sealed class ArticleExtractor(ExtractionOptions options)
{
    public const string Version = "extraction/1";

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "br", "hr",
    };

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public ArticleExtractor() : this(ExtractionOptions.Default) { }

    public ExtractedContent FromHtml(string html)
    {
        using var document = _parser.ParseDocument(html);
        var title = TitleOf(document);
        var root = (IElement?)document.QuerySelector("article") ?? document.Body;
        if (root is null) return new ExtractedContent(title, "");
        var text = new StringBuilder();
        AppendText(root, text);
        return new ExtractedContent(title, NormaliseBlocks(text.ToString()));
    }

    public ExtractedContent FromText(string text)
    {
        // Flattened pages keep their clutter ("fbpx", "Also Read: …", disclaimers) as lines: the cleaner drops
        // those and finds the headline above the body.
        var cleaned = TextCleaner.Default.Read(text);
        return new ExtractedContent(cleaned.Title, cleaned.Text);
    }

    private static int WordCount(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    private static string? TitleOf(IDocument document)
    {
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        if (!string.IsNullOrWhiteSpace(og)) return og.Trim();
        var h1 = document.QuerySelector("h1")?.TextContent;
        if (!string.IsNullOrWhiteSpace(h1)) return Collapse(h1);
        var title = document.Title;
        return string.IsNullOrWhiteSpace(title) ? null : Collapse(title);
    }

    private void AppendText(INode node, StringBuilder text)
    {
        // An explicit stack rather than recursion: a hostile page may nest elements thousands deep.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (current, exit) = stack.Pop();
            if (exit) { text.Append('\n'); continue; }
            switch (current)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when options.DroppedElements.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = BlockElements.Contains(e.LocalName);
                    if (block) { text.Append('\n'); stack.Push((e, true)); }
                    for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
                        stack.Push((child, false));
                    break;
            }
        }
    }

    /// <summary>Collapses runs of spaces within lines and keeps one line per block, no blank-only lines.</summary>
    internal static string NormaliseBlocks(string raw)
    {
        var lines = raw.Split('\n')
            .Select(Collapse)
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
