using Lede.Evaluation;
using Lede.Evaluation.Timex;

namespace Lede.Tests.Evaluation;

public sealed class TimexScorerTests
{
    //                          0         1         2         3         4
    //                          0123456789012345678901234567890123456789012345
    private const string Text = "He left last Friday morning and came back in 1998.";

    private static TimeMlDocument Doc(params TimexAnnotation[] timexes) =>
        new("d.tml", "d", "1998-11-20", null, Text, timexes);

    private static TimexAnnotation T(int start, int end, string type = "DATE", string value = "X") =>
        new(start, end, $"t{start}", type, value);

    [Fact]
    public void Identical_spans_match_strictly_and_relaxedly()
    {
        var c = TimexScorer.Count(Doc(T(45, 49, value: "1998")), Doc(T(45, 49, value: "1998")));
        Assert.Equal(new TimexCounts(1, 1, 1, 1, 1, 1), c);
    }

    [Fact]
    public void An_overlap_matches_relaxedly_only()
    {
        // gold "last Friday morning", system "Friday"
        var c = TimexScorer.Count(Doc(T(8, 27)), Doc(T(13, 19)));
        Assert.Equal(new TimexCounts(1, 1, 0, 1, 1, 1), c);
    }

    [Fact]
    public void Adjacent_spans_do_not_match()
    {
        // gold "last", system "Friday": they touch but share no character.
        var c = TimexScorer.Count(Doc(T(8, 12)), Doc(T(13, 19)));
        Assert.Equal(0, c.Relaxed);
    }

    [Fact]
    public void Pairing_is_one_to_one_first_come_first_served()
    {
        // One gold "last Friday morning" against two system pieces "last" and "Friday morning":
        // the first piece takes the gold id, the second stays unpaired (a false positive).
        var c = TimexScorer.Count(Doc(T(8, 27)), Doc(T(8, 12), T(13, 27)));
        Assert.Equal(new TimexCounts(1, 2, 0, 1, 1, 1), c);

        // And the other way round: one system span over two gold spans pairs with the first only.
        c = TimexScorer.Count(Doc(T(8, 12), T(13, 27)), Doc(T(8, 27)));
        Assert.Equal(new TimexCounts(2, 1, 0, 1, 1, 1), c);
    }

    [Fact]
    public void A_system_span_starting_inside_an_already_paired_gold_span_stays_unpaired()
    {
        // gold "last Friday morning"; system "last Friday" then "morning": the second begins inside a paired gold.
        var pairs = TimexScorer.Pair(Doc(T(8, 27)), Doc(T(8, 19), T(20, 27)));
        Assert.Single(pairs);
        Assert.Equal(8, pairs[0].System.Start);
    }

    [Fact]
    public void Hand_computed_scores_with_attribute_f1_over_relaxed_matches()
    {
        // gold: "last Friday morning" (TIME, 1998-11-13TMO), "1998" (DATE, 1998)
        // system: "Friday" (DATE, 1998-11-13) overlaps the first; "came" (DATE, X) is spurious; misses "1998".
        var gold = Doc(T(8, 27, "TIME", "1998-11-13TMO"), T(45, 49, "DATE", "1998"));
        var system = Doc(T(13, 19, "DATE", "1998-11-13"), T(32, 36, "DATE", "X"));
        var c = TimexScorer.Count(gold, system);
        Assert.Equal(new TimexCounts(Gold: 2, System: 2, Strict: 0, Relaxed: 1, TypeMatches: 0, ValueMatches: 0), c);

        var s = TimexScorer.Score(c + new TimexCounts(2, 2, 2, 2, 2, 1));
        // totals: gold 4, system 4, strict 2, relaxed 3, type 2, value 1
        Assert.Equal(0.5, s.StrictF1, 12);
        Assert.Equal(0.75, s.RelaxedF1, 12);
        Assert.Equal(2.0 / 3 * 0.75, s.TypeF1, 12);
        Assert.Equal(1.0 / 3 * 0.75, s.ValueF1, 12);
        Assert.Equal(2.0 / 3, s.TypeAccuracy, 12);
    }

    [Fact]
    public void Unequal_precision_and_recall_use_the_harmonic_mean()
    {
        // 4 gold, 2 system, 2 relaxed: P = 1, R = 0.5, F1 = 2/3.
        var s = TimexScorer.Score(new TimexCounts(4, 2, 1, 2, 2, 2));
        Assert.Equal(1.0, s.RelaxedPrecision, 12);
        Assert.Equal(0.5, s.RelaxedRecall, 12);
        Assert.Equal(2.0 / 3, s.RelaxedF1, 12);
        Assert.Equal(2.0 / 3, s.ValueF1, 12);
        Assert.Equal(2 * 0.5 * 0.25 / 0.75, s.StrictF1, 12);
    }

    [Fact]
    public void Nothing_on_either_side_scores_one_and_nothing_found_scores_zero()
    {
        Assert.Equal(1.0, TimexScorer.Score(new TimexCounts()).ValueF1);
        var s = TimexScorer.Score(new TimexCounts(3, 0, 0, 0, 0, 0));
        Assert.Equal(0.0, s.RelaxedF1);
        Assert.Equal(0.0, s.TypeF1);
    }

    [Fact]
    public void Blank_timexes_count_in_totals_but_never_match()
    {
        var c = TimexScorer.Count(Doc(T(7, 8)), Doc(T(7, 8)));   // " " between "left" and "last"
        Assert.Equal(new TimexCounts(1, 1, 0, 0, 0, 0), c);
    }

    [Fact]
    public void A_system_file_with_different_text_is_rejected() =>
        Assert.Throws<EvalDatasetException>(() =>
            TimexScorer.Count(Doc(), Doc() with { Text = Text + "!" }));
}
