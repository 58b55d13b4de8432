namespace Lede.Copies;

/// <summary>
/// The copy index's keys (LSH bands, anchors) and the entries filed under each, as plain numbers: an open-addressing
/// table of 64-bit keys (linear probing, deletion by backward shift) whose slots head chains of postings in one node
/// array. Nothing in it is a reference, so a collection never has to trace the million-odd keys of a live index; a
/// slot holds its key's first entry itself, so a look-up of a key with one entry (most keys) reads one cache line.
/// Entries are numbers the caller gives out.
/// Postings keep the order they were made in; a key keeps at most `capacity` of them (later ones are not filed).
/// </summary>
internal sealed class CopyPostings(int capacity)
{
    private struct Slot
    {
        public ulong Key;
        public int Count; // 0 while the slot is free
        public int First; // the first entry
        public int Head; // the node of the second entry, -1 without one
        public int Tail;
    }

    private struct Node
    {
        public int Entry;
        public int Next; // next node of the chain, or of the free list; -1 at the end
    }

    private const int Free = -1;
    // Keys are hashes already (mixed 64-bit values): their top bits pick the slot.
    private Slot[] _slots = new Slot[1 << 12];
    private int _shift = 64 - 12;
    private Node[] _nodes = new Node[1 << 12];
    private int _nodeCount;
    private int _freeNode = Free;

    // Where Touch leaves what it read, so that the reads are not optimised away.
    private int _touched;

    /// <summary>
    /// Reads the home slot of every key. An article's keys lie all over a table of tens of megabytes, so each look-up
    /// waits on memory; these reads do not depend on one another, so the processor overlaps them, and the look-ups,
    /// inserts or removals that follow find the slots in cache.
    /// </summary>
    public void Touch(ReadOnlySpan<ulong> keys)
    {
        var sum = 0;
        foreach (var key in keys) sum += _slots[Home(key)].Count;
        _touched = sum;
    }

    /// <summary>Keys with at least one posting.</summary>
    public int Count { get; private set; }

    /// <summary>The entries filed under a key in the order they were filed; none when it has `capacity` of them (a saturated key tells nothing).</summary>
    public Entries Of(ulong key)
    {
        var s = Find(key);
        return s < 0 || _slots[s].Count >= capacity ? default : new Entries(this, _slots[s].First, _slots[s].Head);
    }

    /// <summary>A key's entries, as foreach reads them.</summary>
    public ref struct Entries(CopyPostings postings, int first, int head)
    {
        private int _node = -2; // -2 before the first entry, then the node of the current one (-1 for the inline first)

        public int Current { get; private set; }

        public readonly Entries GetEnumerator() => this;

        public bool MoveNext()
        {
            if (postings is null) return false;
            var node = _node == -2 ? Free : _node == Free ? head : postings._nodes[_node].Next;
            if (_node != -2 && node == Free) return false;
            Current = node == Free ? first : postings._nodes[node].Entry;
            _node = node;
            return true;
        }
    }

    public void Add(ulong key, int entry)
    {
        if (Count + 1 > _slots.Length / 4 * 3) Grow();
        var s = Home(key);
        while (_slots[s].Count != 0 && _slots[s].Key != key) s = (s + 1) & (_slots.Length - 1);
        ref var slot = ref _slots[s];
        if (slot.Count == 0)
        {
            slot = new Slot { Key = key, Count = 1, First = entry, Head = Free, Tail = Free };
            Count++;
            return;
        }
        // A saturated key is skipped by queries anyway; not growing it keeps memory bounded.
        if (slot.Count >= capacity) return;
        var node = NewNode(entry);
        if (slot.Tail == Free) slot.Head = node;
        else _nodes[slot.Tail].Next = node;
        slot.Tail = node;
        slot.Count++;
    }

    /// <summary>Takes the first posting of `entry` off a key (none when it was never filed there).</summary>
    public void Remove(ulong key, int entry)
    {
        var s = Find(key);
        if (s < 0) return;
        ref var slot = ref _slots[s];
        if (slot.First == entry)
        {
            if (--slot.Count == 0)
            {
                Vacate(s);
                return;
            }
            // The second entry moves into the slot.
            var second = slot.Head;
            slot.First = _nodes[second].Entry;
            slot.Head = _nodes[second].Next;
            if (slot.Tail == second) slot.Tail = Free;
            FreeNode(second);
            return;
        }
        var previous = Free;
        var n = slot.Head;
        while (n != Free && _nodes[n].Entry != entry)
        {
            previous = n;
            n = _nodes[n].Next;
        }
        if (n == Free) return;
        var next = _nodes[n].Next;
        if (previous == Free) slot.Head = next;
        else _nodes[previous].Next = next;
        if (slot.Tail == n) slot.Tail = previous;
        slot.Count--;
        FreeNode(n);
    }

    private int Home(ulong key) => (int)(key >> _shift);

    private int Find(ulong key)
    {
        var mask = _slots.Length - 1;
        for (var s = Home(key); ; s = (s + 1) & mask)
        {
            if (_slots[s].Count == 0) return -1;
            if (_slots[s].Key == key) return s;
        }
    }

    /// <summary>Frees a slot, moving later keys of its probe run back so that every key stays reachable from its home.</summary>
    private void Vacate(int hole)
    {
        var mask = _slots.Length - 1;
        Count--;
        for (var s = (hole + 1) & mask; _slots[s].Count != 0; s = (s + 1) & mask)
        {
            var home = Home(_slots[s].Key);
            // The key at s may fill the hole when its home does not lie cyclically in (hole, s].
            if (((s - home) & mask) >= ((s - hole) & mask))
            {
                _slots[hole] = _slots[s];
                hole = s;
            }
        }
        _slots[hole] = default;
    }

    private void FreeNode(int n)
    {
        _nodes[n].Next = _freeNode;
        _freeNode = n;
    }

    private int NewNode(int entry)
    {
        int n;
        if (_freeNode != Free)
        {
            n = _freeNode;
            _freeNode = _nodes[n].Next;
        }
        else
        {
            if (_nodeCount == _nodes.Length) Array.Resize(ref _nodes, _nodes.Length * 2);
            n = _nodeCount++;
        }
        _nodes[n] = new Node { Entry = entry, Next = Free };
        return n;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Count == 0) continue;
            var s = Home(slot.Key);
            while (_slots[s].Count != 0) s = (s + 1) & mask;
            _slots[s] = slot;
        }
    }
}
