using System.IO.Hashing;
using System.Text;
using Lede.Copies;
using Lede.Streams;

namespace Lede.Tests.Copies;

public sealed class CopyStreamTests
{
    private static readonly Lazy<CopySource> Source = new(() => CopySource.Load(Path.Combine(TestPaths.Shared, "datasets", "copybench")));

    private static List<CopyStreamItem> Stream(int articles, int seed = StreamSeed.Default, double perDay = 10_000) =>
        new CopyStream(Source.Value, new CopyStreamOptions { Articles = articles, Seed = seed, ArticlesPerDay = perDay }).Items().ToList();

    private static string[] Paragraphs(string text) => text.Split("\n\n");

    [Fact]
    public void The_same_seed_makes_the_same_stream_and_another_seed_another()
    {
        var a = Stream(800);
        var b = Stream(800);
        var c = Stream(800, seed: 7);

        Assert.Equal(a, b);
        Assert.NotEqual(a.Select(i => i.Text), c.Select(i => i.Text));
    }

    [Fact]
    public void Items_come_in_publication_order_and_originals_do_not_repeat_text()
    {
        var items = Stream(4000);

        Assert.Equal(4000, items.Count);
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.Published <= p.Second.Published), "publication order");
        var originals = items.Where(i => !i.IsCopy).ToList();
        Assert.Equal(originals.Count, originals.Select(i => i.Text).Distinct().Count());
        // Dev paragraphs come through changed: names, numbers and words are made new for each article.
        var paragraphs = originals.SelectMany(i => Paragraphs(i.Text)).ToList();
        Assert.True(paragraphs.Distinct().Count() > 0.99 * paragraphs.Count, $"{paragraphs.Distinct().Count()} of {paragraphs.Count} distinct");
    }

    [Fact]
    public void Every_copy_has_the_relation_it_claims_to_its_original()
    {
        var items = Stream(6000, perDay: 40_000);
        var originals = items.Where(i => !i.IsCopy).ToDictionary(i => i.Id);
        var copies = items.Where(i => i.IsCopy).ToList();
        foreach (var relation in CopyStreamRelation.Copies) Assert.Contains(copies, c => c.Relation == relation);
        foreach (var copy in copies)
        {
            var original = originals[copy.Origin];
            var delay = copy.Published - original.Published;
            Assert.InRange(delay, TimeSpan.FromHours(0.5), TimeSpan.FromHours(96));
            var from = Paragraphs(original.Text);
            var to = Paragraphs(copy.Text);
            switch (copy.Relation)
            {
                case CopyRelation.Duplicate:
                    Assert.Equal(original.Text, copy.Text);
                    Assert.Equal(original.Site, copy.Site);
                    Assert.StartsWith(original.Url + "?", copy.Url);
                    break;
                case CopyRelation.Syndicated:
                    Assert.NotEqual(original.Site, copy.Site);
                    Assert.Equal(from, to[1..^1]);
                    break;
                case CopyRelation.Excerpt:
                    var body = to[..^1];
                    var start = Array.IndexOf(from, body[0]);
                    Assert.True(start >= 0 && body.Length < from.Length);
                    Assert.Equal(from[start..(start + body.Length)], body);
                    Assert.Contains("Read the full story", to[^1]);
                    break;
                case CopyRelation.Rewrite:
                    Assert.InRange(to.Length - 2, from.Length - 1, from.Length);
                    Assert.InRange(ChangedWords(from, to[1..^1]), 0, 0.15);
                    Assert.NotEqual(from, to[1..^1]);
                    break;
                case CopyRelation.Spun:
                    Assert.InRange(to.Length - 2, 3, from.Length);
                    Assert.True(ChangedWords(from, to[1..^1]) > 0.02, copy.Id);
                    break;
            }
        }
    }

    /// <summary>Share of the copy's words not in the original's vocabulary.</summary>
    private static double ChangedWords(string[] original, string[] copy)
    {
        var vocabulary = original.SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var words = copy.SelectMany(p => p.Split(' ')).ToList();
        return (double)words.Count(w => !vocabulary.Contains(w)) / words.Count;
    }

    [Fact]
    public void The_bench_finds_each_relation_for_lede_and_reports_the_baseline_beside_it()
    {
        var options = new CopyBenchOptions
        {
            Stream = new CopyStreamOptions { Articles = 5000, ArticlesPerDay = 5000, MaxDelay = TimeSpan.FromHours(12) },
            Window = TimeSpan.FromDays(5),
            BatchSize = 500,
            Checkpoints = 5,
        };

        var results = new CopyBench(Source.Value, options).Run().ToList();

        Assert.Equal(2, results.Count);
        var (lede, baseline) = (results[0], results[1]);
        Assert.StartsWith("lede", lede.System);
        Assert.StartsWith("minhash-lsh", baseline.System);
        foreach (var r in results)
        {
            Assert.Equal(5000, r.Articles);
            Assert.Equal(5, r.Checkpoints.Count);
            Assert.All(CopyStreamRelation.Copies, rel => Assert.True(r.Recall[rel].Copies > 20, $"{r.System}: {rel}"));
        }
        Assert.All(lede.Recall, kv => Assert.True(kv.Value.Recall >= 0.95, $"lede {kv.Key} recall {kv.Value.Recall:0.000}"));
        Assert.True(lede.ArticlesWithFalsePair <= 5, $"lede false pairs {lede.FalsePairs}");
        // The plain method finds what is carried whole; its weakness (spun copies) is what the comparison is for.
        Assert.True(baseline.Recall[CopyRelation.Syndicated].Recall >= 0.95);
        Assert.True(baseline.Recall[CopyRelation.Spun].Recall < lede.Recall[CopyRelation.Spun].Recall);
    }

    [Fact]
    public void The_index_stays_bounded_under_its_window_on_a_long_stream()
    {
        const double perDay = 2000;
        var window = TimeSpan.FromDays(1);
        var index = new CopyIndex(CopyOptions.Default with { Window = window, WindowClock = CopyWindowClock.Published });
        var baseline = new CopyLshBaseline(window: window);
        var counts = new List<(int Lede, int Keys, int Baseline)>();
        // Copies within half a day: an original stays while a copy of it is in the window, so the index is flat once the
        // longest delay and the window have passed.
        var items = new CopyStream(Source.Value, new CopyStreamOptions { Articles = 8000, ArticlesPerDay = perDay, MaxDelay = TimeSpan.FromHours(12) }).Items();
        var n = 0;
        foreach (var item in items)
        {
            index.Observe(new CopyCandidate(item.Id, item.Text, Lede.Text.ContentHash.Of(item.Text), item.Published, true, item.Site, item.Title, item.Url));
            baseline.QueryInsert(item.Id, item.Origin, item.Published, baseline.Signature(item.Text));
            if (++n % 500 == 0) counts.Add((index.Count, index.Keys, baseline.Count));
        }

        // Four days of stream through a one-day window: the index holds about a day's articles (originals kept a little
        // longer for their copies), never the whole stream, and no more late than early.
        var full = counts.Skip(counts.Count / 2).ToList();
        Assert.All(full, c => Assert.InRange(c.Lede, 0.6 * perDay, 1.5 * perDay));
        Assert.All(full, c => Assert.InRange(c.Baseline, 0.6 * perDay, 1.2 * perDay));
        Assert.True(full.Max(c => c.Keys) < 1.3 * full.Min(c => c.Keys), string.Join(", ", full.Select(c => c.Keys)));
    }

    [Fact]
    public void The_baseline_bands_for_its_threshold_as_datasketch_does()
    {
        var (bands, rows) = CopyLshBaseline.OptimalParameters(0.3, 128, 0.5, 0.5);

        Assert.True(bands * rows <= 128);
        // The S-curve's steepest point, (1/b)^(1/r), lies near the threshold.
        Assert.InRange(Math.Pow(1.0 / bands, 1.0 / rows), 0.2, 0.4);
    }

    [Fact]
    public void The_content_hash_fast_path_for_ascii_gives_the_same_hash()
    {
        foreach (var text in new[] { "Hello,  World!\n\nIt's 2024 — or is it?", "A plain ASCII line.\r\nAnother: 42%", "", "   " })
        {
            var slow = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(Lede.Text.ContentHash.Normalise(text))).ToString("x16");
            Assert.Equal(slow, Lede.Text.ContentHash.Of(text));
        }
        var ascii = "Police said the 3 men (aged 20-25) fled.\tNo one was hurt.";
        Assert.Equal(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(Lede.Text.ContentHash.Normalise(ascii))).ToString("x16"), Lede.Text.ContentHash.Of(ascii));
    }
}
