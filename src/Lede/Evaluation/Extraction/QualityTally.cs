namespace Lede.Evaluation.Extraction;

/// <summary>
/// Each dataset's own quality metric over whatever texts a system gave: AEB shingle F1 or trafilatura-eval
/// pooled segment F1, as `lede eval extraction` computes them.
/// </summary>
public sealed class QualityTally
{
    private readonly List<ShinglePage> _shingles = [];
    private SegmentCounts _segments;

    /// <param name="predicted">null when the system failed on the page: scored as empty.</param>
    public void Add(ExtractionPage page, string? predicted)
    {
        switch (page)
        {
            case BodyPage body: _shingles.Add(ShingleScorer.ScorePage(body.Body, predicted)); break;
            case SegmentPage segment: _segments += SegmentScorer.ScorePage(segment.With, segment.Without, predicted); break;
        }
    }

    /// <summary>The metric's name and F1; null when no page was added.</summary>
    public (string Metric, double F1)? Result => _shingles.Count > 0
        ? ("shingle", ShingleScorer.Aggregate(_shingles).F1)
        : _segments.Tp + _segments.Fp + _segments.Fn + _segments.Tn > 0 ? ("segment", _segments.F1) : null;
}
