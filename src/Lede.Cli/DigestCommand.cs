using System.CommandLine;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;
using Lede.Views;
using Spectre.Console;

namespace Lede.Cli;

internal static class DigestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files or folders (read recursively), or - for standard input. Read: .txt, .html/.htm, .jsonl " +
                          "(fields id, url, site, published, title, text or html), RSS/Atom feeds, .warc; each optionally .gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Also write a report; its format follows the extension: .md, .html or .json.",
            HelpName = "FILE",
        };
        var maxItemBytes = new Option<long>("--max-item-bytes")
        {
            Description = "Largest single item (page, JSON line, WARC record) read, after decompression; larger ones fail with a reason.",
            DefaultValueFactory = _ => SourceOptions.Default.MaxItemBytes,
            HelpName = "BYTES",
        };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Items stored per transaction. An item counts as stored only once its batch has committed.",
            DefaultValueFactory = _ => DigestOptions.Default.BatchSize,
            HelpName = "N",
        };
        var command = new Command("digest", "Read news, run every stage, store the results, and print the stories they belong to.")
        {
            inputs, output, maxItemBytes, batchSize,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Cli.Guard(() =>
        {
            var paths = parse.GetValue(inputs)!;
            var outPath = parse.GetValue(output);
            if (outPath is not null && !DigestReport.Extensions.Contains(Path.GetExtension(outPath).ToLowerInvariant()))
                throw new ArgumentException($"--out {outPath}: the report format is chosen by extension, one of {string.Join(", ", DigestReport.Extensions)}");
            var max = parse.GetValue(maxItemBytes);
            var batch = parse.GetValue(batchSize);
            if (max <= 0) throw new ArgumentException("--max-item-bytes must be positive");
            if (batch <= 0) throw new ArgumentException("--batch-size must be positive");
            using var store = Cli.OpenStore(parse);
            var reader = new SourceReader(new SourceOptions { MaxItemBytes = max });
            var digester = new Digester(store, new ArticleProcessor(), DigestOptions.Default with { BatchSize = batch });
            var events = reader.Read(paths, cancellation);
            var commandLine = "digest " + string.Join(' ', paths);
            var result = Cli.Interactive
                ? RunWithProgress(digester, events, commandLine, cancellation)
                : digester.Run(events, commandLine, null, cancellation);
            var report = new DigestReport(result, store.Stories(result.Stories), store.Families(result.Stories), paths);
            Print(report);
            if (outPath is not null)
            {
                report.Write(outPath);
                Console.WriteLine($"Report written to {outPath}");
            }
            return result.Failed > 0 ? ExitCode.SomeItemsFailed : ExitCode.Ok;
        })));
        return command;
    }

    private static DigestResult RunWithProgress(Digester digester, IEnumerable<SourceEvent> events, string commandLine, CancellationToken cancellation)
    {
        DigestResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: double.MaxValue);
                task.IsIndeterminate = true;
                result = digester.Run(events, commandLine, p =>
                {
                    task.Description = Cli.Markup($"{p.Seen} read, {p.Stored} stored, {p.Skipped} skipped, {p.Failed} failed  {Shorten(p.Current)}");
                }, cancellation);
                task.StopTask();
            });
        return result!;
    }

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 60 ? s : "…" + s[^59..];

    private static void Print(DigestReport report)
    {
        var stories = Cli.NewTable("story", "when", "headline", "articles", "independent", "sites");
        foreach (var s in report.Stories)
            stories.AddRow(s.Id.ToString(), Cli.Markup(DigestReport.When(s)), Cli.Markup(Cli.Shorten(s.Headline, 70)), s.Articles.ToString(),
                s.Independent.ToString(), Cli.Markup(Cli.Shorten(string.Join(", ", s.Sites), 30)));
        AnsiConsole.Write(stories);
        if (report.Families.Count > 0)
        {
            // One line per family: its original (title, identity, site) and how many copies it has; `lede copies` shows the evidence.
            var families = Cli.NewTable("family", "original", "identity", "site", "copies", "relations", "story");
            foreach (var f in report.Families)
                families.AddRow($"{CopiesCommand.FamilyPrefix}{f.OriginId}", Cli.Markup(Cli.Shorten(f.OriginTitle, 50)), Cli.Markup(f.OriginIdentity),
                    Cli.Markup(Cli.Shorten(f.OriginCredit is null ? f.OriginSite : $"{f.OriginSite} (credits {f.OriginCredit})", 30)),
                    f.Copies.ToString(), Cli.Markup(string.Join(", ", f.Relations)), f.StoryId.ToString());
            AnsiConsole.Write(families);
        }
        foreach (var p in report.Result.Problems)
            Console.WriteLine($"{p.Outcome}: {p.Origin}: {p.Reason}");
        if (report.Result.Problems.Count < report.Result.Skipped + report.Result.Failed)
            Console.WriteLine($"(only the first {report.Result.Problems.Count} skipped or failed items are listed; all are in the store's problems table)");
        Console.WriteLine($"{report.Summary}.");
    }
}
