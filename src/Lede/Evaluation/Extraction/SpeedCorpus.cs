using System.Text.Json;

namespace Lede.Evaluation.Extraction;

/// <summary>A page held in memory for timing: its decoded HTML, the URL it came from and its gold answer.</summary>
public sealed record CorpusPage(string Dataset, ExtractionPage Gold, string Url, string Html);

/// <summary>
/// Extraction datasets read wholly into memory before anything is timed, so that disk and gzip costs stay
/// out of the figures.
/// </summary>
public static class SpeedCorpus
{
    /// <summary>Metadata readers want an absolute URL; pages without one are given this placeholder.</summary>
    public const string UnknownUrl = "https://example.invalid/";

    /// <param name="limit">Read at most this many pages, in the dataset's own order (a fixed sample).</param>
    public static IReadOnlyList<CorpusPage> Load(string path, int limit = int.MaxValue)
    {
        var dataset = ExtractionDataset.Load(path);
        var urls = Urls(dataset);
        return dataset.Pages.Take(limit)
            .Select(page => new CorpusPage(dataset.Name, page, urls.GetValueOrDefault(page.Id, UnknownUrl), ExtractionDataset.ReadHtml(page)))
            .ToList();
    }

    // The gold files name each page's URL (AEB in a "url" field, trafilatura-eval as the key) but the
    // dataset records keep only what scoring needs, so the URLs are read here.
    private static Dictionary<string, string> Urls(ExtractionDataset dataset)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataset.Pages[0].HtmlPath))!;
        var gold = Path.Combine(folder, "..", dataset.Layout == ExtractionLayout.ArticleExtractionBenchmark
            ? ExtractionDataset.BenchmarkGoldFile : ExtractionDataset.TrafilaturaGoldFile);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(gold));
        foreach (var item in document.RootElement.EnumerateObject())
        {
            var url = item.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : item.Name;
            if (Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https") urls[item.Name] = url!;
        }
        return urls;
    }
}
