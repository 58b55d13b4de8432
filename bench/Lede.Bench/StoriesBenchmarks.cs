using BenchmarkDotNet.Attributes;
using Lede.Stories;
using Lede.Streams;

namespace Lede.Bench;

/// <summary>
/// The stories stage over a small seeded stream (5,000 articles, copies included, over 30 days, so that stories
/// open, grow and close): representation building alone, assignment alone over prebuilt representations, and
/// both as `lede bench stories` runs them. Per-article time = mean / <see cref="Articles"/>.
/// </summary>
[MemoryDiagnoser]
public class StoriesBenchmarks
{
    public const int Articles = 5000;

    private readonly StoryFeaturizer featurizer = new(StoryOptions.Default);
    private List<StoryStreamItem> items = [];
    private List<StoryDocument?> docs = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = StorySource.FindDefault(AppContext.BaseDirectory) ?? StorySource.FindDefault(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("no ../shared/datasets/ecbplus/stories above the benchmark");
        items = new StoryStream(StorySource.Load(folder), new StoryStreamOptions { Articles = Articles, Span = TimeSpan.FromDays(30) }).ToList();
        docs = items.Select(i => i.CopyOf is null ? featurizer.Build(i.Title, i.Text, null, i.Published) : null).ToList();
    }

    [Benchmark]
    public int Build()
    {
        var n = 0;
        foreach (var item in items)
            if (item.CopyOf is null) n += featurizer.Build(item.Title, item.Text, null, item.Published).Parts[0].Count;
        return n;
    }

    [Benchmark]
    public long Assign()
    {
        var clusterer = new StoryClusterer(StoryOptions.Default);
        var storyOf = new Dictionary<long, long>();
        long sum = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.CopyOf is { } of)
            {
                clusterer.Touch(storyOf[of], item.Published);
                continue;
            }
            var story = clusterer.Assign(docs[i]!, item.Title).StoryId;
            if (item.CopiesToCome > 0) storyOf[item.Ordinal] = story;
            sum += story;
        }
        return sum;
    }

    [Benchmark]
    public int BuildAndAssignParallel() =>
        new StoryBench(StoryOptions.Default).Run(items, [Articles]).Count;
}
