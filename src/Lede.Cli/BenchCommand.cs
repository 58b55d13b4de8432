using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Lede.Evaluation.Extraction;
using Lede.Extraction;
using Spectre.Console;

namespace Lede.Cli;

/// <summary>
/// `lede bench extraction`: per-page time, allocation and quality of Lede's extractor beside SmartReader
/// (the .NET Readability port), on one thread, over pages already decoded in memory.
/// </summary>
internal static class BenchCommand
{
    private static readonly string[] DefaultDatasets = ["scrapinghub-aeb", "trafilatura-eval"];

    public static Command Create()
    {
        var datasets = new Option<string[]>("--dataset")
        {
            Description = "An extraction dataset folder (AEB or trafilatura-eval layout); repeat for more. " +
                          "Default: both under ../shared/datasets.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = false,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var warmup = new Option<int>("--warmup")
        {
            Description = "Untimed passes over all pages first, so that the JIT has compiled the hot code.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Timed passes; every page is timed once per pass.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var limit = new Option<int?>("--limit") { Description = "Read only the first N pages of each dataset.", HelpName = "N" };
        var noSmartReader = new Option<bool>("--no-smartreader") { Description = "Time Lede alone." };
        var extraction = new Command("extraction",
            "Time HTML parsing, extraction and metadata apart, per page on one thread, beside SmartReader 0.11.1; " +
            "score both with each dataset's metric (AEB shingle F1, trafilatura-eval segment F1).")
        {
            datasets, json, warmup, rounds, limit, noSmartReader,
        };
        extraction.SetAction(parse => Cli.Guard(() =>
        {
            var paths = parse.GetValue(datasets) is { Length: > 0 } given ? given : FindDefaultDatasets();
            var warm = parse.GetValue(warmup);
            var passes = parse.GetValue(rounds);
            if (warm < 0 || passes < 1) throw new ArgumentException("--warmup must be 0 or more and --rounds 1 or more");
            if (parse.GetValue(limit) is < 1) throw new ArgumentException("--limit must be 1 or more");
            var pages = paths.SelectMany(p => SpeedCorpus.Load(p, parse.GetValue(limit) ?? int.MaxValue)).ToList();
            List<IBenchSystem> systems = [new LedeSystem()];
            if (!parse.GetValue(noSmartReader)) systems.Add(new SmartReaderSystem());
            var run = new BenchRun(pages, systems, warm, passes).Run(progress: !parse.GetValue(json) && Cli.Interactive);
            if (parse.GetValue(json)) Console.WriteLine(BenchOutput.Json(run).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else BenchOutput.Print(run);
            return ExitCode.Ok;
        }));
        return new Command("bench", "Measure Lede's speed: extraction on public pages, copies and stories on seeded synthetic streams.")
        {
            extraction, BenchCopiesCommand.Create(), BenchStoriesCommand.Create(),
        };
    }

    /// <summary>The AEB and trafilatura-eval folders in the shared/ folder beside the repository (searched upwards).</summary>
    private static string[] FindDefaultDatasets()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var root = Path.Combine(dir.FullName, "..", "shared", "datasets");
            var found = DefaultDatasets.Select(name => Path.GetFullPath(Path.Combine(root, name))).Where(Directory.Exists).ToArray();
            if (found.Length > 0) return found;
        }
        throw new ArgumentException(
            $"no --dataset given and no ../shared/datasets/{{{string.Join(",", DefaultDatasets)}}} found from {Environment.CurrentDirectory} upwards; " +
            "pass --dataset PATH (a folder with ground-truth.json or evaldata.json beside html/)");
    }
}

/// <summary>One page through one system: ticks and allocated bytes for each timed part, and the text it gave.</summary>
internal sealed record PageSample(long[] Ticks, long[] Bytes, string? Text);

/// <summary>An extractor under test, split into parts that are timed apart.</summary>
internal interface IBenchSystem
{
    string Name { get; }
    IReadOnlyList<string> Parts { get; }
    PageSample Run(CorpusPage page);
}

/// <summary>Lede as the pipeline runs it: one parse shared by extraction and metadata.</summary>
internal sealed class LedeSystem : IBenchSystem
{
    private readonly ArticleExtractor _extractor = new();
    private readonly PageMetadataExtractor _metadata = new();

    public string Name => "lede " + ArticleExtractor.Version;
    public IReadOnlyList<string> Parts { get; } = ["parse", "extract", "metadata"];

    public PageSample Run(CorpusPage page)
    {
        var clock = new PartClock(3);
        using var document = _extractor.Parse(page.Html);
        clock.Lap();
        var content = _extractor.FromDocument(document);
        clock.Lap();
        _metadata.Extract(document, page.Url);
        clock.Lap();
        return new PageSample(clock.Ticks, clock.Bytes, content.Text);
    }
}

/// <summary>
/// SmartReader 0.11.1 with its defaults, given a document parsed by AngleSharp so that parse and extraction are
/// timed apart as for Lede (Readability edits the document, so it gets its own parse).
/// </summary>
internal sealed class SmartReaderSystem : IBenchSystem
{
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public string Name => "smartreader 0.11.1";
    public IReadOnlyList<string> Parts { get; } = ["parse", "extract"];

