using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Lede.Evaluation.Extraction;
using Lede.Extraction;

namespace Lede.Bench;

/// <summary>
/// Per-page cost of Lede's extraction stages and of SmartReader (the .NET Readability port) on a fixed sample:
/// the first <see cref="SampleSize"/> pages of the article-extraction benchmark, decoded in memory. Every
/// benchmark handles the whole sample and reports per page (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    public const int SampleSize = 50;

    private readonly ArticleExtractor extractor = new();
    private readonly PageMetadataExtractor metadata = new();
    private readonly HtmlParser smartReaderParser = new(new HtmlParserOptions { IsScripting = false });
    private IReadOnlyList<CorpusPage> pages = [];
    private IDocument[] documents = [];

    [GlobalSetup]
    public void Setup()
    {
        pages = SpeedCorpus.Load(FindDataset(), SampleSize);
        if (pages.Count != SampleSize) throw new InvalidOperationException($"expected {SampleSize} pages, found {pages.Count}");
        // Extraction and metadata only read the document, so one parse per page serves every invocation.
        documents = [.. pages.Select(p => extractor.Parse(p.Html))];
        Console.WriteLine($"// ExtractionBenchmarks input: {pages.Count} pages, {pages.Sum(p => (long)p.Html.Length):N0} chars");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var document in documents) document.Dispose();
    }

    [Benchmark(OperationsPerInvoke = SampleSize)]
    public int Parse()
    {
        var nodes = 0;
        foreach (var page in pages)
        {
            using var document = extractor.Parse(page.Html);
            nodes += document.ChildNodes.Length;
        }
        return nodes;
    }

    [Benchmark(OperationsPerInvoke = SampleSize)]
    public int Extract()
    {
        var chars = 0;
        foreach (var document in documents) chars += extractor.FromDocument(document).Text.Length;
        return chars;
    }

    [Benchmark(OperationsPerInvoke = SampleSize)]
    public int Metadata()
    {
        var found = 0;
        for (var i = 0; i < documents.Length; i++)
            if (metadata.Extract(documents[i], pages[i].Url).Title is not null) found++;
        return found;
    }

    /// <summary>What the pipeline does per HTML page: one parse, then extraction and metadata on it.</summary>
    [Benchmark(OperationsPerInvoke = SampleSize, Baseline = true)]
    public int LedeTotal()
    {
        var chars = 0;
        foreach (var page in pages)
        {
            using var document = extractor.Parse(page.Html);
            chars += extractor.FromDocument(document).Text.Length;
            if (metadata.Extract(document, page.Url).Title is { } title) chars += title.Length;
        }
        return chars;
    }

    /// <summary>Lede without the metadata reader: the figure comparable with SmartReader's text extraction.</summary>
    [Benchmark(OperationsPerInvoke = SampleSize)]
    public int LedeParseAndExtract()
    {
        var chars = 0;
        foreach (var page in pages) chars += extractor.FromHtml(page.Html).Text.Length;
        return chars;
    }

    /// <summary>SmartReader edits the document it reads, so each invocation parses afresh.</summary>
    [Benchmark(OperationsPerInvoke = SampleSize)]
    public int SmartReaderParseAndExtract()
    {
        var chars = 0;
        foreach (var page in pages)
        {
            using var document = smartReaderParser.ParseDocument(page.Html);
            using var reader = new SmartReader.Reader(page.Url, document);
            chars += reader.GetArticle().TextContent?.Length ?? 0;
        }
        return chars;
    }

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "datasets", "scrapinghub-aeb");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("../shared/datasets/scrapinghub-aeb not found above " + AppContext.BaseDirectory);
    }
}
