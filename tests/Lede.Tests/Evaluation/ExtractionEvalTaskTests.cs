using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Lede.Evaluation;
using Lede.Evaluation.Extraction;

namespace Lede.Tests.Evaluation;

public sealed class ExtractionEvalTaskTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("lede-evx-").FullName;
    private readonly ExtractionEvalTask _task = new();

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Is_registered_as_extraction() => Assert.IsType<ExtractionEvalTask>(EvalTasks.Find("extraction"));

    [Fact]
    public void Runs_lede_on_a_benchmark_layout_and_reports_per_page()
    {
        var dataset = WriteBenchmark(new()
        {
            ["p1"] = ("<html><body><article><p>One two three four five.</p></article></body></html>", "One two three four five."),
            ["p2"] = ("<html><body><p>Alpha beta gamma delta.</p></body></html>", "Alpha beta gamma delta epsilon."),
        });
        var seen = new List<EvalProgress>();
        var report = _task.Run(new EvalRequest(dataset), new SynchronousProgress(seen));

        Assert.Equal(("extraction", 2, "lede " + Lede.Extraction.ArticleExtractor.Version), (report.Task, report.Items, report.System));
        Assert.Equal([new EvalProgress(1, 2), new EvalProgress(2, 2)], seen);
        Assert.Equal(1.0, report.Metrics["precision"], 12);
        Assert.Equal(0.75, report.Metrics["recall"], 12);   // mean(1, 1/2)
        Assert.Equal(0.5, report.Metrics["accuracy"], 12);
        Assert.Equal(1, report.Details!["pages"]!["exact_matches"]!.GetValue<int>());
    }

    [Fact]
    public void Saved_predictions_score_the_same_as_the_run_that_wrote_them()
    {
        var dataset = WriteTrafilatura();
        var saved = Path.Combine(_temp, "out", "lede.json");
        var run = _task.Run(new EvalRequest(dataset, SavePredictionsPath: saved));
        var rescored = _task.Run(new EvalRequest(dataset, PredictionsPath: saved));

        Assert.Equal(run.Metrics, rescored.Metrics);
        Assert.Equal("predictions lede.json", rescored.System);
        Assert.Equal(new[] { "https://example.org/a", "https://example.org/b" }, ExtractionPredictions.Read(saved).Keys);
        // Page a keeps its "with" segment and no "without" one; page b's extractor text holds both.
        Assert.Equal("""{"tp":2,"fp":1,"fn":0,"tn":1}""", rescored.Details!["segments"]!.ToJsonString());
        Assert.Equal(0.75, rescored.Metrics["accuracy"], 12);
    }

    [Fact]
    public void Predictions_round_trip_text_nulls_and_the_wrapped_form()
    {
        var path = Path.Combine(_temp, "p.json");
        ExtractionPredictions.Write(path, [new("a", "Grüße\n\"zitat\" 日本"), new("b", null)]);
        var read = ExtractionPredictions.Read(path);
        Assert.Equal("Grüße\n\"zitat\" 日本", read["a"]);
        Assert.Null(read["b"]);
        Assert.Contains("Grüße", File.ReadAllText(path), StringComparison.Ordinal);

        File.WriteAllText(path, """{"version": "1.2", "output": {"a": {"articleBody": "x"}, "b": {}}}""");
        Assert.Equal(new Dictionary<string, string?> { ["a"] = "x", ["b"] = null }, ExtractionPredictions.Read(path));
    }

    [Fact]
    public void Predictions_with_other_ids_are_refused()
    {
        var dataset = WriteBenchmark(new() { ["p1"] = ("<p>x</p>", "x") });
        var path = Path.Combine(_temp, "p.json");
        ExtractionPredictions.Write(path, [new("p2", "x")]);
        var e = Assert.Throws<EvalDatasetException>(() => _task.Run(new EvalRequest(dataset, PredictionsPath: path)));
        Assert.Contains("1 missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_unrecognised_dataset_is_a_dataset_error()
    {
        Assert.Throws<EvalDatasetException>(() => _task.Run(new EvalRequest(Path.Combine(_temp, "nope"))));
        var e = Assert.Throws<EvalDatasetException>(() => _task.Run(new EvalRequest(_temp)));
        Assert.Contains("ground-truth.json", e.Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_temp, "evaldata.json"), """{"u": {"file": "f.html", "with": "not a list"}}""");
        Assert.Throws<EvalDatasetException>(() => _task.Run(new EvalRequest(_temp)));
    }

    [Fact]
    public void A_missing_html_file_is_a_dataset_error()
    {
        File.WriteAllText(Path.Combine(_temp, "ground-truth.json"), """{"p1": {"articleBody": "x"}}""");
        var e = Assert.Throws<EvalDatasetException>(() => _task.Run(new EvalRequest(_temp)));
        Assert.Contains("p1", e.Message, StringComparison.Ordinal);
    }

    private string WriteBenchmark(Dictionary<string, (string Html, string Body)> pages)
    {
        var gold = new JsonObject();
        foreach (var (id, (html, body)) in pages)
        {
            gold[id] = new JsonObject { ["articleBody"] = body, ["url"] = $"https://example.org/{id}" };
            WriteGzip(Path.Combine(_temp, "html", id + ".html.gz"), html);
        }
        File.WriteAllText(Path.Combine(_temp, "ground-truth.json"), gold.ToJsonString());
        return _temp;
    }

    private string WriteTrafilatura()
    {
        WriteGzip(Path.Combine(_temp, "html", "a.html.gz"),
            "<html><body><nav>Impressum</nav><article><p>Die GEMA dreht   völlig am Zeiger!</p></article></body></html>");
        WriteGzip(Path.Combine(_temp, "html", "b.html.gz"), "<html><body><p>Main text here.</p><p>Posted in News</p></body></html>");
        File.WriteAllText(Path.Combine(_temp, "evaldata.json"), """
            {
              "https://example.org/a": {"file": "a.html", "with": ["Die GEMA dreht völlig"], "without": ["Impressum"]},
              "https://example.org/b": {"file": "b.html", "with": ["Main text"], "without": ["Posted in News"], "date": "2020-01-01"}
            }
            """);
        return _temp;
    }

    private static void WriteGzip(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test needs the reports in order, now.</summary>
    private sealed class SynchronousProgress(List<EvalProgress> seen) : IProgress<EvalProgress>
    {
        public void Report(EvalProgress value) => seen.Add(value);
    }
}
