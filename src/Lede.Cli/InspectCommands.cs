using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Dates;
using Lede.Pipeline;
using Lede.Sources;
using NodaTime;
using Spectre.Console;

namespace Lede.Cli;

/// <summary>`extract` and `dates`: run the per-article stages on files and print what they found, storing nothing.</summary>
internal static class InspectCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Extract();
        yield return Dates();
    }

    private static Argument<string[]> Inputs() => new("FILE")
    {
        Description = "Files or folders (any input kind digest reads), or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command Extract()
    {
        var inputs = Inputs();
        var format = new Option<string>("--format")
        {
            Description = "text (the article only), markdown, or json (the article with its metadata).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|markdown|json",
        }.AcceptOnlyFromAmong("text", "markdown", "json");
        var command = new Command("extract", "Print each article's clean text (without page clutter) and, as JSON, its title, site, dates and attribution.")
        {
            inputs, format,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Cli.Guard(() =>
            ForEachArticle(parse.GetValue(inputs)!, cancellation, article =>
            {
                switch (parse.GetValue(format))
                {
                    case "json": Console.WriteLine(Json(article).ToJsonString(JsonOptions)); break;
                    case "markdown": Console.WriteLine(Markdown(article)); break;
                    default: Console.WriteLine(article.Text); Console.WriteLine(); break;
                }
            }))));
        return command;
    }

    private static Command Dates()
    {
        var inputs = Inputs();
        var reference = new Option<string?>("--reference")
        {
            Description = "Resolve against this date (yyyy-MM-dd) instead of the article's publication date.",
            HelpName = "DATE",
        };
        var command = new Command("dates", "Print each article's text with its temporal expressions marked and resolved, then its event date.")
        {
            inputs, reference,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Cli.Guard(() =>
        {
            LocalDate? forced = null;
            if (parse.GetValue(reference) is { } r)
                forced = DateOnly.TryParseExact(r, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? new LocalDate(d.Year, d.Month, d.Day)
                    : throw new ArgumentException($"--reference {r}: a date is written yyyy-MM-dd");
            var tagger = new TemporalTagger();
            return ForEachArticle(parse.GetValue(inputs)!, cancellation, article =>
            {
                var published = article.Published is { } p ? new LocalDate(p.Value.Year, p.Value.Month, p.Value.Day) : (LocalDate?)null;
                var basis = forced ?? published;
                var mentions = tagger.Tag(article.Text, basis);
                AnsiConsole.MarkupLine($"[bold]{Cli.Markup(article.Identity)}[/]  reference date: {Cli.Markup(basis?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none (values stay underspecified)")}");
                Console.WriteLine(Marked(article.Text, mentions));
                var eventDate = forced is null ? article.EventDate : new EventDater().Date(article.Text, new DateOnly(forced.Value.Year, forced.Value.Month, forced.Value.Day));
                Console.WriteLine(eventDate is null
                    ? "event date: unknown"
                    : $"event date: {eventDate.Value} (confidence {eventDate.Confidence:0.0}; {eventDate.Basis})");
                Console.WriteLine();
            });
        })));
        return command;
    }

    /// <summary>The text with each expression written [as found]{TYPE value}.</summary>
    internal static string Marked(string text, IReadOnlyList<TemporalMention> mentions)
    {
        var sb = new StringBuilder(text.Length + mentions.Count * 24);
        var at = 0;
        foreach (var m in mentions)
        {
            sb.Append(text, at, m.Start - at).Append('[').Append(m.Text).Append("]{").Append(m.TimexTypeName).Append(' ').Append(m.Value);
            if (m.Mod is not null) sb.Append(' ').Append(m.Mod);
            sb.Append('}');
            at = m.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Reads the inputs and runs the per-article stages; failures are reported and the rest goes on.</summary>
    private static int ForEachArticle(string[] inputs, CancellationToken cancellation, Action<ProcessedArticle> show)
    {
        var processor = new ArticleProcessor();
        var failed = 0;
        foreach (var e in new SourceReader(SourceOptions.Default).Read(inputs, cancellation))
        {
            switch (e)
            {
                case SourceEvent.Item item:
                    try
                    {
                        show(processor.Process(item.Raw));
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        failed++;
                        Cli.Error($"{item.Origin}: {ex.Message}");
                    }
                    break;
                case SourceEvent.Failed f:
                    failed++;
                    Cli.Error($"{f.Origin}: {f.Reason}");
                    break;
                case SourceEvent.Skipped s:
                    Console.Error.WriteLine($"skipped: {s.Origin}: {s.Reason}");
                    break;
            }
        }
        return failed > 0 ? ExitCode.SomeItemsFailed : ExitCode.Ok;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonObject Json(ProcessedArticle a)
    {
        var details = JsonNode.Parse(Storage.ArticleDetails.ToJson(a))!.AsObject();
        var json = new JsonObject
        {
            ["identity"] = a.Identity,
            ["title"] = a.Title,
            ["url"] = a.Metadata.Url,
            ["site"] = a.Metadata.Site,
            ["published"] = a.Published is { } p
                ? new JsonObject { ["date"] = p.HasTime ? p.Value.ToString("o", CultureInfo.InvariantCulture) : p.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["source"] = p.Source }
                : null,
            ["language"] = a.Language,
        };
        foreach (var (name, node) in details) json[name] = node?.DeepClone();
        json["text"] = a.Text;
        return json;
    }

    private static string Markdown(ProcessedArticle a)
    {
        var md = new StringBuilder();
        if (a.Title is not null) md.Append("# ").Append(a.Title).Append("\n\n");
        var byline = string.Join(" · ", new[] { a.Metadata.Site, a.Published?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Metadata.Url }
            .Where(x => !string.IsNullOrEmpty(x)));
        if (byline.Length > 0) md.Append('_').Append(byline).Append("_\n\n");
        md.AppendJoin("\n\n", a.Text.Split('\n'));
        return md.Append('\n').ToString();
    }
}
