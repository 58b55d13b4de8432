using System.Globalization;
using System.Text;

namespace Lede.Copies;

/// <summary>A verified copy: its relation to the original, and the alignment that shows it.</summary>
public sealed record CopyVerdict(string Relation, CopyAlignment Alignment);

/// <summary>Decides from an alignment whether one article copies another, and how.</summary>
public static class CopyClassifier
{
    /// <summary>The relation of `copy` to `original`, or null when the alignment does not show a copy.</summary>
    public static CopyVerdict? Classify(CopyFingerprint copy, CopyFingerprint original, CopyAlignment a, CopyOptions options)
    {
        if (copy.Article.ContentHash == original.Article.ContentHash)
            return new CopyVerdict(SameSite(copy, original) ? CopyRelation.Duplicate : CopyRelation.Syndicated, a);
        var copyIsSmaller = copy.ContentWords <= original.ContentWords;
        var smallerSentences = copyIsSmaller ? a.CopySentences : a.OriginalSentences;
        if (smallerSentences == 0) return null;
        var smallerCoverage = copyIsSmaller ? a.CopyCoverage : a.OriginalCoverage;
        var smallerSame = copyIsSmaller ? a.CopySameCoverage : a.OriginalSameCoverage;
        // Taken word for word: most of the smaller article in sentences found unchanged in the other (a syndication,
        // an excerpt, a wire story carried with a paragraph added).
        var verbatim = (a.Aligned >= Math.Min(options.MinAlignedSentences, smallerSentences) || SharedLead(copy, original, a, options))
            && smallerSame >= options.VerbatimCoverage && smallerCoverage >= options.MinCoverage;
        // Edited (rewritten, spun): the sentences correspond in sequence and each side is mostly the other. Two reports
        // of one event, even written from one wire story, share a few sentences' facts but not most sentences of both.
        var edited = a.Aligned >= options.MinEditedSentences
            && Math.Min(a.CopyCoverage, a.OriginalCoverage) >= options.EditedCoverage
            && a.MeanSimilarity >= options.EditedSimilarity
            && a.OrderKept >= options.EditedOrder;
        // Contained: the smaller article almost whole in the larger, lightly edited (a wire story carried with material
        // added). The bar on similarity is higher than for an edited copy, since only one side is covered.
        var contained = a.Aligned >= options.MinEditedSentences
            && smallerCoverage >= options.ContainedCoverage
            && a.MeanSimilarity >= options.ContainedSimilarity
            && a.OrderKept >= options.ContainedOrder;
        if (!verbatim && !edited && !contained) return null;

        string relation;
        if (a.SameShare >= options.MinSameShare)
        {
            if (a.OriginalCoverage >= options.SyndicatedCoverage)
                relation = a.CopyCoverage >= options.SyndicatedCoverage && SameSite(copy, original) ? CopyRelation.Duplicate : CopyRelation.Syndicated;
            else if (a.OriginalContiguous && a.CopyCoverage >= options.MinCoverage)
                relation = CopyRelation.Excerpt;
            else
                relation = CopyRelation.Rewrite;
        }
        else if (a.MeanSimilarity >= options.RewriteSimilarity && a.OrderKept >= options.RewriteOrder)
            relation = CopyRelation.Rewrite;
        else
            relation = CopyRelation.Spun;
        return new CopyVerdict(relation, a);
    }

    /// <summary>
    /// A teaser: one long lead sentence, unchanged, opening both articles (the smaller being little more than it, as the
    /// coverage test checks). One shared sentence elsewhere, a quote say, proves nothing.
    /// </summary>
    private static bool SharedLead(CopyFingerprint copy, CopyFingerprint original, CopyAlignment a, CopyOptions options) =>
        a.Pairs.Count == 1 && copy.Content.Length > 0 && original.Content.Length > 0
        && a.Pairs[0] is var p && p.Copy == copy.Content[0] && p.Original == original.Content[0]
        && p.Similarity >= options.SameSentence && copy.WordCount(p.Copy) >= options.MinLeadWords;

    /// <summary>
    /// The same page again (a re-fetch, an address with tracking parameters): the same address without query and
    /// fragment, or, where neither has an address, the same site (or none) and title. The same body under another
    /// address, site or title is syndicated.
    /// </summary>
    private static bool SameSite(CopyFingerprint a, CopyFingerprint b)
    {
        var (x, y) = (Address(a.Article.Url), Address(b.Article.Url));
        if (x is not null || y is not null) return x is not null && x == y;
        return string.Equals(a.Article.Site, b.Article.Site, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.Article.Title, b.Article.Title, StringComparison.Ordinal);
    }

    private static string? Address(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var u)) return url;
        var host = u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        return (host + u.AbsolutePath.TrimEnd('/')).ToLowerInvariant();
    }

    /// <summary>The link a copy stores, with the evidence for a person to read (written when first read).</summary>
    public static CopyLink Link(CopyFingerprint copy, CopyFingerprint original, CopyVerdict verdict, CopyOptions options) =>
        new(original.Identity, verdict.Relation, verdict.Alignment.Similarity,
            () => Evidence(copy, original, verdict, options), () => AlignmentEvidence.Of(copy, original, verdict.Alignment, options))
        {
            Alignment = verdict.Alignment,
        };

    private static string Evidence(CopyFingerprint copy, CopyFingerprint original, CopyVerdict verdict, CopyOptions options)
    {
        var a = verdict.Alignment;
        var ci = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        if (copy.Article.ContentHash == original.Article.ContentHash)
            text.Append(ci, $"{verdict.Relation}: the same text as {original.Identity}");
        else
        {
            text.Append(ci, $"{verdict.Relation} of {original.Identity}: {a.Aligned} sentences aligned ");
            text.Append(ci, $"({a.Aligned} of the copy's {a.CopySentences}, {a.CopyCoverage:P0} of its words; ");
            text.Append(ci, $"{a.Aligned} of the original's {a.OriginalSentences}, {a.OriginalCoverage:P0} of its words); ");
            text.Append(ci, $"order kept for {Math.Round(a.OrderKept * a.Aligned)} of {a.Aligned}; ");
            text.Append(ci, $"mean sentence similarity {a.MeanSimilarity:0.00}, {Math.Round(a.SameShare * a.Aligned)} unchanged");
            if (a.Pairs.Count > 0)
            {
                text.Append("; pairs (copy sentence ↔ original sentence, similarity): ");
                text.Append(string.Join(", ", a.Pairs.Take(options.EvidencePairs)
                    .Select(p => string.Create(ci, $"{p.Copy + 1}↔{p.Original + 1} {p.Similarity:0.00}"))));
                if (a.Pairs.Count > options.EvidencePairs) text.Append(ci, $", … {a.Pairs.Count - options.EvidencePairs} more");
                var weakest = a.Pairs.MinBy(p => p.Similarity)!;
                text.Append(ci, $"; least alike: “{Clip(copy.TextOf(weakest.Copy))}” ↔ “{Clip(original.TextOf(weakest.Original))}”");
            }
        }
        return text.ToString();
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..117] + "…";
}
