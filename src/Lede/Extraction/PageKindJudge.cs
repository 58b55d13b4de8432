using AngleSharp.Dom;

namespace Lede.Extraction;

internal sealed record PageKind(bool IsArticle, double Confidence, string Reason);

/// <summary>
/// Article or not (section front, tag page, list of teasers), from signals that hold in any language: what
/// the page declares (og:type, JSON-LD @type), how much running prose the chosen text has, and how many
/// linked headlines the page repeats.
/// </summary>
internal static class PageKindJudge
{
    public static PageKind Judge(PageTree tree, bool[] gone, BodySelection selection, string text, JsonLdArticle jsonLd,
        ExtractionOptions options)
    {
        var longParagraphs = 0;
        foreach (var root in selection.Roots)
            for (var i = root; i < tree.End[root]; i++)
                if (!gone[i] && tree.Nodes[i] is IElement { LocalName: "p" } && tree.TextLength[i] >= options.LongParagraphChars
                    && tree.LinkLength[i] * 2 < tree.TextLength[i])
                    longParagraphs++;

        // Teasers: headings that are links, and <article> elements, across the whole page.
        int teasers = 0, articles = 0;
        for (var i = 0; i < tree.Count; i++)
        {
            if (gone[i] || tree.Nodes[i] is not IElement e) continue;
            if (e.LocalName == "article") articles++;
            else if (e.LocalName is "h2" or "h3" or "h4" && tree.TextLength[i] > 0 && tree.LinkLength[i] * 2 > tree.TextLength[i]) teasers++;
        }

        var score = 0.5;
        var reasons = new List<string>(4);
        var type = tree.MetaType?.Trim().ToLowerInvariant();
        if (type is "article" or "news" or "blog" or "newsarticle") { score += 0.15; reasons.Add("og:type " + type); }
        else if (type == "website") { score -= 0.1; reasons.Add("og:type website"); }
        if (jsonLd.DeclaresArticle) { score += 0.15; reasons.Add("JSON-LD article"); }
        if (jsonLd.DeclaresList) { score -= 0.2; reasons.Add("JSON-LD collection"); }
        if (longParagraphs >= 3) { score += 0.2; reasons.Add($"{longParagraphs} prose paragraphs"); }
        else { score -= 0.2; reasons.Add($"only {longParagraphs} prose paragraph(s)"); }
        if (text.Length < 500) { score -= 0.2; reasons.Add($"{text.Length} chars of text"); }
        var listing = Math.Max(teasers, articles);
        if (listing >= 8 && listing > longParagraphs)
        {
            score -= 0.3;
            reasons.Add($"{teasers} linked headlines, {articles} <article> elements");
        }
        score = Math.Clamp(score, 0, 1);
        return new PageKind(score >= 0.5, Math.Round(score, 2), string.Join("; ", reasons));
    }
}
