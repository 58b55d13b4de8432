using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Lede.Stories;

/// <summary>
/// The live stories that hold one term, each with its centroid slot and weight: the inverted index's posting list. Most terms
/// of a stream are held by one or two stories (a name, a detail of one event), so entries sit in a small array that
/// is scanned, and only a list grown past IndexAbove gets an index from story id to place. A term costs two small
/// allocations (or one, below) instead of a dictionary, and a walk over the list is a walk over an array. Order is not kept.
/// A list that never held two stories (most of a stream's terms) keeps its one entry inline, with no array: an object
/// fewer per term to allocate and for the collector to mark.
/// A term's entry (TermEntry) holds its posting list inline, read and changed in place by ref, so that reaching the
/// list from the entry is not one more object to read (a cache miss per article term in retrieval and scoring) nor one
/// more for the collector to trace. Never copied: a copy would change its own arrays' count, not the entry's.
/// </summary>
internal struct StoryPostings
{
    private const int IndexAbove = 8;

    private const int FirstArray = 2;

    // The entries while the list has never held two (no array yet): at most one, in _single.
    private Entry[]? _entries;
    private Entry _single;
    // Past IndexAbove (so only with the array), each entry's place + 1 by its story's id, open addressing with linear
    // probes (0 is empty): a lookup reads the entries' ids, never a story object's hash or equality, and allocates
    // nothing per story.
    private int[]? _index;

    // Entries in the arrays, the live ones and those of closed stories not yet swept out (Vacate).
    private int _used;

    /// <summary>The live stories that hold the term: what every reader of the list's length reads.</summary>
    public int Count { get; private set; }

    /// <summary>Entries of closed stories still in the list (Vacate): a walk skips those DeadStories lists.</summary>
    public int Dead => _used - Count;

    /// <summary>
    /// The entries, closed stories' included while Dead is above 0: a walk that must not meet those skips the ids
    /// DeadStories lists (a walk looking for live stories by id never matches them).
    /// </summary>
    [UnscopedRef] public ReadOnlySpan<Entry> Entries => Live;

    [UnscopedRef] private Span<Entry> Live => _entries is { } entries ? entries.AsSpan(0, _used) : MemoryMarshal.CreateSpan(ref _single, _used);

    public bool ContainsKey(LiveStory story) => Find(story) >= 0;

    /// <summary>The story's summed member weights of the term (its centroid's), when it holds the term.</summary>
    public bool TryGetWeight(LiveStory story, out double weight)
    {
        var i = Find(story);
        weight = i >= 0 ? At(i).Weight : 0;
        return i >= 0;
    }

    /// <summary>
    /// Adds a story that does not hold the term yet, at its centroid slot; returns its entry's place. With a pool, the
    /// list's arrays come from it and an outgrown one goes back to it. A full list with closed stories' entries sweeps
    /// them out (in place when they are an eighth of it or more, else into the grown array).
    /// </summary>
    public int Add(LiveStory story, int slot, DeadStories dead, PostingPool? pool = null)
    {
        if (_entries is null)
        {
            if (_used == 0 || Count == 0)
            {
                _single = new Entry(story.Id, slot);
                (_used, Count) = (1, 1);
                return 0;
            }
            _entries = pool?.TakeEntries(FirstArray) ?? new Entry[FirstArray];
            _entries[0] = _single;
            _single = default;
        }
        if (_used == _entries.Length)
        {
            if (8 * Dead >= _used) Sweep(dead, pool);
            else Grow(dead, pool);
        }
        _entries[_used] = new Entry(story.Id, slot);
        if (_index is not null && 2 * (_used + 1) <= _index.Length) Place(_used);
        else if (_used + 1 > IndexAbove) Reindex(_used + 1, pool);
        Count++;
        return _used++;
    }

    /// <summary>
    /// A story that held the term closed: it no longer counts, and its entry stays until a sweep (Add, Sweep) takes it
    /// out with the others DeadStories lists. Finding the entry was most of closing a story (StoryClusterer.Close).
    /// </summary>
    public void Vacate() => Count--;

    /// <summary>
    /// Takes the closed stories' entries out when they are half the list or more (a walk's call: the list stays at most
    /// about twice its live length between sweeps).
    /// </summary>
    public void SweepMostlyDead(DeadStories dead, PostingPool? pool)
    {
        if (2 * Dead >= _used && Dead > 0) Sweep(dead, pool);
    }

