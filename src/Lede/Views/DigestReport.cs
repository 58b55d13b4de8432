using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lede.Pipeline;
using Lede.Storage;

namespace Lede.Views;

/// <summary>What a digest run found, as written by `digest --out` in Markdown, HTML or JSON.</summary>
public sealed record DigestReport(
    DigestResult Result,
    IReadOnlyList<StoryRow> Stories,
    IReadOnlyList<FamilyRow> Families,
    IReadOnlyList<string> Inputs)
{
    public static readonly IReadOnlyList<string> Extensions = [".md", ".html", ".htm", ".json"];

    public string Summary =>
        $"{Result.Stored} stored ({Result.New} new, {Result.Updated} updated, {Result.Unchanged} unchanged; " +
        $"{Result.Copies} copy links made), {Result.Skipped} skipped, {Result.Failed} failed";

    /// <summary>A story's place on the timeline as a person reads it; a page-shown date is marked as such.</summary>
    public static string When(StoryRow s) => s.EventDate is null
        ? "date unknown"
        : s.EventBasis == StoryDateBasis.PageShown ? $"{s.EventDate} (page date only)" : s.EventDate;

    /// <exception cref="ArgumentException">The file's extension names no report format.</exception>
    public void Write(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var content = ext switch
        {
            ".md" => Markdown(),
            ".html" or ".htm" => Html(),
            ".json" => Json(),
            _ => throw new ArgumentException($"--out {path}: the report format is chosen by extension, one of {string.Join(", ", Extensions)}"),
        };
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        md.Append("# Lede digest\n\n").Append(Summary).Append(".\n\n## Stories\n\n");
        md.Append("| story | when | headline | articles | independent | first published | last published | sites |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var s in Stories)
            md.Append(CultureInfo.InvariantCulture, $"| {s.Id} | {When(s)} | {Cell(s.Headline)} | {s.Articles} | {s.Independent} | {s.FirstTime} | {s.LastTime} | {Cell(string.Join(", ", s.Sites))} |\n");
        if (Families.Count > 0)
        {
            md.Append("\n## Copy families\n\n| original | title | site | copies | relations | story |\n|---|---|---|---|---|---|\n");
            foreach (var f in Families)
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(f.OriginIdentity)} | {Cell(f.OriginTitle)} | {Cell(f.OriginSite)} | {f.Copies} | {string.Join(", ", f.Relations)} | {f.StoryId} |\n");
        }
        if (Result.Problems.Count > 0)
        {
            md.Append("\n## Skipped and failed\n\n| item | outcome | reason |\n|---|---|---|\n");
            foreach (var p in Result.Problems)
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(p.Origin)} | {p.Outcome} | {Cell(p.Reason)} |\n");
        }
        return md.ToString();
    }

    /// <summary>Every value from an article is HTML-encoded: article text is untrusted and never reaches a page raw.</summary>
    public string Html()
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var h = new StringBuilder();
        h.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        h.Append("<title>Lede digest</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>\n");
        h.Append("<h1>Lede digest</h1>\n<p>").Append(E(Summary)).Append(".</p>\n<h2>Stories</h2>\n<table><tr><th>story</th><th>when</th><th>headline</th><th>articles</th><th>independent</th><th>first published</th><th>last published</th><th>sites</th></tr>\n");
        foreach (var s in Stories)
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{s.Id}</td><td>{E(When(s))}</td><td>{E(s.Headline)}</td><td>{s.Articles}</td><td>{s.Independent}</td><td>{E(s.FirstTime)}</td><td>{E(s.LastTime)}</td><td>{E(string.Join(", ", s.Sites))}</td></tr>\n");
        h.Append("</table>\n");
        if (Families.Count > 0)
        {
            h.Append("<h2>Copy families</h2>\n<table><tr><th>original</th><th>title</th><th>site</th><th>copies</th><th>relations</th><th>story</th></tr>\n");
            foreach (var f in Families)
                h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(f.OriginIdentity)}</td><td>{E(f.OriginTitle)}</td><td>{E(f.OriginSite)}</td><td>{f.Copies}</td><td>{E(string.Join(", ", f.Relations))}</td><td>{f.StoryId}</td></tr>\n");
            h.Append("</table>\n");
        }
        if (Result.Problems.Count > 0)
        {
            h.Append("<h2>Skipped and failed</h2>\n<table><tr><th>item</th><th>outcome</th><th>reason</th></tr>\n");
            foreach (var p in Result.Problems)
                h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(p.Origin)}</td><td>{E(p.Outcome)}</td><td>{E(p.Reason)}</td></tr>\n");
            h.Append("</table>\n");
        }
        return h.Append("</body></html>\n").ToString();
    }

    public string Json()
    {
        var json = new JsonObject
        {
            ["inputs"] = new JsonArray(Inputs.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            ["counts"] = new JsonObject
            {
                ["stored"] = Result.Stored, ["new"] = Result.New, ["updated"] = Result.Updated,
                ["unchanged"] = Result.Unchanged, ["copies"] = Result.Copies,
                ["skipped"] = Result.Skipped, ["failed"] = Result.Failed,
            },
            ["stories"] = new JsonArray(Stories.Select(s => (JsonNode?)new JsonObject
            {
                ["id"] = s.Id, ["when"] = s.EventDate, ["when_basis"] = s.EventBasis, ["when_confidence"] = s.EventConfidence, ["headline"] = s.Headline, ["articles"] = s.Articles, ["independent"] = s.Independent,
                ["first"] = s.FirstTime, ["last"] = s.LastTime,
                ["sites"] = new JsonArray(s.Sites.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
            }).ToArray()),
            ["families"] = new JsonArray(Families.Select(f => (JsonNode?)new JsonObject
            {
                ["origin"] = f.OriginIdentity, ["title"] = f.OriginTitle, ["site"] = f.OriginSite, ["credit"] = f.OriginCredit, ["copies"] = f.Copies,
                ["relations"] = new JsonArray(f.Relations.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
                ["story"] = f.StoryId,
            }).ToArray()),
            ["problems"] = new JsonArray(Result.Problems.Select(p => (JsonNode?)new JsonObject
            {
                ["item"] = p.Origin, ["outcome"] = p.Outcome, ["reason"] = p.Reason,
            }).ToArray()),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Cell(string? s) => (s ?? "").Replace("|", "\\|").Replace("\n", " ");
}
