using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Copies;
using Lede.Storage;
using Spectre.Console;

namespace Lede.Cli;

/// <summary>`copies`: the copy families in the store, or one family with the sentence alignment behind each link.</summary>
internal static class CopiesCommand
{
    public const string FamilyPrefix = "family:";

    public static Command Create()
    {
        var reference = new Argument<string?>("FAMILY")
        {
            Description = "family:N (N the original's number, as the list shows it), or the identity or number of any article of the family. Without it: every family.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = Cli.Format();
        var command = new Command("copies", "List the copy families (original, its site and credit, copy count, relations), or show one family: "
            + "each copy's relation and the aligned sentence pairs (copy sentence, original sentence, similarity) that make it a copy.")
        {
            reference, format,
        };
        command.SetAction(parse => Cli.Guard(() =>
        {
            using var store = Cli.OpenExistingStore(parse);
            if (parse.GetValue(reference) is { } key)
                ShowFamily(Resolve(store, key), parse.GetValue(format)!);
            else
                ListFamilies(store, parse.GetValue(format)!);
            return ExitCode.Ok;
        }));
        return command;
    }

    private static void ListFamilies(ArticleStore store, string format)
    {
        var families = store.Families();
        string[] header = ["family", "origin", "site", "credit", "title", "copies", "relations", "story"];
        ListingCommands.Listing(format, header, families.Select(f => new object?[]
        {
            f.OriginId, f.OriginIdentity, f.OriginSite, f.OriginCredit, f.OriginTitle, f.Copies, string.Join(", ", f.Relations), f.StoryId,
        }));
        if (format == "table")
            Console.WriteLine(families.Count == 0
                ? "No copy families in the store."
                : $"{Count(families.Count, "family", "families")}, {Count(families.Sum(f => f.Copies), "copy", "copies")}. `lede copies {FamilyPrefix}N` shows one with its evidence.");
    }

    /// <summary>family:N, else any member's identity or number: a copy names its original's family, an original its own.</summary>
    private static FamilyDetail Resolve(ArticleStore store, string key)
    {
        if (key.StartsWith(FamilyPrefix, StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(key.AsSpan(FamilyPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var originId))
                throw new ArgumentException($"{key}: a family is named family:N with N its original's number (see `lede copies`)");
            return store.Family(originId) ?? throw new ArgumentException($"no family {key} in {store.Path}: article {originId} is no original with copies (see `lede copies`)");
        }
        var article = store.FindArticle(key) ?? throw new ArgumentException($"no article {key} in {store.Path} (try `lede copies` or `lede articles`)");
        var originKey = article.CopyOf?.OriginIdentity ?? article.Row.Identity;
        var origin = store.FindArticle(originKey)!;
        return store.Family(origin.Row.Id) ?? throw new ArgumentException($"{key} is in no copy family: it copies nothing stored and nothing stored copies it");
    }

    private static void ShowFamily(FamilyDetail family, string format)
    {
        var o = family.Origin;
        switch (format)
        {
            case "jsonl":
                foreach (var m in family.Copies) Console.WriteLine(MemberJson(family, m).ToJsonString(JsonOptions));
                return;
            case "csv":
                string[] header = ["family", "copy", "relation", "similarity", "copy_sentence", "original_sentence", "pair_similarity", "copy_text", "original_text"];
                ListingCommands.Listing("csv", header, family.Copies.SelectMany(m => (m.Link.Alignment?.Pairs ?? []).Select(p => new object?[]
                {
                    o.Id, m.Article.Identity, m.Link.Relation, m.Link.Similarity, p.CopySentence, p.OriginalSentence, p.Similarity, p.CopyText, p.OriginalText ?? p.CopyText,
                })));
                return;
        }
        var relations = string.Join(", ", family.Copies.GroupBy(m => m.Link.Relation).Select(g => $"{g.Count()} {g.Key}"));
        AnsiConsole.MarkupLine($"[bold]{FamilyPrefix}{o.Id}[/]  {Cli.Markup(o.Title)}");
        AnsiConsole.MarkupLine($"[bold]original[/]  {Cli.Markup(Describe(o, family.OriginCredit))}");
        Console.WriteLine($"{Count(family.Copies.Count, "copy", "copies")}: {relations}");
        foreach (var m in family.Copies)
        {
            Console.WriteLine();
            AnsiConsole.MarkupLine($"[bold]{Cli.Markup(m.Link.Relation)}[/]  {Cli.Markup(Describe(m.Article, null))}");
            if (m.Article.Title is not null && m.Article.Title != o.Title) AnsiConsole.MarkupLine($"  title: {Cli.Markup(m.Article.Title)}");
            WriteEvidence(m.Link, "  ");
        }
    }

    /// <summary>The evidence of one link as a person reads it: the figures in a sentence, then the aligned pairs.</summary>
    internal static void WriteEvidence(CopyEvidence link, string indent)
    {
        if (link.Alignment is not { } a)
        {
            // A link stored before alignments were kept, or made without one (the same text as an earlier run's article).
            Console.WriteLine($"{indent}{link.Evidence}");
            return;
        }
        Console.WriteLine($"{indent}{Figures(link.Similarity, a)}");
        if (a.Pairs.Count == 0) return;
        var table = Cli.NewTable("copy", "original", "similarity", "copy sentence", "original sentence");
        foreach (var p in a.Pairs)
            table.AddRow(
                p.CopySentence.ToString(CultureInfo.InvariantCulture),
                p.OriginalSentence.ToString(CultureInfo.InvariantCulture),
                p.Similarity.ToString("0.00", CultureInfo.InvariantCulture),
                Cli.Markup(p.CopyText),
                p.OriginalText is null ? "[dim](the same)[/]" : Cli.Markup(p.OriginalText));
        AnsiConsole.Write(new Padder(table, new Padding(indent.Length, 0, 0, 0)));
    }

    internal static string Figures(double similarity, AlignmentEvidence a)
    {
        var ci = CultureInfo.InvariantCulture;
        var order = a.OrderWhole
            ? "in the original's order"
            : $"reordered: {a.InOrder} of {a.Pairs.Count} in the original's order";
        return string.Create(ci,
            $"similarity {similarity:0.00}; {a.Pairs.Count} sentence pairs aligned, {order}; {a.Unchanged} unchanged, mean sentence similarity {a.MeanSimilarity:0.00}; "
            + $"covers {a.Pairs.Count} of the copy's {a.CopySentences} sentences ({a.CopyCoverage:P0} of its words) and {a.Pairs.Count} of the original's {a.OriginalSentences} ({a.OriginalCoverage:P0})");
    }

    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static string Describe(ArticleRow a, string? credit)
    {
        var parts = new List<string> { $"{a.Id}  {a.Identity}" };
        if (a.Site is not null) parts.Add(a.Site);
        if (credit is not null) parts.Add($"credits {credit}");
        parts.Add(a.Published is null ? "publication date unknown" : $"published {a.Published}");
        if (a.StoryId is { } s) parts.Add($"story:{s}");
        return string.Join(" · ", parts);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonObject MemberJson(FamilyDetail family, FamilyMember m)
    {
        var a = m.Link.Alignment;
        return new JsonObject
        {
            ["family"] = family.Origin.Id,
            ["origin"] = family.Origin.Identity,
            ["identity"] = m.Article.Identity,
            ["title"] = m.Article.Title,
            ["site"] = m.Article.Site,
            ["published"] = m.Article.Published,
            ["relation"] = m.Link.Relation,
            ["similarity"] = m.Link.Similarity,
            ["evidence"] = m.Link.Evidence,
            ["alignment"] = a is null ? null : new JsonObject
            {
                ["copy_sentences"] = a.CopySentences,
                ["original_sentences"] = a.OriginalSentences,
                ["copy_coverage"] = a.CopyCoverage,
                ["original_coverage"] = a.OriginalCoverage,
                ["mean_similarity"] = a.MeanSimilarity,
                ["order_kept"] = a.OrderKept,
                ["unchanged"] = a.Unchanged,
                ["pairs"] = new JsonArray(a.Pairs.Select(p => (JsonNode?)new JsonObject
                {
                    ["copy"] = p.CopySentence,
                    ["original"] = p.OriginalSentence,
                    ["similarity"] = p.Similarity,
                    ["copy_text"] = p.CopyText,
                    ["original_text"] = p.OriginalText ?? p.CopyText,
                }).ToArray()),
            },
        };
    }
}
