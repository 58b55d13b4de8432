namespace Lede.Evaluation.PubDate;

/// <summary>Confusion counts as htmldate's tests/evaluation.py `evaluate_result` accumulates them.</summary>
public readonly record struct PubDateCounts(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public static PubDateCounts operator +(PubDateCounts a, PubDateCounts b) => new(
        a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives,
        a.TrueNegatives + b.TrueNegatives, a.FalseNegatives + b.FalseNegatives);
}

public sealed record PubDateScores(double Precision, double Recall, double Accuracy, double F1);

/// <summary>
/// Day-level scoring re-implemented from htmldate (tests/evaluation.py `evaluate_result`, tests/comparison.py
/// `calculate_scores`), so our figures sit beside the ones htmldate publishes.
/// </summary>
public static class PubDateScorer
{
    /// <summary>
    /// One page. No output counts as a false negative, and, only when the gold date is null (not the empty
    /// string), also as a true negative: htmldate tests `reference is None`. Any output that is not the gold
    /// string is a false positive, so output on a page whose gold is "" or null is always wrong.
    /// </summary>
    public static PubDateCounts Judge(string? predicted, string? gold)
    {
        if (predicted is null)
            return gold is null ? new PubDateCounts(0, 0, 1, 1) : new PubDateCounts(0, 0, 0, 1);
        return predicted == gold ? new PubDateCounts(1, 0, 0, 0) : new PubDateCounts(0, 1, 0, 0);
    }

    /// <summary>htmldate divides without guarding; an empty denominator gives NaN here (written as null).</summary>
    public static PubDateScores Score(PubDateCounts c)
    {
        double tp = c.TruePositives, fp = c.FalsePositives, tn = c.TrueNegatives, fn = c.FalseNegatives;
        return new PubDateScores(
            Ratio(tp, tp + fp),
            Ratio(tp, tp + fn),
            Ratio(tp + tn, tp + tn + fp + fn),
            Ratio(2 * tp, 2 * tp + fp + fn));
    }

    private static double Ratio(double numerator, double denominator) =>
        denominator == 0 ? double.NaN : numerator / denominator;
}
