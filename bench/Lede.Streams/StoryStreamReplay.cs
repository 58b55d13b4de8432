using Lede.Stories;

namespace Lede.Streams;

/// <summary>
/// The first items of a story stream with their story representations built once, replayed as StoryBench assigns them
/// (copies join their original's story, repairs move originals with their copies) under any options, for
/// tools/fit-story-model.cs to score the join model on a dated stream of many same-type events beside ECB+'s orders.
/// Its BCubed equals StoryBench's at the same article count (the tallies are StoryBench's, without the timing), so a
/// fitted model's stream figure is the bench's; the representations are built with the options given here, so a
/// replay may change the clusterer's options (the join model, repairs) but not the featurizer's.
/// </summary>
public sealed class StoryStreamReplay
{
    private sealed record Item(string Id, string Title, DateTimeOffset Published, long TrueStory, long Ordinal, long? CopyOf,
        int CopiesToCome, StoryDocument? Doc);

    private readonly Item[] _items;

    private StoryStreamReplay(Item[] items) => _items = items;

    /// <summary>Articles in the replay (originals and copies): what the score is over.</summary>
    public int Count => _items.Length;

    public int Originals => _items.Count(i => i.CopyOf is null);

    /// <summary>Takes the stream's items and builds each original's representation on every core (texts are not kept).</summary>
    public static StoryStreamReplay Build(IEnumerable<StoryStreamItem> stream, StoryOptions options)
    {
        var featurizer = new StoryFeaturizer(options);
        var items = stream.ToArray();
        var built = new Item[items.Length];
        Parallel.For(0, items.Length, i =>
        {
            var s = items[i];
            var doc = s.CopyOf is null ? featurizer.Build(s.Title, s.Text, null, s.Published) : null;
            built[i] = new Item(s.Id, s.Title, s.Published, s.TrueStory, s.Ordinal, s.CopyOf, s.CopiesToCome, doc);
        });
        return new StoryStreamReplay(built);
    }

    /// <summary>Assigns the items in arrival order with a new clusterer of these options; BCubed over all of them.</summary>
    public StoryBenchQuality Run(StoryOptions options)
    {
        var clusterer = new StoryClusterer(options);
        var tally = new StoryBenchTally(clusterer);
        foreach (var item in _items)
        {
            if (!tally.TryJoinCopy(item.CopyOf, item.Published, out var story))
            {
                var assignment = clusterer.Assign(item.Doc!, item.Title, item.Id);
                story = assignment.StoryId;
                tally.PlaceOriginal(assignment, item.Id, item.TrueStory, item.Ordinal, item.CopiesToCome);
            }
            tally.Count(item.TrueStory, story);
        }
        return tally.Score();
    }
}
