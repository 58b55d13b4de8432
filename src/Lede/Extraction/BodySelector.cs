using AngleSharp.Dom;

namespace Lede.Extraction;

/// <summary>The subtrees chosen as the article, in document order, and the rule that chose them.</summary>
internal sealed record BodySelection(IReadOnlyList<int> Roots, string Method, int ScoredBest);

/// <summary>
/// Chooses the article container. Named containers come first, most specific first (itemprop=articleBody and
/// publisher body class names, then &lt;article&gt;, then &lt;main&gt;), but each is checked against the container
/// that paragraph scoring prefers (Readability's idea: every paragraph votes for its parent and, less, for its
/// grandparents, by length and commas, discounted by link density): a name that holds much less prose than the
/// scored container matched a teaser or a fragment, and the next rule is tried.
/// </summary>
internal sealed class BodySelector(PageTree tree, bool[] gone, ExtractionOptions options)
{
    private static readonly HashSet<string> ScoredTags = new(StringComparer.Ordinal) { "p", "pre", "td", "blockquote" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "dl", "form", "header", "footer", "nav", "aside", "figure",
    };

    public BodySelection Select()
    {
        var selection = SelectContainer();
        if (selection.Method == "text" || selection.Roots.Count == 0) return selection;
        var lead = Lead(selection.Roots);
        if (lead.Count == 0) return selection;
        return selection with { Roots = [.. lead, .. selection.Roots] };
    }

    private BodySelection SelectContainer()
    {
        var best = ScoredBest(out var scores);
        var bestProse = best >= 0 ? Prose(best) : 0;

        var named = Named(i => (tree.Marks[i] & (NodeMark.ItemPropBody | NodeMark.BodyName)) != 0);
        if (Trusted(named, bestProse))
        {
            var roots = WithTwins(named);
            // The standfirst often sits above the body container in the same <article>: its long paragraphs
            // are read too, not the bylines and dates around them.
            if (EnclosingArticle(named) is var enclosing and >= 0
                && Prose(enclosing) <= options.ArticleWideningMaxRatio * Prose(named))
                roots.InsertRange(0, Standfirst(enclosing, roots[0]));
            return new BodySelection(roots, "body-name", best);
        }
        var article = Named(i => tree.Nodes[i] is IElement { LocalName: "article" });
        if (Trusted(article, bestProse)) return new BodySelection([article], "article", best);
        var main = Named(i => tree.Nodes[i] is IElement e && (e.LocalName == "main" || e.GetAttribute("role") == "main"));
        if (Trusted(main, bestProse) && Covers(main, best)) return new BodySelection([main], "main", best);
        if (best < 0) return new BodySelection(tree.Count > 0 ? [0] : [], "text", best);
        return new BodySelection(WithSiblings(best, scores), "scored", best);
    }

    private List<int> Standfirst(int article, int body)
    {
        var paragraphs = new List<int>();
        for (var i = article + 1; i < body;)
        {
            if (gone[i]) { i = tree.End[i]; continue; }
            if (tree.Nodes[i] is IElement { LocalName: "p" } && tree.End[i] <= body
                && tree.TextLength[i] >= options.LongParagraphChars && tree.LinkLength[i] * 2 < tree.TextLength[i])
            {
                paragraphs.Add(i);
                i = tree.End[i];
                continue;
            }
            i++;
        }
        return paragraphs;
    }

    /// <summary>
    /// The lead (standfirst, "Vorspann", "chapô") often sits between the headline and the body container, in a
    /// header of its own: long, unlinked blocks there are read when headline and body share a wrapper that holds
    /// little more than the body (not the whole page, whose other headings and teasers sit there too).
    /// </summary>
    private List<int> Lead(IReadOnlyList<int> roots)
    {
        var first = roots[0];
        var h1 = -1;
        for (var i = first - 1; i >= 0; i--)
            if (tree.Nodes[i] is IElement { LocalName: "h1" } && tree.End[i] <= first) { h1 = i; break; }
        if (h1 < 0) return [];
        var wrapper = tree.Parent[h1];
        while (wrapper >= 0 && tree.End[wrapper] <= first) wrapper = tree.Parent[wrapper];
        var body = 0.0;
        foreach (var root in roots) body += Prose(root);
        if (wrapper < 0 || Prose(wrapper) > options.LeadWrapperMaxRatio * body) return [];
        var leads = new List<int>();
        for (var i = tree.End[h1]; i < first;)
        {
            if (gone[i]) { i = tree.End[i]; continue; }
            if (tree.End[i] <= first && IsLeadBlock(i))
            {
                leads.Add(i);
                i = tree.End[i];
                continue;
            }
            i++;
        }
        return leads;
    }

