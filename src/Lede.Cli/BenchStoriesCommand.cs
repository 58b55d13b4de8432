using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Stories;
using Lede.Streams;
using Spectre.Console;

namespace Lede.Cli;

/// <summary>
/// `lede bench stories`: throughput, memory and quality of online story clustering over a seeded synthetic stream
/// (ECB+ dev events re-used as new instances through a year, with copies), at checkpoints, so that a growing
/// per-assignment cost would show as a falling interval rate.
/// </summary>
internal static class BenchStoriesCommand
{
    private static readonly long[] DefaultCheckpoints = [10_000, 100_000, 1_000_000];

    public static Command Create()
    {
        var articles = new Option<int>("--articles")
        {
            Description = "Articles in the stream (originals and copies).",
            DefaultValueFactory = _ => 1_000_000,
            HelpName = "N",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the stream generator; the same seed gives the same stream.",
            DefaultValueFactory = _ => StreamSeed.Default,
            HelpName = "N",
        };
        var window = new Option<double>("--window")
        {
            Description = "Days a story stays live after its latest article (StoryOptions.Window).",
            DefaultValueFactory = _ => StoryOptions.Default.Window.TotalDays,
            HelpName = "DAYS",
        };
        var maxSpan = new Option<double?>("--max-span")
        {
            Description = "Days a story's span may cover (StoryOptions.MaxSpanDays); 0 for no bound.",
            HelpName = "DAYS",
        };
        var checkpoints = new Option<long[]>("--checkpoint")
        {
            Description = "Report after this many articles; repeat for more (default 10000, 100000, 1000000 and the end).",
            HelpName = "N",
            AllowMultipleArgumentsPerToken = false,
        };
        var dataset = new Option<string?>("--dataset")
        {
            Description = "The dev events: a folder with articles.jsonl and gold.tsv (default ../shared/datasets/ecbplus/stories).",
            HelpName = "PATH",
        };
        var stopAt = new Option<int?>("--stop-at")
        {
            Description = "Stop after this many articles of the stream (its density stays that of --articles): a quick look at a long stream's steady state.",
            HelpName = "N",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table (progress lines still go to standard error)." };
        var command = new Command("stories",
            "Cluster a seeded synthetic stream (dev events re-dated across a year, copies mixed in) with the stories stage: " +
            "throughput, live stories, memory and BCubed against the generator's instances at checkpoints. Included: each " +
            "original's story representation (from title, text and publication date, built in parallel) and its assignment " +
            "(in arrival order); not included: extraction, dates and copy detection (copies are marked by the generator).")
        {
            articles, seed, window, maxSpan, checkpoints, stopAt, dataset, json,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            var total = parse.GetValue(articles);
            if (total < 1) throw new ArgumentException("--articles must be 1 or more");
            var n = Math.Min(total, parse.GetValue(stopAt) ?? total);
            if (n < 1) throw new ArgumentException("--stop-at must be 1 or more");
            var days = parse.GetValue(window);
            if (days <= 0) throw new ArgumentException("--window must be more than 0 days");
            var folder = parse.GetValue(dataset) ?? StorySource.FindDefault(Environment.CurrentDirectory)
                ?? throw new ArgumentException($"no ../shared/datasets/ecbplus/stories found from {Environment.CurrentDirectory} upwards; pass --dataset PATH");
            var source = StorySource.Load(folder);
            var streamOptions = new StoryStreamOptions { Articles = total, Seed = parse.GetValue(seed) };
            var options = StoryOptions.Default with { Window = TimeSpan.FromDays(days) };
            if (parse.GetValue(maxSpan) is { } span) options = options with { MaxSpanDays = span > 0 ? span : null };
            var stops = (parse.GetValue(checkpoints) is { Length: > 0 } given ? given : DefaultCheckpoints)
                .Where(c => c > 0 && c < n).Append(n).Distinct().Order().ToList();
            var quiet = parse.GetValue(json);
            var results = new StoryBench(options).Run(new StoryStream(source, streamOptions).Take(n), stops,
                onCheckpoint: c => Console.Error.WriteLine(
                    string.Create(CultureInfo.InvariantCulture, $"lede: {c.Articles:N0} articles, {c.Seconds:0.0} s, {c.IntervalArticlesPerSecond:N0}/s in the last interval, " +
                    $"{c.LiveStories:N0} live stories of {c.LiveArticles:N0} articles, live heap {c.LiveHeapBytes / 1048576.0:N0} MB, " +
                    $"longest span {c.LongestSpanDays:0.0} d, bcubed F1 {c.Quality.BCubedF1:0.000}")));
            if (quiet) Console.WriteLine(Json(results, source, streamOptions, options, folder, n).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            else Print(results, source, streamOptions, options, n);
            return ExitCode.Ok;
        }));
        return command;
    }