    /// <summary>
    /// The entry left its table with no story listed: its arrays go back to the pool and the list reads as empty (one
    /// with no array), so nothing that still holds the entry reads arrays another list may take next.
    /// </summary>
    public void Release(PostingPool pool)
    {
        if (Count != 0) return;
        if (_entries is { } entries) pool.GiveEntries(entries);
        if (_index is { } index) pool.GiveIndex(index);
        (_entries, _index, _single, _used) = (null, null, default, 0);
    }

    /// <summary>Takes every closed story's entry out, keeping the live ones in their order, and rebuilds the index.</summary>
    public void Sweep(DeadStories dead, PostingPool? pool)
    {
        if (Dead == 0) return;
        if (_entries is null)
        {
            (_single, _used) = (default, 0);
            return;
        }
        var kept = 0;
        for (var k = 0; k < _used; k++)
            if (!dead.Contains(_entries[k].StoryId)) _entries[kept++] = _entries[k];
        _entries.AsSpan(kept, _used - kept).Clear();
        _used = kept;
        if (_index is not null)
        {
            Array.Clear(_index);
            for (var k = 0; k < _used; k++) Place(k);
        }
    }

    // Entries past _used are never read (Add writes a place before counting it), so a grown array's copy is its live
    // part; closed stories' entries are left behind (the index is rebuilt when any were).
    private void Grow(DeadStories dead, PostingPool? pool)
    {
        var grown = pool?.TakeEntries(2 * _used) ?? new Entry[2 * _used];
        var kept = 0;
        if (Dead == 0)
        {
            _entries!.AsSpan(0, _used).CopyTo(grown);
            kept = _used;
        }
        else
            for (var k = 0; k < _used; k++)
                if (!dead.Contains(_entries![k].StoryId)) grown[kept++] = _entries[k];
        pool?.GiveEntries(_entries!);
        var swept = kept != _used;
        (_entries, _used) = (grown, kept);
        if (swept && _index is not null)
        {
            Array.Clear(_index);
            for (var k = 0; k < _used; k++) Place(k);
        }
    }

    /// <summary>The story's place in the list, or -1 when it does not hold the term.</summary>
    public int IndexOf(LiveStory story) => Find(story);

    /// <summary>
    /// The places of the stories with these ids (live ones: a closed story's stale entry would match), -1 for those
    /// the list lacks: IndexOf for many stories at once. The first probe of every id is read before any is compared,
    /// so the misses on a long list's index and entries overlap instead of waiting one behind the other's branch.
    /// </summary>
    public void PlacesOf(ReadOnlySpan<long> ids, Span<int> places)
    {
        if (_index is not { } index)
        {
            for (var k = 0; k < ids.Length; k++) places[k] = FindId(ids[k]);
            return;
        }
        var (mask, entries) = (index.Length - 1, _entries!);
        for (var k = 0; k < ids.Length; k++) places[k] = index[Home(ids[k], mask)];
        for (var k = 0; k < ids.Length; k++)
        {
            var (v, id) = (places[k], ids[k]);
            if (v != 0 && entries[v - 1].StoryId == id)
            {
                places[k] = v - 1;
                continue;
            }
            // A collision at the home slot is rare: the single look-up's probe takes it from there.
            places[k] = v == 0 ? -1 : FindId(id);
        }
    }

    /// <summary>The entry at a place IndexOf or Add gave, until the list next changes.</summary>
    [UnscopedRef] public ref Entry At(int i)
    {
        if (_entries is { } entries) return ref entries[i];
        if (i >= _used) throw new ArgumentOutOfRangeException(nameof(i));
        return ref _single;
    }

    /// <summary>Takes a live story's entry out now (a pruned term: the story stays live and may hold the term again).</summary>
    public bool Remove(LiveStory story)
    {
        var i = Find(story);
        if (i < 0) return false;
        var last = _used - 1;
        if (_entries is null)
        {
            _single = default;
            (_used, Count) = (0, 0);
            return true;
        }
        if (_index is not null)
        {
            Unplace(SlotOf(story.Id));
            if (i != last) _index[SlotOf(_entries[last].StoryId)] = i + 1;
        }
        (_used, Count) = (last, Count - 1);
        if (i != last) _entries[i] = _entries[last];
        _entries[last] = default;
        return true;
    }

