using Lede.Evaluation;
using Lede.Evaluation.Timex;

namespace Lede.Tests.Evaluation;

public sealed class TimexEvalTests
{
    private static string Dataset => Path.Combine(TestPaths.Shared, "datasets", "tempeval3");

    [Fact]
    public void Tagger_scores_above_its_floor_on_tempeval3_and_its_saved_files_rescore_identically()
    {
        var saved = Directory.CreateTempSubdirectory("lede-timex-").FullName;
        try
        {
            var progress = new RecordingProgress();
            var run = EvalTasks.Find("timex")!.Run(new EvalRequest(Dataset, SavePredictionsPath: saved), progress);
            Assert.Equal(256, run.Items);
            Assert.Equal(new EvalProgress(256, 256), progress.Reports[^1]);
            Assert.StartsWith("lede dates/", run.System);
            // Measured: strict 0.8652, relaxed 0.9436, type 0.9131, value 0.8205 (1822 gold, 1849 system).
            // The regex baseline this replaced: strict 0.5578, relaxed 0.6501, type 0.6354, value 0.5556.
            EvalAssert.AtLeast(run, new Dictionary<string, double>
            {
                ["strict_f1"] = 0.855, ["relaxed_f1"] = 0.933, ["type_f1"] = 0.903, ["value_f1"] = 0.810,
            });

            var rescored = new TimexTask().Run(new EvalRequest(Dataset, PredictionsPath: saved));
            Assert.Equal(run.Metrics, rescored.Metrics);
        }
        finally { Directory.Delete(saved, recursive: true); }
    }

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var run = new TimexTask().Run(new EvalRequest(Dataset, PredictionsPath: Dataset));
        Assert.All(run.Metrics.Values, v => Assert.Equal(1.0, v));
    }

    [Fact]
    public void A_missing_dataset_or_prediction_is_a_dataset_error()
    {
        Assert.Throws<EvalDatasetException>(() => new TimexTask().Run(new EvalRequest("/nonexistent/tempeval")));
        var empty = Directory.CreateTempSubdirectory("lede-timex-").FullName;
        try
        {
            Assert.Throws<EvalDatasetException>(() => new TimexTask().Run(new EvalRequest(empty)));
            var e = Assert.Throws<EvalDatasetException>(() =>
                new TimexTask().Run(new EvalRequest(Dataset, PredictionsPath: empty)));
            Assert.Contains("no prediction", e.Message);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }
}