    private bool IsLeadBlock(int i) =>
        tree.Nodes[i] is IElement e
        && (e.LocalName is "p" or "h2" or "h3" or "h4" || (e.LocalName is "div" or "section" && tree.ParagraphLength[i] == 0 && !HasBlockChild(i)))
        && tree.TextLength[i] >= options.LongParagraphChars
        && tree.LinkLength[i] * 4 < tree.TextLength[i];

    private bool HasBlockChild(int i)
    {
        for (var c = i + 1; c < tree.End[i]; c = tree.End[c])
            if (tree.Nodes[c] is IElement e && BlockTags.Contains(e.LocalName)) return true;
        return false;
    }

    private int EnclosingArticle(int i)
    {
        for (var p = tree.Parent[i]; p >= 0; p = tree.Parent[p])
            if (tree.Nodes[p] is IElement { LocalName: "article" }) return gone[p] ? -1 : p;
        return -1;
    }

    private bool Trusted(int candidate, double bestProse) =>
        candidate >= 0
        && Prose(candidate) >= options.NamedContainerMinChars
        && Prose(candidate) >= options.NamedContainerMinShare * bestProse;

    /// <summary>Paragraph text, plus half of the unlinked text outside paragraphs (br-separated pages have no &lt;p&gt;).</summary>
    private double Prose(int i) =>
        tree.ParagraphLength[i] + 0.5 * Math.Max(0, tree.TextLength[i] - tree.LinkLength[i] - tree.ParagraphLength[i]);

    private bool Covers(int outer, int inner) => inner < 0 || (inner >= outer && inner < tree.End[outer]);

    /// <summary>
    /// Of the kept elements matching, the one with the most paragraph text; then, inside it, the narrowest
    /// match that still holds nearly all of that text (nested "article-content" > "article-body" wrappers).
    /// </summary>
    private int Named(Func<int, bool> matches)
    {
        var pick = -1;
        for (var i = 0; i < tree.Count; i++)
        {
            if (gone[i] || (tree.Marks[i] & NodeMark.Text) != 0 || !matches(i)) continue;
            if (pick < 0 || Prose(i) > Prose(pick)) pick = i;
        }
        if (pick < 0) return -1;
        var narrow = pick;
        for (var i = pick + 1; i < tree.End[pick]; i++)
        {
            if (gone[i] || (tree.Marks[i] & NodeMark.Text) != 0 || !matches(i)) continue;
            if (Prose(i) >= 0.9 * Prose(pick)) narrow = i;
        }
        return narrow;
    }

    /// <summary>
    /// Bodies split around ads, videos or pull quotes into several containers of the same tag and class are
    /// read as one, in document order.
    /// </summary>
    private List<int> WithTwins(int body)
    {
        if (tree.Nodes[body] is not IElement element || element.GetAttribute("class") is not { Length: > 0 } signature) return [body];
        var roots = new List<int>();
        for (var i = 0; i < tree.Count;)
        {
            if (i == body) { roots.Add(i); i = tree.End[i]; continue; }
            if (gone[i]) { i = tree.End[i]; continue; }
            if (tree.Nodes[i] is IElement twin && twin.LocalName == element.LocalName && tree.ParagraphLength[i] > 0
                && twin.GetAttribute("class") == signature && !(i < body && tree.End[i] > body))
            {
                roots.Add(i);
                i = tree.End[i];
                continue;
            }
            i++;
        }
        return roots;
    }

