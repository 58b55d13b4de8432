using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Storage;
using Spectre.Console;

namespace Lede.Cli;

/// <summary>`articles`, `stories` and `show`: read-only views of the store.</summary>
internal static class ListingCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Articles();
        yield return Stories();
        yield return Show();
    }

    private static Command Articles()
    {
        var format = Cli.Format();
        var story = new Option<long?>("--story") { Description = "Only the articles of this story.", HelpName = "ID" };
        var command = new Command("articles", "List the stored articles: identity, title, site, publication date, copy link and story.")
        {
            format, story,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = Cli.OpenExistingStore(parse);
            var rows = store.Articles(parse.GetValue(story));
            string[] header = ["id", "identity", "title", "site", "published", "copy_of", "relation", "story"];
            Listing(parse.GetValue(format)!, header, rows.Select(a => new object?[]
            {
                a.Id, a.Identity, a.Title, a.Site, a.Published, a.CopyOf, a.Relation, a.StoryId,
            }));
            return ExitCode.Ok;
        }));
        return command;
    }

    private static Command Stories()
    {
        var format = Cli.Format();
        var command = new Command("stories", "List the stories: headline, article count (independent counts each copy family once), time span, sites.")
        {
            format,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = Cli.OpenExistingStore(parse);
            string[] header = ["id", "when", "when_basis", "when_confidence", "headline", "articles", "independent", "first", "last", "sites"];
            Listing(parse.GetValue(format)!, header, store.Stories().Select(s => new object?[]
            {
                s.Id, s.EventDate, s.EventBasis, s.EventConfidence, s.Headline, s.Articles, s.Independent, s.FirstTime, s.LastTime, string.Join(";", s.Sites),
            }));
            return ExitCode.Ok;
        }));
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("ID")
        {
            Description = "An article's identity (its id, URL or path) or number, or story:N for story N.",
        };
        var command = new Command("show", "Show one article (metadata, stage versions, copy evidence, story, text) or one story (members, copies folded under their originals).")
        {
            id,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = Cli.OpenExistingStore(parse);
            var key = parse.GetValue(id)!;
            if (key.StartsWith("story:", StringComparison.OrdinalIgnoreCase))
            {
                if (!long.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
                    throw new ArgumentException($"{key}: a story is named story:N with N its number");
                var story = store.FindStory(storyId) ?? throw new ArgumentException($"no story {storyId} in {store.Path}");
                ShowStory(story);
                return ExitCode.Ok;
            }
            var article = store.FindArticle(key) ?? throw new ArgumentException($"no article {key} in {store.Path} (try `lede articles`)");
            ShowArticle(article);
            return ExitCode.Ok;
        }));
        return command;
    }

    private static void ShowArticle(ArticleDetail a)
    {
        var r = a.Row;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) { if (!string.IsNullOrEmpty(value)) grid.AddRow($"[bold]{name}[/]", Cli.Markup(value)); }
        Row("article", $"{r.Id}  {r.Identity}");
        Row("title", r.Title);
        Row("url", r.Url);
        Row("site", r.Site);
        Row("published", r.Published is null ? "unknown" : $"{r.Published} (from {a.PublishedSource})");
        Row("language", a.Language);
        var details = a.DetailsJson is null ? new JsonObject() : JsonNode.Parse(a.DetailsJson)!.AsObject();
        Row("event date", details["event_date"] is JsonObject e
            ? $"{e["value"]} (confidence {e["confidence"]}; {e["basis"]})"
            : "unknown");
        foreach (var (name, node) in details.Where(kv => kv.Key != "event_date"))
            Row(name.Replace('_', ' '), Readable(node));
        Row("from", r.Origin);
        Row("stored", r.FirstSeen);
        Row("raw input", $"{a.RawFormat}, {a.RawCompressedBytes} bytes compressed");
        Row("stages", string.Join(", ", a.StageVersions.Select(kv => kv.Value)));
        Row("content hash", r.ContentHash);
        if (a.CopyOf is { } c)
            Row("copy of", $"{c.OriginIdentity}: {c.Relation}, similarity {c.Similarity:0.00}; {c.Evidence}");
        else
            Row("copy of", "none: an original");
        if (a.Copies.Count > 0)
            Row("copies", string.Join("\n", a.Copies.Select(x => $"{x.Identity} ({x.Relation})"))
                + $"\n(`lede copies {CopiesCommand.FamilyPrefix}{r.Id}` shows the evidence of each)");
        Row("story", r.StoryId is null ? null : $"story:{r.StoryId} ({a.StoryReason})");
        AnsiConsole.Write(grid);
        if (a.CopyOf is { Alignment: not null } link)
        {
            Console.WriteLine();
            AnsiConsole.MarkupLine($"[bold]aligned with {Cli.Markup(link.OriginIdentity)}[/] (sentence numbers count from the top of each text)");
            CopiesCommand.WriteEvidence(link, "");
        }
        Console.WriteLine();
        Console.WriteLine(a.Text);
    }

    /// <summary>A JSON detail as a person reads it: values plain, lists joined, objects as "key: value" pairs.</summary>
    private static string? Readable(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v => v.ToString(),
        JsonArray a => string.Join(", ", a.Select(Readable)),
        JsonObject o => string.Join("; ", o.Select(kv => $"{kv.Key.Replace('_', ' ')}: {Readable(kv.Value)}")),
        _ => node.ToJsonString(),
    };

    private static void ShowStory(StoryDetail d)
    {
        var s = d.Story;
        AnsiConsole.MarkupLine($"[bold]story:{s.Id}[/]  {Cli.Markup(s.Headline)}  ({Cli.Markup(Views.DigestReport.When(s))})");
        Console.WriteLine($"{s.Articles} articles, {s.Independent} independent; {s.FirstTime} to {s.LastTime}; sites: {string.Join(", ", s.Sites)}");
        var tree = new Tree($"members");
        var byIdentity = d.Members.ToDictionary(m => m.Article.Identity, StringComparer.Ordinal);
        var nodes = new Dictionary<string, TreeNode>(StringComparer.Ordinal);
        foreach (var m in d.Members.Where(m => m.Article.CopyOf is null || !byIdentity.ContainsKey(m.Article.CopyOf)))
            nodes[m.Article.Identity] = tree.AddNode(Cli.Markup($"{m.Article.Identity}  {m.Article.Title}  [{m.Reason}]"));
        foreach (var m in d.Members.Where(m => m.Article.CopyOf is not null && byIdentity.ContainsKey(m.Article.CopyOf)))
            nodes[m.Article.CopyOf!].AddNode(Cli.Markup($"{m.Article.Relation}: {m.Article.Identity}  {m.Article.Title}"));
        AnsiConsole.Write(tree);
    }

    /// <summary>Writes rows as a table, JSON Lines (numbers as JSON numbers) or CSV (RFC 4180 quoting).</summary>
    internal static void Listing(string format, string[] header, IEnumerable<object?[]> rows)
    {
        switch (format)
        {
            case "jsonl":
                foreach (var row in rows)
                {
                    var obj = new JsonObject();
                    for (var i = 0; i < header.Length; i++)
                        obj[header[i]] = row[i] switch
                        {
                            null => null,
                            long n => JsonValue.Create(n),
                            int n => JsonValue.Create(n),
                            double d => JsonValue.Create(d),
                            var v => JsonValue.Create(Text(v)),
                        };
                    Console.WriteLine(obj.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                }
                break;
            case "csv":
                Console.WriteLine(string.Join(',', header.Select(Csv)));
                foreach (var row in rows) Console.WriteLine(string.Join(',', row.Select(v => Csv(Text(v)))));
                break;
            default:
                var table = Cli.NewTable(header);
                foreach (var row in rows) table.AddRow(row.Select(v => Cli.Markup(Text(v))).ToArray());
                AnsiConsole.Write(table);
                break;
        }
    }

    private static string? Text(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);

    private static string Csv(string? value)
    {
        if (value is null) return "";
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        var sb = new StringBuilder("\"");
        sb.Append(value.Replace("\"", "\"\"")).Append('"');
        return sb.ToString();
    }
}
