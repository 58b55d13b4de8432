using System.CommandLine;

namespace Lede.Cli;

public static class Program
{
    private const int RedirectedWidth = 160;

    public static int Main(string[] args)
    {
        // A plain command named `lede` rather than RootCommand, whose name would be the assembly's (Lede.Cli).
        var root = new Command("lede", """
            Lede turns a stream of raw news (web pages, feeds, web archives, plain text) into the stories behind it:
            clean article text, copies and their originals, and stories of the same real-world event.
            Start with `lede digest FILE_OR_FOLDER...`; everything is kept in a SQLite store (--db, default lede.db).
            Exit codes: 0 all good, 1 some items failed (the run completed), 2 usage or fatal error.
            """);
        root.Add(new System.CommandLine.Help.HelpOption());
        root.Add(new VersionOption());
        root.Add(Cli.Db);
        root.Add(DigestCommand.Create());
        foreach (var command in ListingCommands.Create()) root.Add(command);
        root.Add(CopiesCommand.Create());
        root.Add(ReprocessCommand.Create());
        foreach (var command in InspectCommands.Create()) root.Add(command);
        root.Add(EvalCommand.Create());
        root.Add(BenchCommand.Create());

        // Spectre assumes 80 columns when output goes to a file or pipe; tables are easier to read unwrapped there.
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = RedirectedWidth;

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Cli.Error(error.Message);
            Console.Error.WriteLine("Run `lede --help` (or `lede COMMAND --help`) for usage.");
            return ExitCode.UsageOrFatal;
        }
        return parse.Invoke();
    }
}
