using BenchmarkDotNet.Attributes;
using Lede.Entities;
using Lede.Streams;

namespace Lede.Bench;

/// <summary>
/// The entities stage over the stories bench's originals (1,000 articles of the seeded stream): the full read (entities
/// and subjects) and the subjects alone, as the stories featurizer reads them. Per-article time = mean / articles.
/// </summary>
[MemoryDiagnoser]
public class EntitiesBenchmarks
{
    private readonly EntityReader reader = new();
    private readonly List<string> keys = [];
    private List<(string Title, string Text)> articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = StorySource.FindDefault(AppContext.BaseDirectory) ?? StorySource.FindDefault(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("no ../shared/datasets/ecbplus/stories above the benchmark");
        articles = new StoryStream(StorySource.Load(folder), new StoryStreamOptions { Articles = 1250, Span = TimeSpan.FromDays(30) })
            .Where(i => i.CopyOf is null).Select(i => (i.Title, string.IsNullOrWhiteSpace(i.Text) ? i.Title : i.Text)).ToList();
    }

    [Benchmark]
    public int Read()
    {
        var n = 0;
        foreach (var (title, text) in articles) n += reader.Read(title, text).Subjects.Count;
        return n;
    }

    [Benchmark]
    public int ReadSubjects()
    {
        var n = 0;
        foreach (var (title, text) in articles)
        {
            keys.Clear();
            reader.ReadSubjects(title, text, keys, out _);
            n += keys.Count;
        }
        return n;
    }
}
