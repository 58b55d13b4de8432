namespace Lede.Evaluation.Extraction;

/// <summary>
/// Pooled segment counts of the trafilatura evaluation: a "with" segment found is a true positive,
/// missed a false negative; a "without" segment found is a false positive, absent a true negative.
/// </summary>
public readonly record struct SegmentCounts(int Tp, int Fp, int Fn, int Tn)
{
    public static SegmentCounts operator +(SegmentCounts a, SegmentCounts b) =>
        new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn, a.Tn + b.Tn);

    // Each score is 0 when its denominator is empty, as the authors' ConfusionMatrix does.
    public double Precision => Ratio(Tp, Tp + Fp);
    public double Recall => Ratio(Tp, Tp + Fn);
    public double Accuracy => Ratio(Tp + Tn, Tp + Fp + Fn + Tn);
    public double F1 => Ratio(2 * Tp, 2 * Tp + Fp + Fn);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>
/// Scores one page the way trafilatura's tests/eval_common.py count_item does: whitespace-normalised,
/// case-sensitive substring tests of each gold segment in the extracted text.
/// </summary>
public static class SegmentScorer
{
    /// <param name="predicted">null when the extractor failed: every segment is then absent.</param>
    public static SegmentCounts ScorePage(IReadOnlyList<string> with, IReadOnlyList<string> without, string? predicted)
    {
        if (predicted is null) return new SegmentCounts(0, 0, with.Count, without.Count);
        var text = PythonText.CollapseSpace(predicted);
        var tp = with.Count(s => text.Contains(PythonText.CollapseSpace(s), StringComparison.Ordinal));
        var fp = without.Count(s => text.Contains(PythonText.CollapseSpace(s), StringComparison.Ordinal));
        return new SegmentCounts(tp, fp, with.Count - tp, without.Count - fp);
    }
}
