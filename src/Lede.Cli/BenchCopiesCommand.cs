using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Streams;

namespace Lede.Cli;

/// <summary>
/// `lede bench copies`: a seeded synthetic stream (bench/Lede.Streams) through Lede's copy index and, in the same run,
/// through a plain MinHash LSH baseline: throughput, recall per relation, false pairs, and memory over the stream.
/// </summary>
internal static class BenchCopiesCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles")
        {
            Description = "Articles in the stream (originals and copies).", DefaultValueFactory = _ => 1_000_000, HelpName = "N",
        };
        var seed = new Option<int>("--seed") { Description = "The stream's seed.", DefaultValueFactory = _ => StreamSeed.Default, HelpName = "N" };
        var window = new Option<double>("--window")
        {
            Description = "The copy index's time window in days of publication time (both systems); copies come up to 4 days after their original.",
            DefaultValueFactory = _ => 5, HelpName = "DAYS",
        };
        var perDay = new Option<double>("--per-day")
        {
            Description = "Articles published per day of stream time: with --window, how many are live at once.",
            DefaultValueFactory = _ => 5_000, HelpName = "N",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Threads that fingerprint ahead of the index (which takes articles in order on one).",
            DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N",
        };
        var batch = new Option<int>("--batch") { Description = "Articles fingerprinted together.", DefaultValueFactory = _ => 2048, HelpName = "N" };
        var checkpoints = new Option<int>("--checkpoints")
        {
            Description = "Memory checkpoints over the run.", DefaultValueFactory = _ => 10, HelpName = "N",
        };
        var dataset = new Option<string?>("--dataset")
        {
            Description = "The copybench folder whose originals the stream recombines (default: ../shared/datasets/copybench, searched upwards).",
            HelpName = "PATH",
        };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Run Lede alone." };
        var baselineOnly = new Option<bool>("--baseline-only") { Description = "Run the baseline alone." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("copies",
            "Stream synthetic news (recombined copybench originals with duplicate, syndicated, excerpt, rewrite and spun copies at known " +
            "rates) through Lede's copy index and a datasketch-style MinHash LSH (128 permutations, word 5-grams, threshold 0.3): " +
            "articles/s, recall per relation, false pairs, and resident memory at checkpoints. Text is given: extraction is not timed.")
        {
            articles, seed, window, perDay, threads, batch, checkpoints, dataset, noBaseline, baselineOnly, json,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            var n = parse.GetValue(articles);
            if (n < 1) throw new ArgumentException("--articles must be 1 or more");
            if (parse.GetValue(window) <= 0 || parse.GetValue(perDay) <= 0) throw new ArgumentException("--window and --per-day must be positive");
            if (parse.GetValue(threads) < 1 || parse.GetValue(batch) < 1 || parse.GetValue(checkpoints) < 1)
                throw new ArgumentException("--threads, --batch and --checkpoints must be 1 or more");
            if (parse.GetValue(noBaseline) && parse.GetValue(baselineOnly)) throw new ArgumentException("--no-baseline and --baseline-only exclude each other");
            var folder = parse.GetValue(dataset) ?? CopySource.FindCopybench()
                ?? throw new ArgumentException($"no --dataset given and no ../shared/datasets/copybench found from {Environment.CurrentDirectory} upwards");
            if (!Directory.Exists(folder)) throw new ArgumentException($"no such folder: {folder}");
            var source = CopySource.Load(folder);
            var loadBefore = LoadAverage();
            var options = new CopyBenchOptions
            {
                Stream = new CopyStreamOptions { Articles = n, Seed = parse.GetValue(seed), ArticlesPerDay = parse.GetValue(perDay) },
                Window = TimeSpan.FromDays(parse.GetValue(window)),
                Threads = parse.GetValue(threads),
                BatchSize = parse.GetValue(batch),
                Checkpoints = parse.GetValue(checkpoints),
                Lede = !parse.GetValue(baselineOnly),
                Baseline = !parse.GetValue(noBaseline),
            };
            // Progress goes to standard error while a person watches it, whatever standard output goes to.
            var progress = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null ? new Progress(Console.Error) : null;
            var results = new List<CopyBenchResult>();
            foreach (var result in new CopyBench(source, options).Run(progress))
            {
                progress?.Clear();
                results.Add(result);
                if (!parse.GetValue(json)) Print(result);
            }
            var load = $"{loadBefore} at the start, {LoadAverage()} at the end";
            if (parse.GetValue(json))
                Console.WriteLine(Json(options, source, results, load).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else
                Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}; stream seed {options.Stream.Seed}, " +
                                  $"{options.Stream.ArticlesPerDay:0} articles/day, window {options.Window.TotalDays:0.##} days, threads {options.Threads}; load average {load}");
            return ExitCode.Ok;
        }));
        return command;
    }

    private static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static void Print(CopyBenchResult r)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(r.System);
        Console.WriteLine($"  timed: {r.Timed}");
        Console.WriteLine(string.Create(ci, $"  {r.Articles:N0} articles in {r.Seconds:0.00} s: {r.ArticlesPerSecond:N0} articles/s ({r.MicrosecondsPerArticle:0.0} µs/article wall, {r.CpuMicrosecondsPerArticle:0.0} µs CPU); ")
                          + string.Join(", ", r.PhaseSeconds.Select(p => string.Create(ci, $"{p.Key} {p.Value:0.00} s"))));
        Console.WriteLine("  recall: " + string.Join(", ", r.Recall.Select(kv => string.Create(ci, $"{kv.Key} {kv.Value.Recall:0.000} ({kv.Value.Found}/{kv.Value.Copies})")))
                          + string.Create(ci, $"; all {r.OverallRecall:0.000}"));
        Console.WriteLine(string.Create(ci, $"  false pairs {r.FalsePairs:N0} ({r.ArticlesWithFalsePair:N0} articles); relinked {r.Relinked:N0}"));
        Console.WriteLine("  memory:   articles  stream day  working set MB  GC heap MB   live    keys  seconds");
        foreach (var c in r.Checkpoints)
            Console.WriteLine(string.Create(ci,
                $"          {c.Articles,9:N0}  {c.StreamTime:yyyy-MM-dd}  {c.WorkingSetBytes / 1048576.0,14:0}  {c.GcHeapBytes / 1048576.0,10:0}  {c.Live,6:N0}  {c.Keys,8:N0}  {c.Seconds,7:0.0}"));
        Console.WriteLine(string.Create(ci, $"  peak working set {r.PeakWorkingSetBytes / 1048576.0:0} MB"));
    }

    /// <summary>The 1, 5 and 15 minute load averages where the system tells them (/proc/loadavg), for judging the timings.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static JsonObject Json(CopyBenchOptions options, CopySource source, IReadOnlyList<CopyBenchResult> results, string load) => new()
    {
        ["task"] = "bench copies",
        ["cores"] = Environment.ProcessorCount,
        ["load_average"] = load,
        ["runtime"] = RuntimeInfo(),
        ["stream"] = new JsonObject
        {
            ["articles"] = options.Stream.Articles,
            ["seed"] = options.Stream.Seed,
            ["articles_per_day"] = options.Stream.ArticlesPerDay,
            ["source_articles"] = source.Articles,
            ["rates"] = new JsonObject([.. CopyStreamRelation.Copies.Select(r => KeyValuePair.Create(r, (JsonNode?)options.Stream.RateOf(r)))]),
        },
        ["window_days"] = options.Window.TotalDays,
        ["threads"] = options.Threads,
        ["batch"] = options.BatchSize,
        ["systems"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
        {
            ["system"] = r.System,
            ["timed"] = r.Timed,
            ["articles"] = r.Articles,
            ["seconds"] = Math.Round(r.Seconds, 3),
            ["articles_per_second"] = Math.Round(r.ArticlesPerSecond, 1),
            ["us_per_article"] = Math.Round(r.MicrosecondsPerArticle, 2),
            ["cpu_seconds"] = Math.Round(r.CpuSeconds, 3),
            ["cpu_us_per_article"] = Math.Round(r.CpuMicrosecondsPerArticle, 2),
            ["phase_seconds"] = new JsonObject([.. r.PhaseSeconds.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Math.Round(p.Value, 3)))]),
            ["recall"] = new JsonObject([.. r.Recall.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)new JsonObject
            {
                ["recall"] = Math.Round(kv.Value.Recall, 4), ["copies"] = kv.Value.Copies, ["found"] = kv.Value.Found,
            }))]),
            ["recall_all"] = Math.Round(r.OverallRecall, 4),
            ["false_pairs"] = r.FalsePairs,
            ["articles_with_false_pair"] = r.ArticlesWithFalsePair,
            ["relinked"] = r.Relinked,
            ["peak_working_set_bytes"] = r.PeakWorkingSetBytes,
            ["checkpoints"] = new JsonArray([.. r.Checkpoints.Select(c => (JsonNode)new JsonObject
            {
                ["articles"] = c.Articles,
                ["stream_time"] = c.StreamTime.ToString("O", CultureInfo.InvariantCulture),
                ["working_set_bytes"] = c.WorkingSetBytes,
                ["gc_heap_bytes"] = c.GcHeapBytes,
                ["live"] = c.Live,
                ["keys"] = c.Keys,
                ["seconds"] = Math.Round(c.Seconds, 2),
            })]),
        })]),
    };

    /// <summary>A progress line on standard error, redrawn in place.</summary>
    private sealed class Progress(TextWriter error) : IProgress<(string System, long Done, long Total)>
    {
        private long _last;

        public void Report((string System, long Done, long Total) value)
        {
            var now = Environment.TickCount64;
            if (now - _last < 250 && value.Done < value.Total) return;
            _last = now;
            error.Write($"\r{value.System}: {value.Done:N0} / {value.Total:N0} articles   ");
        }

        public void Clear() => error.Write("\r" + new string(' ', 100) + "\r");
    }
}
