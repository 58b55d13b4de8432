using System.Diagnostics;
using System.Text.Json.Nodes;
using Lede.Extraction;

namespace Lede.Evaluation.Extraction;

/// <summary>
/// `lede eval extraction DATASET`: main-text extraction scored as the dataset's authors score it,
/// article-extraction-benchmark shingles or trafilatura's pooled segment counts, by the layout found.
/// </summary>
public sealed class ExtractionEvalTask : IEvalTask
{
    public string Name => "extraction";

    public string Description =>
        "article body from HTML; DATASET = article-extraction-benchmark (ground-truth.json + html/<id>.html.gz: " +
        "4-gram shingle precision/recall/f1, exact-match accuracy) or trafilatura-eval (evaldata.json + html/<file>.gz: " +
        "pooled with/without segment precision/recall/f1/accuracy)";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var dataset = ExtractionDataset.Load(request.DatasetPath);
        var answers = new Answers(dataset, request.PredictionsPath);
        var notes = new List<string> { LayoutNote(dataset.Layout) };

        var predictions = new List<KeyValuePair<string, string?>>(dataset.Pages.Count);
        var shinglePages = new List<ShinglePage>();
        var segments = new SegmentCounts();
        for (var i = 0; i < dataset.Pages.Count; i++)
        {
            var page = dataset.Pages[i];
            var predicted = answers.For(page);
            predictions.Add(new(page.Id, predicted));
            switch (page)
            {
                case BodyPage body: shinglePages.Add(ShingleScorer.ScorePage(body.Body, predicted)); break;
                case SegmentPage segment: segments += SegmentScorer.ScorePage(segment.With, segment.Without, predicted); break;
            }
            progress?.Report(new EvalProgress(i + 1, dataset.Pages.Count));
        }

        if (request.SavePredictionsPath is not null) ExtractionPredictions.Write(request.SavePredictionsPath, predictions);
        if (answers.Failures > 0)
            notes.Add($"{answers.Failures} page(s) failed to extract and were scored as empty");

        var (metrics, details) = dataset.Layout == ExtractionLayout.ArticleExtractionBenchmark
            ? BenchmarkMetrics(ShingleScorer.Aggregate(shinglePages), notes)
            : SegmentMetrics(segments);
        return new EvalReport(Name, dataset.Name, dataset.Pages.Count, answers.System, metrics, details,
            clock.Elapsed.TotalSeconds, notes);
    }

    private static (Dictionary<string, double>, JsonObject) BenchmarkMetrics(ShingleMetrics m, List<string> notes)
    {
        if (m.PagesWithPredicted == 0) notes.Add("no page had any predicted token: precision is undefined");
        var metrics = new Dictionary<string, double>
        {
            ["precision"] = m.Precision, ["recall"] = m.Recall, ["f1"] = m.F1, ["accuracy"] = m.Accuracy,
        };
        var details = new JsonObject
        {
            ["pages"] = new JsonObject
            {
                ["with_predicted_shingles"] = m.PagesWithPredicted,
                ["with_gold_shingles"] = m.PagesWithGold,
                ["exact_matches"] = m.ExactMatches,
            },
        };
        return (metrics, details);
    }

    private static (Dictionary<string, double>, JsonObject) SegmentMetrics(SegmentCounts c)
    {
        var metrics = new Dictionary<string, double>
        {
            ["precision"] = c.Precision, ["recall"] = c.Recall, ["f1"] = c.F1, ["accuracy"] = c.Accuracy,
        };
        var details = new JsonObject
        {
            ["segments"] = new JsonObject { ["tp"] = c.Tp, ["fp"] = c.Fp, ["fn"] = c.Fn, ["tn"] = c.Tn },
        };
        return (metrics, details);
    }

    private static string LayoutNote(ExtractionLayout layout) => layout switch
    {
        ExtractionLayout.ArticleExtractionBenchmark =>
            "article-extraction-benchmark: means of per-page 4-gram shingle precision and recall, f1 of the means, accuracy = exact token match",
        _ => "trafilatura-eval: pooled with/without segment counts; accuracy = (tp+tn)/all segments",
    };

    /// <summary>Where each page's answer comes from: a saved predictions file, or Lede's extractor run now.</summary>
    private sealed class Answers
    {
        private readonly Dictionary<string, string?>? _saved;
        private readonly ArticleExtractor _extractor = new();

        public Answers(ExtractionDataset dataset, string? predictionsPath)
        {
            if (predictionsPath is null)
            {
                System = "lede " + ArticleExtractor.Version;
                return;
            }
            _saved = ExtractionPredictions.Read(predictionsPath);
            System = "predictions " + Path.GetFileName(predictionsPath);
            RequireSameIds(dataset, _saved, predictionsPath);
        }

        public string System { get; }
        public int Failures { get; private set; }

        public string? For(ExtractionPage page)
        {
            if (_saved is not null) return _saved[page.Id];
            var html = ExtractionDataset.ReadHtml(page);
            try { return _extractor.FromHtml(html).Text; }
            catch (Exception)
            {
                // As in the authors' harnesses, a crash on one page is a full miss there, not a failed run.
                Failures++;
                return null;
            }
        }

        // Like evaluate.py, refuse a file that does not answer exactly the dataset's pages: a silently
        // skipped page would flatter the score.
        private static void RequireSameIds(ExtractionDataset dataset, Dictionary<string, string?> saved, string path)
        {
            var ids = dataset.Pages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var missing = ids.Where(id => !saved.ContainsKey(id)).ToList();
            var extra = saved.Keys.Where(id => !ids.Contains(id)).ToList();
            if (missing.Count == 0 && extra.Count == 0) return;
            throw new EvalDatasetException(
                $"{path}: prediction ids do not match the dataset's ({missing.Count} missing, e.g. " +
                $"{missing.FirstOrDefault() ?? "-"}; {extra.Count} unknown, e.g. {extra.FirstOrDefault() ?? "-"})");
        }
    }
}