    // A closed story is found in no list, though its entries may still be there (Vacate).
    private int Find(LiveStory story) => story.Closed ? -1 : FindId(story.Id);

    private int FindId(long id)
    {
        if (_index is { } index)
        {
            var mask = index.Length - 1;
            for (var s = Home(id, mask); index[s] != 0; s = (s + 1) & mask)
                if (_entries![index[s] - 1].StoryId == id) return index[s] - 1;
            return -1;
        }
        if (_entries is null) return _used > 0 && _single.StoryId == id ? 0 : -1;
        var (entries, sought, used) = (_entries, id, _used);
        for (var k = 0; k < used; k++)
            if (entries[k].StoryId == sought) return k;
        return -1;
    }

    private static int Home(long id, int mask) => (int)id & mask;

    /// <summary>Rebuilds the index for the first `count` entries, at least twice as many slots as entries.</summary>
    private void Reindex(int count, PostingPool? pool)
    {
        var length = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4 * count, 4 * IndexAbove));
        var old = _index;
        _index = pool?.TakeIndex(length) ?? new int[length];
        if (old is not null) pool?.GiveIndex(old);
        for (var k = 0; k < count; k++) Place(k);
    }

    private void Place(int k)
    {
        var index = _index!;
        var mask = index.Length - 1;
        var s = Home(_entries![k].StoryId, mask);
        while (index[s] != 0) s = (s + 1) & mask;
        index[s] = k + 1;
    }

    /// <summary>The slot that holds the story's place (the story is listed).</summary>
    private int SlotOf(long id)
    {
        var index = _index!;
        var mask = index.Length - 1;
        var s = Home(id, mask);
        while (_entries![index[s] - 1].StoryId != id) s = (s + 1) & mask;
        return s;
    }

    /// <summary>Empties a slot, moving back later slots of the run that would no longer be reached from their home.</summary>
    private void Unplace(int s)
    {
        var index = _index!;
        var mask = index.Length - 1;
        index[s] = 0;
        for (var j = (s + 1) & mask; index[j] != 0; j = (j + 1) & mask)
        {
            var home = Home(_entries![index[j] - 1].StoryId, mask);
            // The entry at j stays when its home lies cyclically in (s, j]: a probe from there reaches j before s.
            var stays = s <= j ? home > s && home <= j : home > s || home <= j;
            if (stays) continue;
            index[s] = index[j];
            index[j] = 0;
            s = j;
        }
    }

    /// <summary>
    /// A story holding the term, by id (live ids are unique), with the term's slot in the story's centroid. The story's
    /// id rides along so that a walk over the list tells the stories it looks for without reading each story object,
    /// and Weight copies the centroid slot's (Add writes both) so that scoring sums a hit without reading the centroid
    /// (a cache miss per hit). No reference: the collector does not scan a posting list.
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    public record struct Entry(long StoryId, int Slot)
    {
        public double Weight;
    }
}

/// <summary>
/// The ids of stories that closed while their entries may still sit in posting lists (StoryPostings.Vacate): one bit
/// per id from the clusterer's first id, ids before it or far past the span in a set. A bit per story ever opened (12.5 MB per
/// 10^8 stories), not per live one: which lists still hold a closed story's entries is not tracked, so a bit is
/// cleared only when every list is swept (Revive).
/// </summary>
internal sealed class DeadStories(long firstId)
{
    private ulong[] _bits = new ulong[64];
    private readonly HashSet<long> _outside = [];

    public bool Any { get; private set; }

    public bool Contains(long id)
    {
        var at = (ulong)(id - firstId);
        if (at < (ulong)_bits.Length << 6) return (_bits[at >> 6] & (1UL << (int)(at & 63))) != 0;
        return _outside.Count > 0 && _outside.Contains(id);
    }

