using System.Text;
using AngleSharp.Dom;

namespace Lede.Extraction;

/// <summary>
/// Writes the chosen subtrees as text, one block per line, in document order: paragraphs, headings, list
/// items, quotes and table cells, leaving out furniture and link-dominated boxes (link lists, "read also"
/// lines, tag clouds) that survive inside the article container.
/// </summary>
internal sealed class BlockRenderer(PageTree tree, bool[] gone, ExtractionOptions options, bool keepLinkBoxes = false)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr", "address", "details",
        "summary", "caption",
    };

    // Boxes judged by their link share: a paragraph that is one link, a list of links, a block of teasers.
    private static readonly HashSet<string> LinkCheckedTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "ul", "ol", "dl", "table", "li", "article",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd",
    };

    public string Render(IReadOnlyList<int> roots)
    {
        var text = new StringBuilder();
        foreach (var root in roots) Append(root, text);
        return Normalise(text);
    }

    /// <summary>Every kept paragraph of the page, wherever it sits: the baseline when no container works.</summary>
    public string RenderParagraphs()
    {
        var text = new StringBuilder();
        for (var i = 0; i < tree.Count;)
        {
            if (gone[i]) { i = tree.End[i]; continue; }
            if (tree.Nodes[i] is IElement e && ParagraphTags.Contains(e.LocalName) && !LinkDominated(i))
            {
                Append(i, text);
                i = tree.End[i];
                continue;
            }
            i++;
        }
        return Normalise(text);
    }

    private void Append(int root, StringBuilder text)
    {
        // Open blocks by subtree end: a block's closing newline is written when the walk passes its end.
        var open = new Stack<int>();
        for (var i = root; i < tree.End[root];)
        {
            while (open.Count > 0 && open.Peek() <= i) { open.Pop(); text.Append('\n'); }
            // The headline is the record's Title, not a line of the text.
            if (gone[i] || (i != root && SkippedBox(i)) || tree.Nodes[i] is IElement { LocalName: "h1" }) { i = tree.End[i]; continue; }
            switch (tree.Nodes[i])
            {
                case IText t:
                    // The page's own U+0001 (binary garbage) must not pass for the heading mark.
                    text.Append(t.Data.Contains(HeadingMark) ? t.Data.Replace(HeadingMark, ' ') : t.Data);
                    break;
                case IElement e when BlockTags.Contains(e.LocalName):
                    text.Append('\n');
                    if (e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6") text.Append(HeadingMark).Append(e.LocalName[1]);
                    open.Push(tree.End[i]);
                    break;
                case IElement { LocalName: "td" or "th" }:
                    text.Append(' ');
                    break;
            }
            i++;
        }
        while (open.Count > 0) { open.Pop(); text.Append('\n'); }
    }

    private bool SkippedBox(int i) =>
        !keepLinkBoxes && tree.Nodes[i] is IElement e && LinkCheckedTags.Contains(e.LocalName) && LinkDominated(i);

    private bool LinkDominated(int i) =>
        tree.TextLength[i] > 0 && tree.LinkLength[i] > options.MaxBlockLinkDensity * tree.TextLength[i];

    // Starts a heading's line until Normalise has decided whether any text follows the heading.
    private const char HeadingMark = '\u0001';

    /// <summary>
    /// Collapses white space within lines; one line per block, no blank lines. A heading followed by no text
    /// before the next heading or the end ("More on this topic" over a link list that was dropped) goes too.
    /// </summary>
    private static string Normalise(StringBuilder raw)
    {
        var lines = Lines(raw);
        var output = new StringBuilder(raw.Length);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line[0] == HeadingMark)
            {
                // A subheading under it is content; a heading of the same or higher rank is not.
                if (k + 1 == lines.Count || (lines[k + 1][0] == HeadingMark && lines[k + 1][1] <= line[1])) continue;
                line = line[2..];
                if (line.Length == 0) continue;
            }
            if (output.Length > 0) output.Append('\n');
            output.Append(line);
        }
        return output.ToString();
    }

    private static List<string> Lines(StringBuilder raw)
    {
        var lines = new List<string>();
        var output = new StringBuilder(raw.Length);
        var lineStart = 0;
        var space = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    if (output.Length > lineStart && !(output.Length == lineStart + 2 && output[lineStart] == HeadingMark))
                        lines.Add(output.ToString(lineStart, output.Length - lineStart));
                    lineStart = output.Length;
                    space = false;
                    continue;
                }
                if (char.IsWhiteSpace(c)) { space = output.Length > lineStart; continue; }
                if (space) { output.Append(' '); space = false; }
                output.Append(c);
            }
        }
        if (output.Length > lineStart && !(output.Length == lineStart + 2 && output[lineStart] == HeadingMark))
            lines.Add(output.ToString(lineStart, output.Length - lineStart));
        return lines;
    }
}