    public PageSample Run(CorpusPage page)
    {
        var clock = new PartClock(2);
        using var document = _parser.ParseDocument(page.Html);
        clock.Lap();
        using var reader = new SmartReader.Reader(page.Url, document);
        var article = reader.GetArticle();
        clock.Lap();
        return new PageSample(clock.Ticks, clock.Bytes, article.TextContent ?? "");
    }
}

/// <summary>Stopwatch ticks and this thread's allocated bytes between successive laps.</summary>
internal sealed class PartClock(int parts)
{
    public readonly long[] Ticks = new long[parts];
    public readonly long[] Bytes = new long[parts];
    private int _part;
    private long _lastTicks = Stopwatch.GetTimestamp();
    private long _lastBytes = GC.GetAllocatedBytesForCurrentThread();

    public void Lap()
    {
        // Bytes first: reading the allocation counter is cheaper than the clock and allocates nothing.
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var ticks = Stopwatch.GetTimestamp();
        Ticks[_part] = ticks - _lastTicks;
        Bytes[_part] = bytes - _lastBytes;
        _part++;
        _lastBytes = GC.GetAllocatedBytesForCurrentThread();
        _lastTicks = Stopwatch.GetTimestamp();
    }
}

/// <summary>Timing of one part (or "total") of one system over one scope (a dataset, or "all").</summary>
internal sealed record PartFigures(string Part, LatencySummary Latency, double BytesPerPage);

internal sealed record ScopeFigures(string Scope, int Pages, IReadOnlyList<PartFigures> Parts, string? Metric, double? F1, int Failures);

internal sealed record SystemFigures(string System, IReadOnlyList<ScopeFigures> Scopes);

internal sealed record BenchResult(IReadOnlyList<SystemFigures> Systems, IReadOnlyList<(string Name, int Pages)> Datasets,
    int Warmup, int Rounds, double Seconds);

/// <summary>Warm-up, then timed passes over the pages, systems interleaved page by page so that a change in
/// the machine's load falls on both alike.</summary>
internal sealed class BenchRun(IReadOnlyList<CorpusPage> pages, IReadOnlyList<IBenchSystem> systems, int warmup, int rounds)
{
    public const string Total = "total";
    public const string AllScope = "all";

    public BenchResult Run(bool progress)
    {
        var clock = Stopwatch.StartNew();
        var samples = systems.Select(_ => new List<(CorpusPage Page, PageSample Sample, bool Failed)>()).ToList();
        var passes = warmup + rounds;
        void Work(Action<int, int>? report)
        {
            for (var pass = 0; pass < passes; pass++)
            {
                // A collection between passes, not inside a timed page.
                GC.Collect();
                GC.WaitForPendingFinalizers();
                for (var i = 0; i < pages.Count; i++)
                {
                    for (var s = 0; s < systems.Count; s++)
                    {
                        var sample = RunOne(systems[s], pages[i]);
                        if (pass >= warmup) samples[s].Add((pages[i], sample, sample.Text is null));
                    }
                    report?.Invoke(pass * pages.Count + i + 1, passes * pages.Count);
                }
            }
        }
        if (progress)
            AnsiConsole.Progress().AutoClear(true).Start(context =>
            {
                var bar = context.AddTask("bench extraction");
                Work((done, total) => { bar.MaxValue = total; bar.Value = done; });
            });
        else Work(null);

        var figures = systems.Select((system, s) => Figures(system, samples[s])).ToList();
        var datasets = pages.GroupBy(p => p.Dataset).Select(g => (g.Key, g.Count())).ToList();
        return new BenchResult(figures, datasets, warmup, rounds, clock.Elapsed.TotalSeconds);
    }

    private static PageSample RunOne(IBenchSystem system, CorpusPage page)
    {
        try { return system.Run(page); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A crash is a miss for scoring, as in the benchmarks' own harnesses; its time is not counted.
            return new PageSample(new long[system.Parts.Count], new long[system.Parts.Count], null);
        }
    }

    private SystemFigures Figures(IBenchSystem system, List<(CorpusPage Page, PageSample Sample, bool Failed)> samples)
    {
        var scopes = samples.GroupBy(x => x.Page.Dataset).Select(g => Scope(system, g.Key, g.ToList())).ToList();
        if (scopes.Count > 1) scopes.Add(Scope(system, AllScope, samples));
        return new SystemFigures(system.Name, scopes);
    }

