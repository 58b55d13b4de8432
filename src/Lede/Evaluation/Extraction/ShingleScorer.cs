namespace Lede.Evaluation.Extraction;

/// <summary>
/// One page's shingle overlap, scaled so tp + fp + fn = 1 (when any shingle exists) so that long
/// articles weigh no more than short ones. ExactMatch: the token sequences are identical.
/// </summary>
public readonly record struct ShinglePage(double Tp, double Fp, double Fn, bool ExactMatch)
{
    public bool HasPredicted => Tp + Fp > 0;
    public bool HasGold => Tp + Fn > 0;

    // Both scores are 1 for a perfect page; the benchmark checks that case before the zero cases.
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fp == 0 ? 0 : Tp / (Tp + Fp);
    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fn == 0 ? 0 : Tp / (Tp + Fn);
}

/// <summary>The benchmark's aggregate: means of per-page scores, and F1 of those two means.</summary>
public sealed record ShingleMetrics(
    double Precision, double Recall, double F1, double Accuracy,
    int Pages, int PagesWithPredicted, int PagesWithGold, int ExactMatches);

/// <summary>
/// The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark evaluate.py):
/// Python \w+ tokens, 4-token shingles counted as a multiset, per-page normalised tp/fp/fn.
/// </summary>
public static class ShingleScorer
{
    public const int ShingleLength = 4;

    // Tokens never contain a space (\w excludes it), so joining on one keeps shingles distinct.
    private const char TokenSeparator = ' ';

    public static ShinglePage ScorePage(string? gold, string? predicted)
    {
        var goldTokens = PythonText.WordTokens(gold);
        var predictedTokens = PythonText.WordTokens(predicted);
        var goldShingles = Shingles(goldTokens);
        var predictedShingles = Shingles(predictedTokens);

        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, goldCount) in goldShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(shingle);
            tp += Math.Min(goldCount, predictedCount);
            fn += Math.Max(0, goldCount - predictedCount);
        }
        foreach (var (shingle, predictedCount) in predictedShingles)
            fp += Math.Max(0, predictedCount - goldShingles.GetValueOrDefault(shingle));

        var sum = tp + fp + fn;
        if (sum > 0) { tp /= sum; fp /= sum; fn /= sum; }
        return new ShinglePage(tp, fp, fn, goldTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal));
    }

    /// <summary>
    /// Counted shingles of consecutive tokens; a text of 1 to 3 tokens is a single shorter shingle,
    /// and a text without tokens has none.
    /// </summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return counts;
        var starts = Math.Max(1, tokens.Count - ShingleLength + 1);
        for (var i = 0; i < starts; i++)
        {
            var length = Math.Min(ShingleLength, tokens.Count - i);
            var key = string.Join(TokenSeparator, tokens.Skip(i).Take(length));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>
    /// Precision is averaged over pages that predicted something and recall over pages with gold text;
    /// a mean over no pages is NaN (the benchmark would fail there), and F1 of two zero means is 0.
    /// </summary>
    public static ShingleMetrics Aggregate(IReadOnlyList<ShinglePage> pages)
    {
        var withPredicted = pages.Where(p => p.HasPredicted).ToList();
        var withGold = pages.Where(p => p.HasGold).ToList();
        var precision = withPredicted.Count > 0 ? withPredicted.Average(p => p.Precision) : double.NaN;
        var recall = withGold.Count > 0 ? withGold.Average(p => p.Recall) : double.NaN;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var exact = pages.Count(p => p.ExactMatch);
        var accuracy = pages.Count > 0 ? (double)exact / pages.Count : double.NaN;
        return new ShingleMetrics(precision, recall, f1, accuracy, pages.Count, withPredicted.Count, withGold.Count, exact);
    }
}