    public void Add(long id)
    {
        Any = true;
        var at = (ulong)(id - firstId);
        // Ids come in order from the first one, so the span grows by doublings; an id far past it (a reserved or
        // restored one) goes to the set rather than stretching the bits across the gap.
        if (at >= (ulong)_bits.Length << 7)
        {
            _outside.Add(id);
            return;
        }
        if (at >= (ulong)_bits.Length << 6)
        {
            var length = _bits.Length;
            while (at >= (ulong)length << 6) length *= 2;
            Array.Resize(ref _bits, length);
            // Ids set aside while past the span are inside it now, where Contains reads only the bits.
            if (_outside.Count > 0)
                foreach (var outside in _outside.ToArray())
                    if ((ulong)(outside - firstId) < (ulong)length << 6)
                    {
                        _outside.Remove(outside);
                        Set((ulong)(outside - firstId));
                    }
        }
        Set(at);
    }

    private void Set(ulong at) => _bits[at >> 6] |= 1UL << (int)(at & 63);

    /// <summary>No list holds a closed story's entry any more.</summary>
    public void Clear()
    {
        Array.Clear(_bits);
        _outside.Clear();
        Any = false;
    }
}

/// <summary>
/// Posting arrays (entries, and the index of a long list) at power-of-two lengths, given back by lists that outgrew them
/// or whose entry left its table, and taken by lists that grow: terms enter and leave the index at one rate on a
/// stream, so the arrays go round instead of being a posting list's garbage at every doubling and at every term's
/// end. A length keeps at most MaxBytesPerLength of spare arrays, so the pool stays small against the live heap and
/// lets it shrink when the live set does. An entry array comes back as it was (entries past a list's count are never
/// read); an index comes back cleared (0 is an empty slot).
/// Measured with the spare entries (StoryClusterer.NewStats), results identical (bench stories --stop-at 100000, two
/// alternated pairs at load 22-37): assigning-thread allocation 29.9 -> 23.0 KB per original (update 27.6 -> 20.7, add
/// 18.0 -> 13.2, open 3.8 -> 2.6, split 4.1 -> 3.3), collections 24/10/7 and 24/11/7 -> 21/9/6 and 22/10/7, GC pause
/// 56.0 / 37.4 -> 22.2 / 27.4 s, process CPU 122.1 / 135.3 -> 118.2 / 94.5 s, assigning-thread CPU 65.3 / 71.6 ->
/// 67.1 / 51.3 s (noisy at that load), live heap 1,160 / 1,161 -> 1,163 / 1,166 MB.
/// At 20k alone (41.3 -> 39.4 KB per original) it saves less: the window has closed few stories by then.
/// </summary>
internal sealed class PostingPool
{
    private const long MaxBytesPerLength = 1 << 20;

    private readonly Stack<StoryPostings.Entry[]>[] _entries = NewStacks<StoryPostings.Entry[]>();
    private readonly Stack<int[]>[] _index = NewStacks<int[]>();

    private static Stack<T>[] NewStacks<T>()
    {
        var stacks = new Stack<T>[31];
        for (var i = 0; i < stacks.Length; i++) stacks[i] = new Stack<T>();
        return stacks;
    }

    /// <summary>An entry array of exactly `length` entries (a power of two).</summary>
    public StoryPostings.Entry[] TakeEntries(int length) =>
        _entries[System.Numerics.BitOperations.Log2((uint)length)].TryPop(out var array) ? array : new StoryPostings.Entry[length];

    /// <summary>An all-empty index of exactly `length` slots (a power of two).</summary>
    public int[] TakeIndex(int length) =>
        _index[System.Numerics.BitOperations.Log2((uint)length)].TryPop(out var array) ? array : new int[length];

    public void GiveEntries(StoryPostings.Entry[] array)
    {
        if (Spare(_entries, array.Length, System.Runtime.CompilerServices.Unsafe.SizeOf<StoryPostings.Entry>()) is { } spare) spare.Push(array);
    }

    public void GiveIndex(int[] array)
    {
        if (Spare(_index, array.Length, sizeof(int)) is not { } spare) return;
        Array.Clear(array);
        spare.Push(array);
    }

    private static Stack<T>? Spare<T>(Stack<T>[] stacks, int length, int bytes)
    {
        if (length == 0 || !System.Numerics.BitOperations.IsPow2(length)) return null;
        var spare = stacks[System.Numerics.BitOperations.Log2((uint)length)];
        return (long)(spare.Count + 1) * length * bytes > MaxBytesPerLength ? null : spare;
    }
}
