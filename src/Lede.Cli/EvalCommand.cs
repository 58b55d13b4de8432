using System.CommandLine;
using System.Globalization;
using Lede.Evaluation;
using Spectre.Console;

namespace Lede.Cli;

internal static class EvalCommand
{
    public static Command Create()
    {
        var taskNames = EvalTasks.All.Select(t => t.Name).ToArray();
        var task = new Argument<string>("TASK")
        {
            Description = "What to measure: " + string.Join("; ", EvalTasks.All.Select(t => $"{t.Name}: {t.Description}")),
        };
        if (taskNames.Length > 0) task.AcceptOnlyFromAmong(taskNames);
        var dataset = new Argument<string>("DATASET") { Description = "The dataset folder or file, in the task's layout." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: task, dataset, items, system, metrics, seconds." };
        var save = new Option<string?>("--save-predictions")
        {
            Description = "Write what the system answered, in the task's prediction format, so others can re-score it.",
            HelpName = "FILE",
        };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Score this prediction file (ours or another tool's) instead of running Lede.",
            HelpName = "FILE",
        };
        var shuffle = new Option<int?>("--shuffle-seed")
        {
            Description = "stories and copies: feed the articles in an order shuffled with this seed instead of file order.",
            HelpName = "N",
        };
        var command = new Command("eval", "Measure Lede against a public benchmark with the benchmark's own metric.")
        {
            task, dataset, json, save, predictions, shuffle,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            var evalTask = EvalTasks.Find(parse.GetValue(task)!)
                           ?? throw new ArgumentException($"unknown task; one of {string.Join(", ", taskNames)}");
            var request = new EvalRequest(parse.GetValue(dataset)!, parse.GetValue(predictions), parse.GetValue(save), parse.GetValue(shuffle));
            var report = Cli.Interactive && !parse.GetValue(json)
                ? RunWithProgress(evalTask, request)
                : evalTask.Run(request);
            if (parse.GetValue(json))
            {
                Console.WriteLine(EvalJson.Serialize(report));
                return ExitCode.Ok;
            }
            AnsiConsole.MarkupLine($"[bold]{Cli.Markup(report.Task)}[/] on {Cli.Markup(report.Dataset)}: {report.Items} items, system {Cli.Markup(report.System)}, {report.Seconds:0.0} s");
            var table = Cli.NewTable("metric", "value");
            foreach (var (name, value) in report.Metrics)
                table.AddRow(Cli.Markup(name), value.ToString("0.0000", CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            foreach (var note in report.Notes) Console.WriteLine($"note: {note}");
            if (request.SavePredictionsPath is not null) Console.WriteLine($"Predictions written to {request.SavePredictionsPath}");
            return ExitCode.Ok;
        }));
        return command;
    }

    private static EvalReport RunWithProgress(IEvalTask task, EvalRequest request)
    {
        EvalReport? report = null;
        AnsiConsole.Progress().AutoClear(true).Start(context =>
        {
            var bar = context.AddTask(task.Name);
            report = task.Run(request, new Progress<EvalProgress>(p =>
            {
                bar.MaxValue = Math.Max(1, p.Total);
                bar.Value = p.Done;
            }));
        });
        return report!;
    }
}