    private ScopeFigures Scope(IBenchSystem system, string scope,
        List<(CorpusPage Page, PageSample Sample, bool Failed)> samples)
    {
        var timed = samples.Where(x => !x.Failed).Select(x => x.Sample).ToList();
        var parts = new List<PartFigures>();
        for (var p = 0; p < system.Parts.Count; p++)
            parts.Add(Part(system.Parts[p], timed.Select(x => x.Ticks[p]).ToList(), timed.Select(x => x.Bytes[p]).ToList()));
        parts.Add(Part(Total, timed.Select(x => x.Ticks.Sum()).ToList(), timed.Select(x => x.Bytes.Sum()).ToList()));

        // Quality from the first timed pass: the texts are the same in every pass.
        var pagesInScope = samples.Count / rounds;
        var quality = new QualityTally();
        string? metric = null;
        double? f1 = null;
        if (scope != AllScope)
        {
            foreach (var (page, sample, _) in samples.Take(pagesInScope)) quality.Add(page.Gold, sample.Text);
            if (quality.Result is { } result) (metric, f1) = result;
        }
        var failures = samples.Take(pagesInScope).Count(x => x.Failed);
        return new ScopeFigures(scope, pagesInScope, parts, metric, f1, failures);
    }

    private static PartFigures Part(string name, List<long> ticks, List<long> bytes) =>
        new(name, LatencySummary.Of(ticks), bytes.Count > 0 ? bytes.Average() : 0);
}

internal static class BenchOutput
{
    public static void Print(BenchResult run)
    {
        AnsiConsole.MarkupLine(Cli.Markup(
            $"bench extraction: {string.Join(", ", run.Datasets.Select(d => $"{d.Name} {d.Pages} pages"))}; " +
            $"{run.Warmup} warm-up pass(es), {run.Rounds} timed; one thread; {Environment()}; {run.Seconds:0.0} s"));
        var time = Cli.NewTable("system", "dataset", "part", "median ms", "p90 ms", "p99 ms", "mean ms", "pages/s", "KB/page");
        foreach (var system in run.Systems)
        foreach (var scope in system.Scopes)
        foreach (var part in scope.Parts)
        {
            var l = part.Latency;
            var name = part.Part == BenchRun.Total ? "[bold]total[/]" : Cli.Markup(part.Part);
            time.AddRow(Cli.Markup(system.System), Cli.Markup(scope.Scope), name, Ms(l.MedianMs), Ms(l.P90Ms), Ms(l.P99Ms),
                Ms(l.MeanMs), part.Part == BenchRun.Total ? l.PagesPerSecond.ToString("0", CultureInfo.InvariantCulture) : "",
                (part.BytesPerPage / 1024).ToString("#,0", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(time);
        var quality = Cli.NewTable("system", "dataset", "pages", "metric", "F1", "failed");
        foreach (var system in run.Systems)
        foreach (var scope in system.Scopes.Where(s => s.F1 is not null))
            quality.AddRow(Cli.Markup(system.System), Cli.Markup(scope.Scope), scope.Pages.ToString(CultureInfo.InvariantCulture),
                Cli.Markup(scope.Metric), scope.F1!.Value.ToString("0.0000", CultureInfo.InvariantCulture),
                scope.Failures.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(quality);
    }

    public static JsonObject Json(BenchResult run) => new()
    {
        ["bench"] = "extraction",
        ["datasets"] = new JsonArray([.. run.Datasets.Select(d => (JsonNode)new JsonObject { ["name"] = d.Name, ["pages"] = d.Pages })]),
        ["warmup"] = run.Warmup,
        ["rounds"] = run.Rounds,
        ["environment"] = Environment(),
        ["seconds"] = Round(run.Seconds),
        ["systems"] = new JsonArray([.. run.Systems.Select(system => (JsonNode)new JsonObject
        {
            ["system"] = system.System,
            ["scopes"] = new JsonArray([.. system.Scopes.Select(scope => (JsonNode)new JsonObject
            {
                ["dataset"] = scope.Scope,
                ["pages"] = scope.Pages,
                ["failed"] = scope.Failures,
                ["metric"] = scope.Metric,
                ["f1"] = scope.F1 is { } f1 ? Math.Round(f1, 4) : null,
                ["parts"] = new JsonObject([.. scope.Parts.Select(part => KeyValuePair.Create(part.Part, (JsonNode?)new JsonObject
                {
                    ["median_ms"] = Round(part.Latency.MedianMs),
                    ["p90_ms"] = Round(part.Latency.P90Ms),
                    ["p99_ms"] = Round(part.Latency.P99Ms),
                    ["mean_ms"] = Round(part.Latency.MeanMs),
                    ["pages_per_second"] = Round(part.Latency.PagesPerSecond),
                    ["allocated_bytes_per_page"] = Math.Round(part.BytesPerPage),
                }))]),
            })]),
        })]),
    };

    /// <summary>What the figures depend on; the load average says how busy the machine was.</summary>
    private static string Environment()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return $"{RuntimeInformation.FrameworkDescription}, {System.Environment.ProcessorCount} cores, " +
               $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, load {load}";
    }

    private static string Ms(double ms) => ms.ToString("0.00", CultureInfo.InvariantCulture);

    private static double Round(double x) => Math.Round(x, 3);
}
