using System.Runtime.InteropServices;

namespace Lede.Stories;

/// <summary>
/// The live stories that hold one term, each with its centroid term: the inverted index's posting list. Most terms
/// of a stream are held by one or two stories (a name, a detail of one event), so entries sit in a small array that
/// is scanned, and only a list grown past IndexAbove gets a dictionary from story to place. A term costs two small
/// allocations instead of a dictionary, and a walk over the list is a walk over an array. Order is not kept.
/// A term's entry (TermStats) is its own posting list, so that reaching the list from the entry is not one more
/// object to read (a cache miss per article term in retrieval and scoring) nor one more for the collector to trace.
/// </summary>
internal abstract class StoryPostings
{
    private const int IndexAbove = 8;

    private Entry[] _entries = new Entry[2];
    private Dictionary<LiveStory, int>? _index;

    public int Count { get; private set; }

    public ReadOnlySpan<Entry> Entries => _entries.AsSpan(0, Count);

    public IEnumerable<LiveStory> Keys => _entries.Take(Count).Select(e => e.Story);

    public bool ContainsKey(LiveStory story) => Find(story) >= 0;

    public bool TryGetValue(LiveStory story, out CentroidTerm term)
    {
        var i = Find(story);
        term = i >= 0 ? _entries[i].Term : null!;
        return i >= 0;
    }

    /// <summary>Adds a story that does not hold the term yet.</summary>
    public CentroidTerm this[LiveStory story]
    {
        set
        {
            if (Count == _entries.Length) Array.Resize(ref _entries, 2 * Count);
            _entries[Count] = new Entry(story, value, story.Id);
            if (_index is not null) _index[story] = Count;
            else if (Count + 1 > IndexAbove)
            {
                _index = new Dictionary<LiveStory, int>(2 * IndexAbove);
                for (var i = 0; i <= Count; i++) _index[_entries[i].Story] = i;
            }
            Count++;
        }
    }

    public bool Remove(LiveStory story)
    {
        var i = Find(story);
        if (i < 0) return false;
        var last = --Count;
        _index?.Remove(story);
        if (i != last)
        {
            _entries[i] = _entries[last];
            if (_index is not null) _index[_entries[i].Story] = i;
        }
        _entries[last] = default;
        return true;
    }

    public Span<Entry>.Enumerator GetEnumerator() => _entries.AsSpan(0, Count).GetEnumerator();

    private int Find(LiveStory story)
    {
        if (_index is not null) return _index.TryGetValue(story, out var i) ? i : -1;
        var entries = _entries;
        for (var k = 0; k < Count; k++)
            if (ReferenceEquals(entries[k].Story, story)) return k;
        return -1;
    }

    [StructLayout(LayoutKind.Auto)]
    // The story's id rides along so that a walk over the list can tell the stories it looks for without reading
    // each story object (one cache miss per entry on a long list).
    public readonly record struct Entry(LiveStory Story, CentroidTerm Term, long StoryId);
}
