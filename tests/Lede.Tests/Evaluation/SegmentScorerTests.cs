using Lede.Evaluation.Extraction;

namespace Lede.Tests.Evaluation;

public sealed class SegmentScorerTests
{
    [Fact]
    public void Segments_are_whitespace_normalised_case_sensitive_substrings()
    {
        var counts = SegmentScorer.ScorePage(
            with: ["Die GEMA  dreht\nvöllig", "not there", "Case Matters"],
            without: ["Impressum", "31. Mai"],
            predicted: "Heute: Die GEMA dreht\u00a0völlig am Zeiger!\n\ncase matters. Impressum");
        Assert.Equal(new SegmentCounts(Tp: 1, Fp: 1, Fn: 2, Tn: 1), counts);
    }

    [Fact]
    public void A_failed_extraction_finds_nothing() =>
        Assert.Equal(new SegmentCounts(0, 0, 2, 1), SegmentScorer.ScorePage(["a", "b"], ["c"], null));

    [Fact]
    public void Scores_are_pooled_over_pages()
    {
        var total = new SegmentCounts(1, 1, 2, 1) + new SegmentCounts(3, 0, 0, 2);
        Assert.Equal(new SegmentCounts(4, 1, 2, 3), total);
        Assert.Equal(4.0 / 5, total.Precision, 12);
        Assert.Equal(4.0 / 6, total.Recall, 12);
        Assert.Equal(7.0 / 10, total.Accuracy, 12);
        Assert.Equal(8.0 / 11, total.F1, 12);
        Assert.Equal(0.0, new SegmentCounts().Precision);
    }
}