    /// <summary>Readability's sibling rule: prose next to the best container belongs to the article too.</summary>
    private List<int> WithSiblings(int best, double[] scores)
    {
        var parent = tree.Parent[best];
        if (parent < 0) return [best];
        var threshold = Math.Max(10, scores[best] * 0.2);
        var roots = new List<int>();
        for (var c = parent + 1; c < tree.End[parent]; c = tree.End[c])
        {
            if (c == best) { roots.Add(c); continue; }
            if (gone[c] || (tree.Marks[c] & NodeMark.Text) != 0) continue;
            var density = LinkDensity(c);
            var length = tree.TextLength[c];
            var paragraph = tree.Nodes[c] is IElement { LocalName: "p" };
            if (scores[c] >= threshold
                || (paragraph && length > 80 && density < 0.25)
                || (paragraph && length > 0 && density == 0 && EndsSentence(c)))
                roots.Add(c);
        }
        return roots;
    }

    private bool EndsSentence(int i)
    {
        for (var t = tree.End[i] - 1; t >= i; t--)
        {
            if (tree.Nodes[t] is not IText text) continue;
            var data = text.Data.AsSpan().TrimEnd();
            if (data.Length == 0) continue;
            return data[^1] is '.' or '!' or '?' or '。' or '"' or '”';
        }
        return false;
    }

    private double LinkDensity(int i) => tree.TextLength[i] == 0 ? 0 : (double)tree.LinkLength[i] / tree.TextLength[i];

    private int ScoredBest(out double[] scores)
    {
        var n = tree.Count;
        scores = new double[n];
        var candidate = new bool[n];
        var hasBlockChild = new bool[n];
        for (var i = 1; i < n; i++)
            if (tree.Nodes[i] is IElement e && BlockTags.Contains(e.LocalName)) hasBlockChild[tree.Parent[i]] = true;

        for (var i = 0; i < n; i++)
        {
            if (gone[i]) continue;
            int ancestor;
            if (tree.Nodes[i] is IElement element)
            {
                var name = element.LocalName;
                // A div of bare text is a paragraph in all but name, as Readability treats it.
                var scorable = ScoredTags.Contains(name) || (name is "div" or "section" && !hasBlockChild[i]);
                if (!scorable) continue;
                ancestor = tree.Parent[i];
            }
            else
            {
                // A run of text straight inside a container that also holds blocks (br-separated prose
                // between a heading and an image) votes as a paragraph of that container.
                var parent = tree.Parent[i];
                if (parent < 0 || !hasBlockChild[parent] || tree.Nodes[parent] is not IElement { LocalName: "div" or "section" or "article" or "td" or "main" })
                    continue;
                ancestor = parent;
            }
            if (tree.TextLength[i] < options.MinScoredParagraphChars) continue;
            var score = 1.0 + tree.Commas[i] + Math.Min(tree.TextLength[i] / 100.0, 3);
            for (var level = 0; ancestor >= 0 && level < 5; level++, ancestor = tree.Parent[ancestor])
            {
                if (!candidate[ancestor])
                {
                    candidate[ancestor] = true;
                    scores[ancestor] = InitialScore(ancestor);
                }
                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        var best = -1;
        var bestScore = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            if (!candidate[i]) continue;
            scores[i] *= 1 - LinkDensity(i);
            if (scores[i] > bestScore) { bestScore = scores[i]; best = i; }
        }
        // A lone best candidate that is only a fragment of its parent's prose gives way to the parent.
        while (best > 0 && tree.Parent[best] > 0 && tree.Nodes[tree.Parent[best]] is IElement { LocalName: not ("body" or "html") }
               && tree.ParagraphLength[best] < 0.5 * tree.ParagraphLength[tree.Parent[best]]
               && scores[tree.Parent[best]] > 0.75 * scores[best])
            best = tree.Parent[best];
        return best;
    }

    private double InitialScore(int i)
    {
        var score = tree.Nodes[i] is IElement e ? e.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        } : 0;
        if ((tree.Marks[i] & (NodeMark.BodyName | NodeMark.ItemPropBody)) != 0) score += 25;
        return score;
    }
}
