using Lede.Evaluation;
using Lede.Evaluation.PubDate;

namespace Lede.Tests.Evaluation;

public sealed class PubDateEvalTests
{
    private static string Dataset => Path.Combine(TestPaths.Shared, "datasets", "htmldate-eval");

    [Fact]
    public void Lede_scores_above_its_floor_on_the_htmldate_set_and_its_predictions_rescore_identically()
    {
        var saved = Path.Combine(Path.GetTempPath(), $"lede-pubdate-{Guid.NewGuid():N}.json");
        try
        {
            var progress = new RecordingProgress();
            var run = EvalTasks.Find("pubdate")!.Run(new EvalRequest(Dataset, SavePredictionsPath: saved), progress);
            Assert.Equal(800, run.Items);
            Assert.Equal(800, progress.Reports.Count);
            Assert.Equal(new EvalProgress(800, 800), progress.Reports[^1]);
            Assert.StartsWith("lede ", run.System);
            // Measured: precision 0.9365, recall 0.9827, accuracy 0.9213, f1 0.9590 (737 right, 50 wrong, 13 none).
            // The markup-only baseline scored precision 0.9075, recall 0.7105, accuracy 0.6625, f1 0.7970.
            EvalAssert.AtLeast(run, new Dictionary<string, double>
            {
                ["precision"] = 0.931, ["recall"] = 0.977, ["accuracy"] = 0.916, ["f1"] = 0.954,
            });

            var rescored = new PubDateTask().Run(new EvalRequest(Dataset, PredictionsPath: saved));
            Assert.Equal(run.Metrics, rescored.Metrics);
            // Only Lede's own run knows which source decided each page; the counts must agree.
            Assert.Equal(run.Details!["counts"]!.ToJsonString(), rescored.Details!["counts"]!.ToJsonString());
            Assert.NotNull(run.Details!["sources"]);
        }
        finally { File.Delete(saved); }
    }

    [Fact]
    public void A_missing_or_malformed_dataset_is_a_dataset_error()
    {
        Assert.Throws<EvalDatasetException>(() => new PubDateTask().Run(new EvalRequest("/nonexistent/htmldate")));
        var empty = Directory.CreateTempSubdirectory("lede-pubdate-").FullName;
        try
        {
            Assert.Throws<EvalDatasetException>(() => new PubDateTask().Run(new EvalRequest(empty)));
            File.WriteAllText(Path.Combine(empty, "eval_x.json"), """{"https://a.example/": {"file": "a.html", "date": "2020-01-01"}}""");
            var e = Assert.Throws<EvalDatasetException>(() => new PubDateTask().Run(new EvalRequest(empty)));
            Assert.Contains("a.html", e.Message);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }
}
