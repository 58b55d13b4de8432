using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lede.Stories;

namespace Lede.Evaluation.Stories;

/// <summary>
/// `lede eval stories FOLDER`: BCubed and ARI of Lede's stories against gold events. The whole folder is
/// clustered in one run, as a feed would arrive, never one gold topic at a time (that would hand the system
/// half the answer).
/// </summary>
public sealed class StoriesEvalTask : IEvalTask
{
    public static readonly string[] PredictionColumns = ["id", "story"];

    public string Name => "stories";

    public string Description =>
        "folder with articles.jsonl and gold.tsv (id, event): bcubed_precision, bcubed_recall, bcubed_f1, ari; --shuffle-seed N feeds a shuffled order";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var set = ArticleSet.Load(request.DatasetPath, "id", "event");
        var notes = new List<string>();
        string system;
        IReadOnlyDictionary<string, string> storyById;
        if (request.PredictionsPath is { } predictionsPath)
        {
            storyById = EvalTsv.ReadById(predictionsPath, "predictions", set.Ids, PredictionColumns)
                .ToDictionary(p => p.Key, p => p.Value[1], StringComparer.Ordinal);
            system = $"predictions: {Path.GetFileName(predictionsPath)}";
            progress?.Report(new EvalProgress(set.Articles.Count, set.Articles.Count));
        }
        else
        {
            var run = PipelineRun.Over(set, request.ShuffleSeed, progress);
            // An article Lede could not read is in no story; alone is the least it can be.
            storyById = set.Ids.ToDictionary(
                id => id,
                id => run.Linked.TryGetValue(id, out var linked) ? linked.Story.StoryId.ToString(CultureInfo.InvariantCulture) : $"unread:{id}",
                StringComparer.Ordinal);
            if (request.SavePredictionsPath is { } savePath)
                EvalTsv.Write(savePath, PredictionColumns, set.Ids.Select(id => new[] { id, storyById[id] }));
            system = PipelineRun.SystemName(StoryGrouper.Version, "online event clustering of originals, copies with their original");
            notes.AddRange(run.Notes("its own story"));
        }

        var score = ClusterMetrics.Score(set.Ids.Select(id => (set.Gold[id][1], storyById[id])).ToList());
        var metrics = new Dictionary<string, double>
        {
            ["bcubed_precision"] = score.BCubedPrecision,
            ["bcubed_recall"] = score.BCubedRecall,
            ["bcubed_f1"] = score.BCubedF1,
            ["ari"] = score.AdjustedRand,
        };
        var details = new JsonObject
        {
            ["gold_events"] = set.Gold.Values.Select(r => r[1]).Distinct(StringComparer.Ordinal).Count(),
            ["predicted_stories"] = storyById.Values.Distinct(StringComparer.Ordinal).Count(),
        };
        return new EvalReport(Name, request.DatasetPath, set.Articles.Count, system, metrics, details, clock.Elapsed.TotalSeconds, notes);
    }
}
