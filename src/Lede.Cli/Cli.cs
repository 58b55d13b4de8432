using System.CommandLine;
using Lede.Evaluation;
using Lede.Storage;
using Spectre.Console;

namespace Lede.Cli;

/// <summary>Exit codes, part of the command-line contract.</summary>
public static class ExitCode
{
    public const int Ok = 0;
    /// <summary>The run completed but some items failed.</summary>
    public const int SomeItemsFailed = 1;
    /// <summary>Usage error, or a fatal error that stopped the run.</summary>
    public const int UsageOrFatal = 2;
}

/// <summary>Options and helpers shared by the commands.</summary>
internal static class Cli
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = $"The store: a SQLite file, created if missing (default: {ArticleStore.DefaultPath} in the working directory).",
        DefaultValueFactory = _ => ArticleStore.DefaultPath,
        Recursive = true,
        HelpName = "FILE",
    };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "Output: table (for people), jsonl or csv (for programs).",
        DefaultValueFactory = _ => "table",
        HelpName = "table|jsonl|csv",
    }.AcceptOnlyFromAmong("table", "jsonl", "csv");

    /// <summary>Progress bars only when a person watches: never into a file or a pipe.</summary>
    public static bool Interactive => !Console.IsOutputRedirected && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static void Error(string message) => Console.Error.WriteLine($"lede: {message}");

    /// <summary>Runs a command body, turning the errors a user can act on into a message and exit code 2.</summary>
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is StoreException or EvalDatasetException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            Error(e.Message);
            return ExitCode.UsageOrFatal;
        }
    }

    public static ArticleStore OpenStore(ParseResult parse) => ArticleStore.Open(parse.GetValue(Db)!);

    /// <summary>Opens the store for reading, refusing to create an empty one by mistake.</summary>
    public static ArticleStore OpenExistingStore(ParseResult parse)
    {
        var path = parse.GetValue(Db)!;
        if (!File.Exists(path))
            throw new StoreException($"no store at {path}: run `lede digest INPUT...` first, or name one with --db");
        return ArticleStore.Open(path);
    }

    public static string Shorten(string? s, int max) => s is null || s.Length <= max ? s ?? "" : s[..(max - 1)] + "…";

    public static string Markup(string? s) => Spectre.Console.Markup.Escape(s ?? "");

    public static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns) table.AddColumn(c);
        return table;
    }
}
