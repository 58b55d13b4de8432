using System.CommandLine;
using Lede.Pipeline;
using Spectre.Console;

namespace Lede.Cli;

internal static class ReprocessCommand
{
    public static Command Create()
    {
        var command = new Command("reprocess",
            "Rerun every stage over the raw inputs kept in the store (no original files needed), e.g. after upgrading Lede. " +
            "Copy families and stories are rebuilt in the order articles were stored.");
        command.SetAction((parse, cancellation) => Task.FromResult(Cli.Guard(() =>
        {
            using var store = Cli.OpenExistingStore(parse);
            var reprocessor = new Reprocessor(store, new ArticleProcessor());
            ReprocessResult? result = null;
            if (Cli.Interactive)
                AnsiConsole.Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask("reprocessing", maxValue: Math.Max(1, store.ArticleCount()));
                    result = reprocessor.Run((done, _) => task.Value = done, cancellation);
                });
            else
                result = reprocessor.Run(null, cancellation);
            foreach (var p in result!.Problems) Console.WriteLine($"failed: {p.Origin}: {p.Reason} (kept as stored)");
            Console.WriteLine($"{result.Articles} articles reprocessed with {string.Join(", ", ArticleProcessor.StageVersions.Values)}; {result.Failed} failed.");
            return result.Failed > 0 ? ExitCode.SomeItemsFailed : ExitCode.Ok;
        })));
        return command;
    }
}
