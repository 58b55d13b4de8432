using BenchmarkDotNet.Attributes;
using Lede.Copies;
using Lede.Streams;
using Lede.Text;

namespace Lede.Bench;

/// <summary>
/// The copies stage over a small seeded stream (bench/Lede.Streams, 5,000 articles held in memory): fingerprinting one
/// article at a time, and the whole stream through a fresh index (fingerprint, candidates, verification, insert) on one
/// thread, beside the plain MinHash LSH baseline. Articles/s = 5,000 / mean time of the stream benchmarks.
/// `lede bench copies` runs the long stream with the parallel fingerprinting and memory checkpoints.
/// </summary>
[MemoryDiagnoser]
public class CopiesBenchmarks
{
    private const int Articles = 5000;
    private CopyCandidate[] _articles = [];
    private CopyStreamItem[] _items = [];
    private readonly CopyOptions _options = CopyOptions.Default with { Window = TimeSpan.FromDays(3), WindowClock = CopyWindowClock.Published };
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var folder = CopySource.FindCopybench() ?? throw new DirectoryNotFoundException("no ../shared/datasets/copybench found from the working directory upwards");
        var stream = new CopyStream(CopySource.Load(folder), new CopyStreamOptions { Articles = Articles, ArticlesPerDay = 5000, MaxDelay = TimeSpan.FromHours(12) });
        _items = stream.Items().ToArray();
        _articles = _items.Select(i => new CopyCandidate(i.Id, i.Text, ContentHash.Of(i.Text), i.Published, true, i.Site, i.Title, i.Url)).ToArray();
        Console.WriteLine($"// CopiesBenchmarks input: {Articles} articles, {_items.Count(i => i.IsCopy)} copies, from {folder}");
    }

    [Benchmark(Description = "fingerprint one article (content hash given)")]
    public CopyFingerprint Fingerprint() => new CopyIndex(_options).Fingerprint(_articles[_next++ % _articles.Length]);

    [Benchmark(Description = "lede: 5,000 articles through a fresh index, one thread")]
    public int LedeStream()
    {
        var index = new CopyIndex(_options);
        var copies = 0;
        foreach (var article in _articles)
            if (index.Observe(article).Copy is not null) copies++;
        return copies;
    }

    [Benchmark(Description = "minhash-lsh baseline: 5,000 articles, one thread")]
    public int BaselineStream()
    {
        var lsh = new CopyLshBaseline(window: _options.Window);
        var pairs = 0;
        foreach (var item in _items) pairs += lsh.QueryInsert(item.Id, item.Origin, item.Published, lsh.Signature(item.Text)).Count;
        return pairs;
    }
}
