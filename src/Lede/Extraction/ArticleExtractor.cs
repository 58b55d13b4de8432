using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Extraction;

/// <summary>
/// The extraction stage: HTML to the article's own text, one block per line, with page furniture removed
/// and a judgement of whether the page is an article; plain text passed through.
/// </summary>
public sealed class ArticleExtractor(ExtractionOptions options)
{
    public const string Version = "extraction/5";

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public ArticleExtractor() : this(ExtractionOptions.Default) { }

    public ExtractedContent FromHtml(string html)
    {
        using var document = Parse(html);
        return FromDocument(document);
    }

    /// <summary>Parses a page within the size and depth limits, so that callers can share one parse between stages.</summary>
    public IDocument Parse(string html) =>
        _parser.ParseDocument(NestingGuard.Cut(html.Length > options.MaxHtmlChars ? html[..options.MaxHtmlChars] : html, options.MaxDepth));

    public ExtractedContent FromDocument(IDocument document)
    {
        var tree = PageTree.Build(document, options);
        tree.RescueMisnamedWrappers(options.RescueShare, options.MinExtractedChars);
        var (selection, gone, text) = Extract(tree);
        // Readability's retry: an answer this short may mean a furniture word sat on the article's wrapper
        // ("premium", "widget Blog"); trust class names less, then furniture tags less, and keep the longest.
        var chosen = tree.DropMask;
        foreach (var mask in Retries)
        {
            if (text.Length >= options.RetryBelowChars) break;
            tree.Trust(mask);
            var retry = Extract(tree);
            if (retry.Text.Length > text.Length) { (selection, gone, text) = retry; chosen = mask; }
        }
        // The fallbacks and the page-kind judgement below read the tree's sums as the chosen answer saw them.
        if (tree.DropMask != chosen) tree.Trust(chosen);
        var method = selection.Method;
        var jsonLd = JsonLdArticle.Read(tree.JsonLd);

        // The answer looks wrong when it is this short: JSON-LD articleBody, then all paragraphs, may say more.
        if (text.Length < options.MinExtractedChars)
        {
            if (jsonLd.Body is { } body && Collapse(body).Length > text.Length)
            {
                text = NormaliseBlocks(body.Replace("\r\n", "\n"));
                method = "json-ld";
            }
            var paragraphs = new BlockRenderer(tree, gone, options).RenderParagraphs();
            if (paragraphs.Length > 2 * text.Length)
            {
                text = paragraphs;
                method = "paragraphs";
            }
            // A page of teasers is all links: its text is still returned, marked below as no article.
            if (text.Length < options.MinExtractedChars && selection.Roots.Count > 0)
            {
                var links = new BlockRenderer(tree, gone, options, keepLinkBoxes: true).Render(selection.Roots);
                if (links.Length > text.Length)
                {
                    text = links;
                    method = "links";
                }
            }
        }
        var kind = PageKindJudge.Judge(tree, gone, selection, text, jsonLd, options);
        return new ExtractedContent(TitleOf(tree), text)
        {
            IsArticle = kind.IsArticle, ArticleConfidence = kind.Confidence, PageKindReason = kind.Reason, Method = method,
            Work = new ExtractionWork(tree.Count, tree.MaxDepthSeen, tree.Truncated),
        };
    }

    private static readonly NodeMark[] Retries =
    [
        NodeMark.DroppedTag | NodeMark.Hidden | NodeMark.FurnitureTag | NodeMark.Comments,
        NodeMark.DroppedTag | NodeMark.Hidden | NodeMark.Comments,
    ];

    private (BodySelection Selection, bool[] Gone, string Text) Extract(PageTree tree)
    {
        var gone = Gone(tree);
        var selection = new BodySelector(tree, gone, options).Select();
        var text = selection.Roots.Count > 0 ? new BlockRenderer(tree, gone, options).Render(selection.Roots) : "";
        return (selection, gone, text);
    }

    /// <summary>Whether each node is furniture or sits inside furniture, top-down in one pass.</summary>
    private static bool[] Gone(PageTree tree)
    {
        var gone = new bool[tree.Count];
        for (var i = 0; i < gone.Length; i++)
        {
            var parent = tree.Parent[i];
            // itemprop=articleBody is the publisher's own statement: it holds even inside a wrapper named like furniture.
            var inherits = parent >= 0 && gone[parent] && (tree.Marks[i] & NodeMark.ItemPropBody) == 0;
            gone[i] = tree.IsDropped(i) || inherits;
        }
        return gone;
    }

    public ExtractedContent FromText(string text)
    {
        // Flattened pages keep their clutter ("fbpx", "Also Read: …", disclaimers) as lines: the cleaner drops
        // those and finds the headline above the body.
        var cleaned = TextCleaner.Default.Read(text);
        return new ExtractedContent(cleaned.Title, cleaned.Text);
    }

    private static string? TitleOf(PageTree tree)
    {
        if (!string.IsNullOrWhiteSpace(tree.MetaTitle)) return tree.MetaTitle.Trim();
        for (var i = 0; i < tree.Count; i++)
        {
            if (tree.Nodes[i] is not IElement { LocalName: "h1" }) continue;
            var h1 = new StringBuilder();
            for (var t = i; t < tree.End[i]; t++)
                if (tree.Nodes[t] is IText text) h1.Append(text.Data);
            var collapsed = Collapse(h1.ToString());
            if (collapsed.Length > 0) return collapsed;
        }
        return string.IsNullOrWhiteSpace(tree.DocumentTitle) ? null : Collapse(tree.DocumentTitle);
    }

    /// <summary>Collapses runs of spaces within lines and keeps one line per block, no blank-only lines.</summary>
    internal static string NormaliseBlocks(string raw)
    {
        var lines = raw.Split('\n')
            .Select(Collapse)
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    internal static string Collapse(string s)
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
