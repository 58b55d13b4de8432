using Lede.Stories;

namespace Lede.Streams;

/// <summary>
/// The stories bench's scoring tallies, kept as a stream is assigned: copies join their original's story, the clusterer's
/// repairs move originals with their copies, and BCubed is read at any point. StoryBench and StoryStreamReplay share it,
/// so the replay's figure is the bench's by construction.
/// </summary>
internal sealed class StoryBenchTally(StoryClusterer clusterer)
{
    private const int PruneEvery = 20_000;

    // The originals whose copies are still to come.
    private readonly Dictionary<long, (Placed Original, int Left)> _storyOfOriginal = [];
    // Originals by key, so the clusterer's repairs (split and merge checks) can move them and their copies in the
    // tallies as they move in the store; pruned of closed stories, which no repair touches again.
    private readonly Dictionary<string, Placed> _placed = [];
    private readonly Dictionary<(long True, long Predicted), int> _cells = [];
    private readonly Dictionary<long, int> _trueSizes = [];
    private readonly Dictionary<long, int> _predictedSizes = [];

    /// <summary>Articles counted so far (originals and copies).</summary>
    public long Done { get; private set; }

    /// <summary>Entries of the tallies: the bench's own memory, reported beside the clusterer's.</summary>
    public int Entries => _cells.Count + _trueSizes.Count + _predictedSizes.Count + _placed.Count + _storyOfOriginal.Count;

    /// <summary>
    /// A copy whose original is placed joins that original's story (as the generator marks it); false for an original,
    /// which the clusterer must assign.
    /// </summary>
    public bool TryJoinCopy(long? copyOf, DateTimeOffset published, out long story)
    {
        story = 0;
        if (copyOf is not { } of || !_storyOfOriginal.TryGetValue(of, out var origin)) return false;
        story = origin.Original.Story;
        origin.Original.Count++;
        clusterer.Touch(story, published);
        if (origin.Left <= 1) _storyOfOriginal.Remove(of);
        else _storyOfOriginal[of] = (origin.Original, origin.Left - 1);
        return true;
    }

    /// <summary>Records an original's assignment and the repair moves it carried; the number of moves applied.</summary>
    public int PlaceOriginal(StoryAssignment assignment, string id, long trueStory, long ordinal, int copiesToCome)
    {
        var moves = 0;
        foreach (var move in assignment.Moved)
        {
            if (!_placed.TryGetValue(move.Key, out var member) || member.Story == move.StoryId) continue;
            Shift(member, move.StoryId);
            moves++;
        }
        var original = new Placed(trueStory, assignment.StoryId);
        _placed[id] = original;
        if (copiesToCome > 0) _storyOfOriginal[ordinal] = (original, copiesToCome);
        return moves;
    }

    /// <summary>Counts an article (original or copy) in the story it went to.</summary>
    public void Count(long trueStory, long story)
    {
        _cells[(trueStory, story)] = _cells.GetValueOrDefault((trueStory, story)) + 1;
        _trueSizes[trueStory] = _trueSizes.GetValueOrDefault(trueStory) + 1;
        _predictedSizes[story] = _predictedSizes.GetValueOrDefault(story) + 1;
        Done++;
        if (Done % PruneEvery == 0)
            foreach (var (key, member) in _placed)
                if (!clusterer.IsLive(member.Story)) _placed.Remove(key);
    }

    /// <summary>Item-averaged BCubed from the tallies (as Lede.Evaluation.Stories.ClusterMetrics, without strings).</summary>
    public StoryBenchQuality Score()
    {
        double precision = 0, recall = 0;
        foreach (var ((t, p), count) in _cells)
        {
            precision += (double)count * count / _predictedSizes[p];
            recall += (double)count * count / _trueSizes[t];
        }
        precision /= Done;
        recall /= Done;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new StoryBenchQuality(precision, recall, f1, _trueSizes.Count);
    }

    /// <summary>Moves an original and the copies it has so far from its story to another in the tallies.</summary>
    private void Shift(Placed member, long to)
    {
        var from = (member.TrueStory, member.Story);
        if ((_cells[from] -= member.Count) == 0) _cells.Remove(from);
        if ((_predictedSizes[member.Story] -= member.Count) == 0) _predictedSizes.Remove(member.Story);
        _cells[(member.TrueStory, to)] = _cells.GetValueOrDefault((member.TrueStory, to)) + member.Count;
        _predictedSizes[to] = _predictedSizes.GetValueOrDefault(to) + member.Count;
        member.Story = to;
    }

    /// <summary>An original in the tallies: its true story, the story it sits in now, and itself plus its copies so far.</summary>
    private sealed class Placed(long trueStory, long story)
    {
        public long TrueStory { get; } = trueStory;
        public long Story { get; set; } = story;
        public int Count { get; set; } = 1;
    }
}
