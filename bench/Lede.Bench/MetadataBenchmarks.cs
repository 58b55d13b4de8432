using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Lede.Evaluation.PubDate;
using Lede.Extraction;
using Lede.Sources;

namespace Lede.Bench;

/// <summary>
/// Metadata extraction alone (title, authors, site, canonical URL, language, dates) on htmldate-eval pages that are
/// parsed once in setup, so the figure is what metadata adds on top of the parse. Per page: the total is divided by
/// <see cref="Pages"/>.
/// </summary>
[MemoryDiagnoser]
public class MetadataBenchmarks
{
    private const int Pages = 200;

    private readonly PageMetadataExtractor _extractor = new();
    private List<(IDocument Document, string Url)> _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(SharedFolder(), "datasets", "htmldate-eval");
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        _pages = HtmlDateDataset.Load(folder).Take(Pages)
            .Select(p => ((IDocument)parser.ParseDocument(TextDecoding.DecodeHtml(HtmlDateDataset.ReadHtml(folder, p))), p.Url))
            .ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (document, _) in _pages) document.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Pages)]
    public int ExtractPerPage()
    {
        var found = 0;
        foreach (var (document, url) in _pages)
            if (_extractor.Extract(document, url).Published is not null) found++;
        return found;
    }

    /// <summary>LEDE_SHARED, else the first "shared" folder beside the working directory or one of its parents.</summary>
    private static string SharedFolder()
    {
        if (Environment.GetEnvironmentVariable("LEDE_SHARED") is { Length: > 0 } configured) return configured;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "datasets"))) return Path.Combine(dir.FullName, "shared");
        throw new DirectoryNotFoundException("set LEDE_SHARED to the shared data folder");
    }
}
