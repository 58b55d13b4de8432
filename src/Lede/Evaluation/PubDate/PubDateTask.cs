using System.Diagnostics;
using System.Text.Json.Nodes;
using Lede.Sources;

namespace Lede.Evaluation.PubDate;

/// <summary>
/// `lede eval pubdate DATASET`: publication dates of web pages, scored at day level the way htmldate scores
/// itself. Until the extraction stage reads dates (a later issue), Lede's system here is a markup baseline.
/// </summary>
public sealed class PubDateTask : IEvalTask
{
    public string Name => "pubdate";

    public string Description =>
        "publication date of web pages; htmldate layout (eval*.json + html/<file>.gz); " +
        "day-level precision, recall, accuracy, f1 as htmldate computes them";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var pages = HtmlDateDataset.Load(request.DatasetPath);
        var notes = new List<string>();
        string system;
        IReadOnlyDictionary<string, string?> predictions;

        if (request.PredictionsPath is { } predictionsPath)
        {
            system = $"predictions: {Path.GetFileName(predictionsPath)}";
            predictions = PubDatePredictions.Read(predictionsPath);
            var missing = pages.Count(p => !predictions.ContainsKey(p.Url));
            if (missing > 0) notes.Add($"{missing} page(s) absent from the predictions file count as no date output");
            for (var i = 0; i < pages.Count; i++) progress?.Report(new EvalProgress(i + 1, pages.Count));
        }
        else
        {
            system = MetaPublishedDateBaseline.Description;
            notes.Add("Lede has no HTML date extractor yet: this is a baseline that reads only the markup " +
                      "(published-time meta tags, JSON-LD datePublished, itemprop=datePublished, <time datetime>), " +
                      "with no text heuristics and no URL patterns.");
            predictions = RunBaseline(request.DatasetPath, pages, progress);
        }

        var counts = new PubDateCounts();
        foreach (var page in pages)
            counts += PubDateScorer.Judge(predictions.GetValueOrDefault(page.Url), page.Gold);
        var scores = PubDateScorer.Score(counts);

        if (request.SavePredictionsPath is { } savePath)
            PubDatePredictions.Write(savePath, pages.Select(p => KeyValuePair.Create(p.Url, predictions.GetValueOrDefault(p.Url))));

        var metrics = new Dictionary<string, double>
        {
            ["precision"] = scores.Precision,
            ["recall"] = scores.Recall,
            ["accuracy"] = scores.Accuracy,
            ["f1"] = scores.F1,
        };
        var details = new JsonObject
        {
            ["counts"] = new JsonObject
            {
                ["true_positives"] = counts.TruePositives,
                ["false_positives"] = counts.FalsePositives,
                ["true_negatives"] = counts.TrueNegatives,
                ["false_negatives"] = counts.FalseNegatives,
            },
        };
        return new EvalReport(Name, request.DatasetPath, pages.Count, system, metrics, details,
            clock.Elapsed.TotalSeconds, notes);
    }

    private static Dictionary<string, string?> RunBaseline(
        string folder, IReadOnlyList<PubDatePage> pages, IProgress<EvalProgress>? progress)
    {
        var baseline = new MetaPublishedDateBaseline();
        var predictions = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var html = TextDecoding.DecodeHtml(HtmlDateDataset.ReadHtml(folder, pages[i]));
            predictions[pages[i].Url] = baseline.Find(html);
            progress?.Report(new EvalProgress(i + 1, pages.Count));
        }
        return predictions;
    }
}
