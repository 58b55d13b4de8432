using Lede.Stories;
using Lede.Streams;

namespace Lede.Tests.Stories;

public sealed class StoryStreamTests
{
    private static readonly Lazy<StorySource> Source = new(() => StorySource.Load(TestPaths.Dataset(Path.Combine("ecbplus", "stories"))));

    [Fact]
    public void The_same_seed_gives_the_same_stream_and_another_seed_another()
    {
        var options = new StoryStreamOptions { Articles = 3000, Span = TimeSpan.FromDays(30) };
        var first = new StoryStream(Source.Value, options).ToList();
        var again = new StoryStream(Source.Value, options).ToList();
        var other = new StoryStream(Source.Value, options with { Seed = options.Seed + 1 }).ToList();
        Assert.Equal(3000, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(i => i.Text), other.Select(i => i.Text));
    }

    [Fact]
    public void Items_come_in_time_order_and_copies_follow_their_original_in_its_story()
    {
        var items = new StoryStream(Source.Value, new StoryStreamOptions { Articles = 5000, Span = TimeSpan.FromDays(30) }).ToList();
        var byOrdinal = items.ToDictionary(i => i.Ordinal);
        for (var i = 1; i < items.Count; i++) Assert.True(items[i].Published >= items[i - 1].Published);
        var copies = items.Where(i => i.CopyOf is not null).ToList();
        Assert.InRange(copies.Count, 500, 1200);
        foreach (var copy in copies)
        {
            var original = byOrdinal[copy.CopyOf!.Value];
            Assert.True(original.Ordinal < copy.Ordinal);
            Assert.Equal(original.TrueStory, copy.TrueStory);
            Assert.Equal(1, original.CopiesToCome);
        }
        // Two instances never share an original text verbatim (within one, ECB+'s own duplicate reports may).
        var instancesOfText = items.Where(i => i.CopyOf is null)
            .GroupBy(i => i.Text, StringComparer.Ordinal)
            .Select(g => g.Select(i => i.TrueStory).Distinct().Count());
        Assert.All(instancesOfText, n => Assert.Equal(1, n));
    }

    [Fact]
    public void The_live_set_and_the_index_stay_bounded_under_the_window_on_a_long_stream()
    {
        // A stream far longer than the window: what the clusterer holds must level off, not grow with the stream.
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(7) };
        var stream = new StoryStream(Source.Value, new StoryStreamOptions { Articles = 8000, Span = TimeSpan.FromDays(160) });
        var samples = new List<StoryBenchCheckpoint>();
        new StoryBench(options, batchSize: 256).Run(stream, Enumerable.Range(1, 16).Select(k => k * 500L).ToList(), samples.Add);
        Assert.Equal(16, samples.Count);
        var early = samples.Skip(4).Take(4).ToList();
        var late = samples.Skip(12).ToList();
        Assert.True(late.Max(s => s.LiveStories) <= 2 * early.Max(s => s.LiveStories),
            $"live stories {string.Join(", ", samples.Select(s => s.LiveStories))}");
        Assert.True(late.Max(s => s.Postings) <= 2 * early.Max(s => s.Postings),
            $"postings {string.Join(", ", samples.Select(s => s.Postings))}");
        Assert.True(late.Max(s => s.IndexedTerms) <= 2 * early.Max(s => s.IndexedTerms),
            $"index terms {string.Join(", ", samples.Select(s => s.IndexedTerms))}");
        // Stories keep closing as the stream moves on: far more were opened than are live.
        Assert.True(samples[^1].StoriesOpened > 3 * samples[^1].LiveStories);
    }

    [Fact]
    public void The_bench_runs_the_clusterers_repairs_and_scores_the_articles_where_they_end_up()
    {
        // The pipeline assigns with keys, so split and merge checks may move earlier articles; the bench must measure
        // that same work and score the moved articles (with their copies) in their new stories.
        var stream = new StoryStream(Source.Value, new StoryStreamOptions { Articles = 3000, Span = TimeSpan.FromDays(60) });
        var samples = new List<StoryBenchCheckpoint>();
        new StoryBench(StoryOptions.Default, batchSize: 256).Run(stream, [1500L, 3000L], samples.Add);
        Assert.Equal(2, samples.Count);
        Assert.True(samples[^1].RepairMoves > 0, "no repair moved an article: the bench assigned without keys");
        Assert.True(samples[^1].RepairMoves >= samples[0].RepairMoves);
        Assert.InRange(samples[^1].Quality.BCubedPrecision, 0.5, 1.0);
        Assert.InRange(samples[^1].Quality.BCubedRecall, 0.5, 1.0);
        if (OperatingSystem.IsLinux())
        {
            // getrusage: the assigning thread (this one) faults some of the process's pages, and the counts only grow.
            var (first, last) = (samples[0], samples[^1]);
            Assert.True(first.ProcessUsage.MinorFaults > 0, "no page faults read for the process");
            Assert.InRange(last.AssignThreadUsage.MinorFaults, first.AssignThreadUsage.MinorFaults, last.ProcessUsage.MinorFaults);
            Assert.InRange(last.AssignThreadUsage.SystemSeconds, 0, last.ProcessUsage.SystemSeconds);
            Assert.True(last.ProcessUsage.MaxResidentBytes >= first.ProcessUsage.MaxResidentBytes);
        }
    }

    [Fact]
    public void The_fit_tools_replay_scores_the_stream_as_the_bench_does()
    {
        // tools/fit-story-model.cs puts the replay's F1 in its objective as the bench's figure: the two must agree exactly.
        var stream = new StoryStream(Source.Value, new StoryStreamOptions { Articles = 3000, Span = TimeSpan.FromDays(60) });
        var samples = new List<StoryBenchCheckpoint>();
        new StoryBench(StoryOptions.Default, batchSize: 256).Run(stream, [3000L], samples.Add);
        var replay = StoryStreamReplay.Build(stream, StoryOptions.Default);
        Assert.Equal(3000, replay.Count);
        Assert.Equal(samples[^1].Quality, replay.Run(StoryOptions.Default));
        var joinsMore = StoryOptions.Default with { Model = StoryOptions.Default.Model with { Bias = StoryOptions.Default.Model.Bias + 3 } };
        Assert.True(replay.Run(joinsMore).BCubedPrecision < samples[^1].Quality.BCubedPrecision);
    }
}
