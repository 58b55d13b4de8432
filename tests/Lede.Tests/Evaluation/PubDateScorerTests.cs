using Lede.Evaluation;
using Lede.Evaluation.PubDate;

namespace Lede.Tests.Evaluation;

public sealed class PubDateScorerTests
{
    [Theory]
    [InlineData("2020-01-02", "2020-01-02", 1, 0, 0, 0)]
    [InlineData("2020-01-03", "2020-01-02", 0, 1, 0, 0)]
    [InlineData(null, "2020-01-02", 0, 0, 0, 1)]
    // htmldate tests `reference is None`: no output on a null gold is both a true and a false negative.
    [InlineData(null, null, 0, 0, 1, 1)]
    // ...but "" is not None: no output is only a false negative, and any output is a false positive.
    [InlineData(null, "", 0, 0, 0, 1)]
    [InlineData("2020-01-02", "", 0, 1, 0, 0)]
    [InlineData("2020-01-02", null, 0, 1, 0, 0)]
    public void Judges_one_page_as_htmldate_evaluate_result(string? predicted, string? gold, int tp, int fp, int tn, int fn) =>
        Assert.Equal(new PubDateCounts(tp, fp, tn, fn), PubDateScorer.Judge(predicted, gold));

    [Fact]
    public void Scores_a_hand_computed_set()
    {
        // 10 pages: 6 right, 2 wrong, 1 no output (gold date), 1 no output (null gold).
        var counts = new PubDateCounts();
        for (var i = 0; i < 6; i++) counts += PubDateScorer.Judge("2020-01-01", "2020-01-01");
        for (var i = 0; i < 2; i++) counts += PubDateScorer.Judge("2020-01-01", "2021-01-01");
        counts += PubDateScorer.Judge(null, "2020-01-01");
        counts += PubDateScorer.Judge(null, null);
        Assert.Equal(new PubDateCounts(6, 2, 1, 2), counts);

        var s = PubDateScorer.Score(counts);
        Assert.Equal(6.0 / 8, s.Precision, 12);
        Assert.Equal(6.0 / 8, s.Recall, 12);         // 6 / (6 + 2 pages with no output)
        Assert.Equal(7.0 / 11, s.Accuracy, 12);      // (tp + tn) / (tp + tn + fp + fn)
        Assert.Equal(12.0 / 16, s.F1, 12);           // 2tp / (2tp + fp + fn)
    }

    [Fact]
    public void Reproduces_the_published_htmldate_figures_from_their_counts()
    {
        // htmldate 1.10.0 extensive on the 800 default pages (README): P 0.9085, R 0.9972, acc 0.906, F1 0.951,
        // i.e. 725 right, 73 wrong, 2 with no output.
        var s = PubDateScorer.Score(new PubDateCounts(725, 73, 0, 2));
        Assert.Equal(0.9085, s.Precision, 0.0005);
        Assert.Equal(0.9972, s.Recall, 0.0005);
        Assert.Equal(0.906, s.Accuracy, 0.0005);
        Assert.Equal(0.951, s.F1, 0.0005);
    }

    [Fact]
    public void Empty_denominators_give_NaN_not_a_crash() =>
        Assert.True(double.IsNaN(PubDateScorer.Score(new PubDateCounts()).Precision));

    [Fact]
    public void Predictions_round_trip_with_nulls_and_blank_as_no_output()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lede-pubdate-{Guid.NewGuid():N}.json");
        try
        {
            PubDatePredictions.Write(path, [
                KeyValuePair.Create("https://a.example/1", (string?)"2020-01-02"),
                KeyValuePair.Create("https://b.example/2", (string?)null),
            ]);
            var read = PubDatePredictions.Read(path);
            Assert.Equal("2020-01-02", read["https://a.example/1"]);
            Assert.Null(read["https://b.example/2"]);

            File.WriteAllText(path, """{"u": "  ", "v": "2021-02-03"}""");
            read = PubDatePredictions.Read(path);
            Assert.Null(read["u"]);
            Assert.Equal("2021-02-03", read["v"]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Malformed_predictions_are_a_dataset_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lede-pubdate-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{"u": 3}""");
            Assert.Throws<EvalDatasetException>(() => PubDatePredictions.Read(path));
            File.WriteAllText(path, "[1,2]");
            Assert.Throws<EvalDatasetException>(() => PubDatePredictions.Read(path));
        }
        finally { File.Delete(path); }
    }
}