    private const string Included =
        "story representation of each original (title, text, publication date; parallel) and its assignment (arrival order) with the split and merge repairs it triggers; " +
        "copies join their original's story as the generator marks them; extraction, dates and copy detection not included";

    private static void Print(IReadOnlyList<StoryBenchCheckpoint> results, StorySource source, StoryStreamOptions stream, StoryOptions options, int processed)
    {
        AnsiConsole.MarkupLine(Cli.Markup(string.Create(CultureInfo.InvariantCulture,
            $"stories bench: {processed:N0} of a {stream.Articles:N0}-article stream from {source.Events.Count} dev events ({source.ArticleCount} articles) over {stream.Span.TotalDays:0} days, " +
            $"copy rate {stream.CopyRate:0.##}, seed {stream.Seed}, window {options.Window.TotalDays:0.#} days, {Environment.ProcessorCount} cores")));
        var table = Cli.NewTable("articles", "seconds", "articles/s", "interval /s", "live stories", "live articles", "index terms",
            "postings", "stories opened", "repair moves", "working set MB", "GC heap MB", "live heap MB", "longest span d", "largest story", "bench entries", "GC pause s", "GCs 0/1/2", "assign KB/original", "cpu s", "sys s", "page faults K", "assign faults K", "build s", "assign s", "retrieve µs", "features µs", "reason µs", "update µs",
            "bcubed P", "bcubed R", "bcubed F1");
        foreach (var c in results)
            table.AddRow(Row(c).Select(Cli.Markup).ToArray());
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Cli.Markup($"included: {Included}; cpu s is the process's processor time, sys s the kernel's part of it, page faults the process's minor faults (pages it touched first: zeroed by the kernel) and assign faults the assigning thread's; build s sums the representation time over the cores, assign s is the sequential assignment, and the µs columns split it per original: retrieval, features and scores, the join reason, adding and closing."));
    }

    private static IEnumerable<string> Row(StoryBenchCheckpoint c)
    {
        var ci = CultureInfo.InvariantCulture;
        yield return c.Articles.ToString("N0", ci);
        yield return c.Seconds.ToString("0.0", ci);
        yield return c.ArticlesPerSecond.ToString("N0", ci);
        yield return c.IntervalArticlesPerSecond.ToString("N0", ci);
        yield return c.LiveStories.ToString("N0", ci);
        yield return c.LiveArticles.ToString("N0", ci);
        yield return c.IndexedTerms.ToString("N0", ci);
        yield return c.Postings.ToString("N0", ci);
        yield return c.StoriesOpened.ToString("N0", ci);
        yield return c.RepairMoves.ToString("N0", ci);
        yield return (c.WorkingSetBytes / 1048576.0).ToString("N0", ci);
        yield return (c.GcHeapBytes / 1048576.0).ToString("N0", ci);
        yield return (c.LiveHeapBytes / 1048576.0).ToString("N0", ci);
        yield return c.LongestSpanDays.ToString("0.0", ci);
        yield return c.LargestStory.ToString("N0", ci);
        yield return c.BenchEntries.ToString("N0", ci);
        yield return c.GcPauseSeconds.ToString("0.0", ci);
        yield return string.Join('/', c.GcCollections);
        yield return (c.AssignAllocatedBytes / 1024.0 / Math.Max(1, c.Originals)).ToString("0.0", ci);
        yield return c.CpuSeconds.ToString("0.0", ci);
        yield return c.ProcessUsage.SystemSeconds.ToString("0.0", ci);
        yield return (c.ProcessUsage.MinorFaults / 1000.0).ToString("N0", ci);
        yield return (c.AssignThreadUsage.MinorFaults / 1000.0).ToString("N0", ci);
        yield return c.BuildSeconds.ToString("0.0", ci);
        yield return c.AssignSeconds.ToString("0.0", ci);
        foreach (var phase in new[] { c.RetrievalSeconds, c.FeatureSeconds, c.ReasonSeconds, c.UpdateSeconds })
            yield return (phase * 1e6 / Math.Max(1, c.Originals)).ToString("0", ci);
        yield return c.Quality.BCubedPrecision.ToString("0.000", ci);
        yield return c.Quality.BCubedRecall.ToString("0.000", ci);
        yield return c.Quality.BCubedF1.ToString("0.000", ci);
    }

    private static JsonObject Json(IReadOnlyList<StoryBenchCheckpoint> results, StorySource source, StoryStreamOptions stream, StoryOptions options, string folder, int processed) => new()
    {
        ["task"] = "bench stories",
        ["system"] = StoryGrouper.Version,
        ["dataset"] = folder,
        ["stream_articles"] = stream.Articles,
        ["articles"] = processed,
        ["seed"] = stream.Seed,
        ["dev_events"] = source.Events.Count,
        ["dev_articles"] = source.ArticleCount,
        ["span_days"] = stream.Span.TotalDays,
        ["copy_rate"] = stream.CopyRate,
        ["window_days"] = options.Window.TotalDays,
        ["max_span_days"] = options.MaxSpanDays,
        ["cores"] = Environment.ProcessorCount,
        ["included"] = Included,
        ["checkpoints"] = new JsonArray(results.Select(c => (JsonNode)WithUpdateParts(new JsonObject
        {
            ["articles"] = c.Articles,
            ["seconds"] = c.Seconds,
            ["articles_per_second"] = c.ArticlesPerSecond,
            ["interval_articles_per_second"] = c.IntervalArticlesPerSecond,
            ["live_stories"] = c.LiveStories,
            ["live_articles"] = c.LiveArticles,
            ["index_terms"] = c.IndexedTerms,
            ["postings"] = c.Postings,
            ["stories_opened"] = c.StoriesOpened,
            ["repair_moves"] = c.RepairMoves,
            ["working_set_bytes"] = c.WorkingSetBytes,
            ["gc_heap_bytes"] = c.GcHeapBytes,
            ["live_heap_bytes"] = c.LiveHeapBytes,
            ["longest_span_days"] = c.LongestSpanDays,
            ["largest_story"] = c.LargestStory,
            ["bench_entries"] = c.BenchEntries,
            ["build_seconds"] = c.BuildSeconds,
            ["assign_seconds"] = c.AssignSeconds,
            ["generate_seconds"] = c.GenerateSeconds,
            ["cpu_seconds"] = c.CpuSeconds,
            ["assign_thread_cpu_seconds"] = c.AssignThreadCpuSeconds,
            ["gc_pause_seconds"] = c.GcPauseSeconds,
            ["allocated_bytes"] = c.AllocatedBytes,
            ["assign_allocated_bytes"] = c.AssignAllocatedBytes,
            ["assign_allocated_bytes_per_original"] = c.AssignAllocatedBytes / Math.Max(1, c.Originals),
            ["reason_allocated_bytes_per_original"] = c.ReasonAllocatedBytes / Math.Max(1, c.Originals),
            ["update_allocated_bytes_per_original"] = c.UpdateAllocatedBytes / Math.Max(1, c.Originals),
            ["build_allocated_bytes_per_original"] = c.BuildAllocatedBytes / Math.Max(1, c.Originals),
            ["gc_collections"] = new JsonArray(c.GcCollections.Select(n => (JsonNode)n).ToArray()),
            ["originals"] = c.Originals,
            ["retrieval_seconds"] = c.RetrievalSeconds,
            ["feature_seconds"] = c.FeatureSeconds,
            ["reason_seconds"] = c.ReasonSeconds,
            ["update_seconds"] = c.UpdateSeconds,
            ["true_stories"] = c.Quality.TrueStories,
            ["bcubed_precision"] = c.Quality.BCubedPrecision,
            ["bcubed_recall"] = c.Quality.BCubedRecall,
            ["bcubed_f1"] = c.Quality.BCubedF1,
            ["user_cpu_seconds"] = c.ProcessUsage.UserSeconds,
            ["system_cpu_seconds"] = c.ProcessUsage.SystemSeconds,
            ["minor_page_faults"] = c.ProcessUsage.MinorFaults,
            ["major_page_faults"] = c.ProcessUsage.MajorFaults,
            ["max_resident_bytes"] = c.ProcessUsage.MaxResidentBytes,
            ["assign_thread_user_cpu_seconds"] = c.AssignThreadUsage.UserSeconds,
            ["assign_thread_system_cpu_seconds"] = c.AssignThreadUsage.SystemSeconds,
            ["assign_thread_minor_page_faults"] = c.AssignThreadUsage.MinorFaults,
            ["assign_thread_major_page_faults"] = c.AssignThreadUsage.MajorFaults,
        }, c)).ToArray()),
    };

    /// <summary>
    /// The update phase's parts as fields of their own after the others (update_PART_seconds and
    /// update_PART_allocated_bytes_per_original): added beside update_seconds, whose meaning stays.
    /// </summary>
    private static JsonObject WithUpdateParts(JsonObject checkpoint, StoryBenchCheckpoint c)
    {
        foreach (var (name, seconds, bytes) in c.UpdateParts)
        {
            checkpoint[$"update_{name}_seconds"] = seconds;
            checkpoint[$"update_{name}_allocated_bytes_per_original"] = bytes / Math.Max(1, c.Originals);
        }
        return checkpoint;
    }
}
