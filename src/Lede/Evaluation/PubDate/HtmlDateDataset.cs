using System.IO.Compression;
using System.Text.Json;

namespace Lede.Evaluation.PubDate;

/// <summary>One page of the htmldate evaluation set. Gold is null when the JSON says null, "" stays "".</summary>
public sealed record PubDatePage(string Url, string File, string? Gold);

/// <summary>
/// The htmldate layout: every eval*.json in the folder, each {url: {"file": name, "date": "YYYY-MM-DD"}},
/// pages under html/&lt;name&gt;.gz. Later files override earlier ones for the same URL, as dict.update does.
/// </summary>
public static class HtmlDateDataset
{
    public static IReadOnlyList<PubDatePage> Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new EvalDatasetException($"pubdate: dataset folder not found: {folder}");
        var files = Directory.GetFiles(folder, "eval*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new EvalDatasetException($"pubdate: no eval*.json in {folder} (expected the htmldate layout)");

        var pages = new Dictionary<string, PubDatePage>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in files)
        {
            foreach (var page in ReadIndex(file))
            {
                if (!pages.ContainsKey(page.Url)) order.Add(page.Url);
                pages[page.Url] = page;
            }
        }
        if (order.Count == 0)
            throw new EvalDatasetException($"pubdate: the eval*.json files in {folder} list no pages");
        return order.Select(u => pages[u]).ToList();
    }

    public static string HtmlPath(string folder, PubDatePage page) =>
        Path.Combine(folder, "html", page.File + ".gz");

    /// <summary>The raw page bytes, gunzipped; a missing page is a dataset error, not a miss.</summary>
    public static byte[] ReadHtml(string folder, PubDatePage page)
    {
        var path = HtmlPath(folder, page);
        if (!System.IO.File.Exists(path))
            throw new EvalDatasetException($"pubdate: page file missing for {page.Url}: {path}");
        using var input = new GZipStream(System.IO.File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        try { input.CopyTo(buffer); }
        catch (InvalidDataException e) { throw new EvalDatasetException($"pubdate: {path} is not gzip: {e.Message}"); }
        return buffer.ToArray();
    }

    private static IEnumerable<PubDatePage> ReadIndex(string file)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(System.IO.File.ReadAllBytes(file)); }
        catch (JsonException e) { throw new EvalDatasetException($"pubdate: {file} is not valid JSON: {e.Message}"); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new EvalDatasetException($"pubdate: {file} must be an object {{url: {{file, date}}}}");
            var pages = new List<PubDatePage>();
            foreach (var entry in doc.RootElement.EnumerateObject())
            {
                var value = entry.Value;
                if (value.ValueKind != JsonValueKind.Object
                    || !value.TryGetProperty("file", out var name) || name.ValueKind != JsonValueKind.String
                    || string.IsNullOrEmpty(name.GetString()))
                    throw new EvalDatasetException($"pubdate: {file}: entry {entry.Name} has no \"file\"");
                string? gold = value.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String
                    ? date.GetString()
                    : null;
                pages.Add(new PubDatePage(entry.Name, name.GetString()!, gold));
            }
            return pages;
        }
    }
}
