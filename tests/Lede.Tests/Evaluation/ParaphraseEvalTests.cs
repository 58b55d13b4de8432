using Lede.Evaluation;
using Lede.Evaluation.Paraphrase;

namespace Lede.Tests.Evaluation;

public sealed class ParaphraseEvalTests
{
    [Fact]
    public void Accuracy_and_positive_f1_by_hand()
    {
        // TP 2, FP 1, FN 1, TN 1: accuracy 3/5, precision 2/3, recall 2/3.
        var score = ParaphraseEvalTask.Score([(true, true), (true, true), (false, true), (true, false), (false, false)]);
        Assert.Equal(0.6, score.Accuracy, 10);
        Assert.Equal(new PrecisionRecall(2, 3, 3), score.Positive);
        Assert.Equal(2.0 / 3, score.Positive.F1, 10);
    }

    [Fact]
    public void Jaccard_of_lowercased_words()
    {
        var a = WordOverlapBaseline.Words("The cat, the HAT.");
        Assert.Equal(["the", "cat", "hat"], a);
        Assert.Equal(0.5, WordOverlapBaseline.Jaccard(a, WordOverlapBaseline.Words("a cat the")), 10);
    }

    private const string Tiny =
        "\uFEFF1\t1\t2\tThe cat sat on the mat.\tThe cat sat on a mat.\n" +
        "0\t3\t4\tStocks fell on Monday.\tThe senator resigned.\n" +
        "0\t5\t6\tHe said \"no\".\tHe said \"no\" again.\n";

    [Fact]
    public void Saved_predictions_score_as_the_run_did()
    {
        using var files = new EvalTestFiles();
        var dataset = files.Write("msrp.txt", Tiny);
        var saved = files.PathOf("pred.tsv");
        var task = new ParaphraseEvalTask();
        var run = task.Run(new EvalRequest(dataset, SavePredictionsPath: saved));
        Assert.Equal("id1\tid2\tlabel\n1\t2\t1\n3\t4\t0\n5\t6\t1\n", File.ReadAllText(saved));
        Assert.Equal(2.0 / 3, run.Metrics["accuracy"], 10);
        Assert.Equal(run.Metrics, task.Run(new EvalRequest(dataset, PredictionsPath: saved)).Metrics);
        Assert.Contains("baseline", run.System);
    }

    [Theory]
    [InlineData("id1\tid2\tlabel\n1\t2\t1\n3\t4\tyes\n5\t6\t0\n", "line 3: label 'yes'")]
    [InlineData("id1\tid2\tlabel\n1\t2\t1\n3\t9\t1\n", "line 3: pair 3 9 is not in the dataset")]
    [InlineData("id1\tid2\tlabel\n1\t2\t1\n1\t2\t1\n", "line 3: pair 1 2 appears twice")]
    [InlineData("id1\tid2\tlabel\n1\t2\t1\n", "no row for 2 of 3 pairs, the first being 3 4")]
    public void Malformed_predictions_name_the_line(string content, string message)
    {
        using var files = new EvalTestFiles();
        var dataset = files.Write("msrp.txt", Tiny);
        var predictions = files.Write("pred.tsv", content);
        var e = Assert.Throws<EvalDatasetException>(() => new ParaphraseEvalTask().Run(new EvalRequest(dataset, predictions)));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Baseline_on_msrp_train_holds_its_figures()
    {
        var report = new ParaphraseEvalTask().Run(new EvalRequest(EvalTestFiles.Dataset("msrp", "msr_paraphrase_train.txt")));
        Assert.Equal(4076, report.Items);
        // Measured: accuracy 0.7250, F1 0.8173 (all-positive would give 0.675 / 0.806).
        Assert.True(report.Metrics["accuracy"] >= 0.71, $"accuracy {report.Metrics["accuracy"]}");
        Assert.True(report.Metrics["f1"] >= 0.80, $"f1 {report.Metrics["f1"]}");
        Assert.IsType<ParaphraseEvalTask>(EvalTasks.Find("paraphrase"));
    }
}
