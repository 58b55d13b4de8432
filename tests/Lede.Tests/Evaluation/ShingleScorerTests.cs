using Lede.Evaluation.Extraction;

namespace Lede.Tests.Evaluation;

public sealed class ShingleScorerTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Identical_texts_score_one_and_match_exactly()
    {
        var page = ShingleScorer.ScorePage("The cat sat on the mat.", "The cat sat on the mat");
        Assert.Equal((1.0, 1.0, true), (page.Precision, page.Recall, page.ExactMatch));
    }

    [Fact]
    public void Punctuation_and_spacing_do_not_matter_but_case_does()
    {
        Assert.True(ShingleScorer.ScorePage("a, b; c d!", "a b\n\nc   d").ExactMatch);
        var page = ShingleScorer.ScorePage("a b c d", "A b c d");
        Assert.Equal((0.0, 0.0, false), (page.Precision, page.Recall, page.ExactMatch));
    }

    [Fact]
    public void Missing_tail_costs_recall_only()
    {
        // gold shingles {abcd, bcde}, predicted {abcd}: tp 1, fn 1, normalised to 1/2 each.
        var page = ShingleScorer.ScorePage("a b c d e", "a b c d");
        Assert.Equal(0.5, page.Tp, Tolerance);
        Assert.Equal(0.5, page.Fn, Tolerance);
        Assert.Equal(1.0, page.Precision, Tolerance);
        Assert.Equal(0.5, page.Recall, Tolerance);
    }

    [Fact]
    public void Shingles_are_counted_as_a_multiset()
    {
        // gold: abcd x2, bcda, cdab, dabc; predicted: abcd once -> tp 1, fn 4 of 5.
        var page = ShingleScorer.ScorePage("a b c d a b c d", "a b c d");
        Assert.Equal(1.0, page.Precision, Tolerance);
        Assert.Equal(0.2, page.Recall, Tolerance);
    }

    [Fact]
    public void A_text_under_four_tokens_is_one_shingle()
    {
        Assert.Equal(new Dictionary<string, int> { ["a b c"] = 1 }, ShingleScorer.Shingles(["a", "b", "c"]));
        Assert.Empty(ShingleScorer.Shingles([]));
        Assert.Equal(1.0, ShingleScorer.ScorePage("a b c", "a  b  c").Recall, Tolerance);
        // "a b" is a different shingle from "a b c": nothing overlaps.
        var partial = ShingleScorer.ScorePage("a b c", "a b");
        Assert.Equal((0.0, 0.0), (partial.Precision, partial.Recall));
    }

    [Fact]
    public void Python_word_class_decides_shingles()
    {
        // "x²" is one token in Python; .NET's \w would split it and make these texts equal.
        var page = ShingleScorer.ScorePage("x\u00b2 y z w", "x y z w");
        Assert.Equal(0.0, page.Recall, Tolerance);
    }

    [Fact]
    public void Empty_prediction_counts_for_recall_not_precision()
    {
        var page = ShingleScorer.ScorePage("a b c d", "");
        Assert.False(page.HasPredicted);
        Assert.True(page.HasGold);
        Assert.Equal(0.0, page.Recall);
        Assert.False(page.ExactMatch);
    }

    [Fact]
    public void Aggregate_averages_precision_and_recall_over_their_own_pages()
    {
        var pages = new[]
        {
            ShingleScorer.ScorePage("a b c d e", "a b c d"),   // P 1, R 0.5
            ShingleScorer.ScorePage("a b c d", null),           // recall only: 0
            ShingleScorer.ScorePage("", ""),                    // neither mean; an exact match
            ShingleScorer.ScorePage("", "extra words here now"), // precision only: 0
        };
        var m = ShingleScorer.Aggregate(pages);
        Assert.Equal(0.5, m.Precision, Tolerance);               // mean(1, 0)
        Assert.Equal(0.25, m.Recall, Tolerance);                 // mean(0.5, 0)
        Assert.Equal(2 * 0.5 * 0.25 / 0.75, m.F1, Tolerance);    // F1 of the means, not mean of F1s
        Assert.Equal(0.25, m.Accuracy, Tolerance);
        Assert.Equal((4, 2, 2, 1), (m.Pages, m.PagesWithPredicted, m.PagesWithGold, m.ExactMatches));
    }

    [Fact]
    public void Aggregate_with_no_prediction_anywhere_has_undefined_precision()
    {
        var m = ShingleScorer.Aggregate([ShingleScorer.ScorePage("a b c d", "")]);
        Assert.True(double.IsNaN(m.Precision));
        Assert.Equal(0.0, m.Recall);
    }
}
