using System.IO.Compression;
using System.Text.Json;
using Lede.Sources;

namespace Lede.Evaluation.Extraction;

public enum ExtractionLayout
{
    /// <summary>scrapinghub article-extraction-benchmark: ground-truth.json + html/&lt;id&gt;.html.gz.</summary>
    ArticleExtractionBenchmark,

    /// <summary>trafilatura's corpus: evaldata.json with with/without segments + html/&lt;file&gt;.gz.</summary>
    TrafilaturaEval,
}

/// <summary>One annotated page: its id in the dataset and where its gzip-compressed HTML lies.</summary>
public abstract record ExtractionPage(string Id, string HtmlPath);

/// <summary>A page whose gold answer is the whole article body.</summary>
public sealed record BodyPage(string Id, string HtmlPath, string Body) : ExtractionPage(Id, HtmlPath);

/// <summary>A page whose gold answer is segments that must ("with") and must not ("without") be extracted.</summary>
public sealed record SegmentPage(string Id, string HtmlPath, IReadOnlyList<string> With, IReadOnlyList<string> Without)
    : ExtractionPage(Id, HtmlPath);

public sealed record ExtractionDataset(ExtractionLayout Layout, string Name, IReadOnlyList<ExtractionPage> Pages)
{
    public const string BenchmarkGoldFile = "ground-truth.json";
    public const string TrafilaturaGoldFile = "evaldata.json";
    public const string HtmlFolder = "html";

    /// <summary>Reads the dataset folder (or its gold JSON file), telling the layout by which gold file it holds.</summary>
    public static ExtractionDataset Load(string path)
    {
        var folder = File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : path;
        if (!Directory.Exists(folder))
            throw new EvalDatasetException($"extraction dataset not found: {path}");
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var benchmark = Path.Combine(folder, BenchmarkGoldFile);
        if (File.Exists(benchmark))
            return new ExtractionDataset(ExtractionLayout.ArticleExtractionBenchmark, name, ReadBenchmark(folder, benchmark));
        var trafilatura = Path.Combine(folder, TrafilaturaGoldFile);
        if (File.Exists(trafilatura))
            return new ExtractionDataset(ExtractionLayout.TrafilaturaEval, name, ReadTrafilatura(folder, trafilatura));
        throw new EvalDatasetException(
            $"{folder} is not an extraction dataset: expected {BenchmarkGoldFile} (article-extraction-benchmark) " +
            $"or {TrafilaturaGoldFile} (trafilatura-eval) beside an {HtmlFolder}/ folder");
    }

    /// <summary>The page's HTML as the browser would decode it; a missing file means a broken dataset.</summary>
    public static string ReadHtml(ExtractionPage page)
    {
        if (!File.Exists(page.HtmlPath))
            throw new EvalDatasetException($"page {page.Id}: HTML file missing: {page.HtmlPath}");
        using var file = File.OpenRead(page.HtmlPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        try { gzip.CopyTo(bytes); }
        catch (InvalidDataException e) { throw new EvalDatasetException($"page {page.Id}: {page.HtmlPath} is not gzip: {e.Message}"); }
        return TextDecoding.DecodeHtml(bytes.ToArray());
    }

    private static List<ExtractionPage> ReadBenchmark(string folder, string goldPath)
    {
        var pages = new List<ExtractionPage>();
        foreach (var (id, item) in Entries(goldPath))
        {
            // evaluate.py reads a page without an articleBody as an empty one.
            var body = item.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
            pages.Add(new BodyPage(id, Path.Combine(folder, HtmlFolder, id + ".html.gz"), body));
        }
        return pages;
    }

    private static List<ExtractionPage> ReadTrafilatura(string folder, string goldPath)
    {
        var pages = new List<ExtractionPage>();
        foreach (var (id, item) in Entries(goldPath))
        {
            if (!item.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.String || file.GetString() is not { Length: > 0 } name)
                throw new EvalDatasetException($"{goldPath}: item {id} has no 'file'");
            pages.Add(new SegmentPage(id, Path.Combine(folder, HtmlFolder, name + ".gz"),
                Segments(goldPath, id, item, "with"), Segments(goldPath, id, item, "without")));
        }
        return pages;
    }

    private static List<string> Segments(string goldPath, string id, JsonElement item, string key)
    {
        if (!item.TryGetProperty(key, out var list) || list.ValueKind != JsonValueKind.Array
            || list.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(s.GetString())))
            throw new EvalDatasetException($"{goldPath}: item {id}: '{key}' must be a list of non-empty strings");
        return list.EnumerateArray().Select(s => s.GetString()!).ToList();
    }

    private static List<(string Id, JsonElement Item)> Entries(string goldPath)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(File.ReadAllBytes(goldPath)); }
        catch (JsonException e) { throw new EvalDatasetException($"{goldPath}: not valid JSON: {e.Message}"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new EvalDatasetException($"{goldPath}: expected an object of items keyed by id");
            var entries = new List<(string, JsonElement)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                    throw new EvalDatasetException($"{goldPath}: item {property.Name} is not an object");
                entries.Add((property.Name, property.Value.Clone()));
            }
            if (entries.Count == 0) throw new EvalDatasetException($"{goldPath}: no items");
            return entries;
        }
    }
}
