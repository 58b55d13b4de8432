using System.Diagnostics;
using System.Text.Json.Nodes;
using Lede.Extraction;
using Lede.Sources;

namespace Lede.Evaluation.PubDate;

/// <summary>
/// `lede eval pubdate DATASET`: publication dates of web pages, scored at day level the way htmldate scores
/// itself. Lede's system is <see cref="PageMetadataExtractor"/>'s publication date, given the page's URL as a
/// crawler would know it; <see cref="MetaPublishedDateBaseline"/> stays for comparison.
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
        var sources = new SortedDictionary<string, int>(StringComparer.Ordinal);
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
            system = $"lede {PageMetadataExtractor.Version}";
            predictions = RunLede(request.DatasetPath, pages, progress, sources);
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
        if (sources.Count > 0)
        {
            var bySource = new JsonObject();
            foreach (var (source, count) in sources) bySource[source] = count;
            details["sources"] = bySource;
        }
        return new EvalReport(Name, request.DatasetPath, pages.Count, system, metrics, details,
            clock.Elapsed.TotalSeconds, notes);
    }

    /// <summary>Lede's publication dates; how many pages each source decided goes into the report's details.</summary>
    private static Dictionary<string, string?> RunLede(
        string folder, IReadOnlyList<PubDatePage> pages, IProgress<EvalProgress>? progress, IDictionary<string, int> sources)
    {
        var extractor = new PageMetadataExtractor();
        var predictions = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var html = TextDecoding.DecodeHtml(HtmlDateDataset.ReadHtml(folder, pages[i]));
            var published = extractor.FromHtml(html, pages[i].Url).Published;
            predictions[pages[i].Url] = published?.Day;
            var source = published?.Source ?? "none";
            sources[source] = sources.TryGetValue(source, out var n) ? n + 1 : 1;
            progress?.Report(new EvalProgress(i + 1, pages.Count));
        }
        return predictions;
    }
}
