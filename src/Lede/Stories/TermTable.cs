using System.Diagnostics;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Lede.Stories;

/// <summary>
/// One part's live terms by their 128-bit key (XxHash128 of the term's UTF-16 code units), open addressing with linear
/// probes: the article's terms come with their keys, taken on the threads that build the documents (StoryDocument.Keys),
/// so the assigning thread neither hashes nor compares a string when it resolves them. A slot holds the key's low half
/// and the entry's handle; a probe that meets the low half reads the entry (read anyway for its frequency) for the high half.
/// Against a dictionary by string, a look-up is one slot and the entry instead of a bucket, an entry, the stored
/// string's characters and the entry. Profiled (perf, bench stories --stop-at 20000, assigning thread's samples): the
/// article's term look-ups (StoryClusterer.Terms with Dictionary.TryGetValue) took 14.9 % of them, with this table 5.6 %.
/// Bench stories --stop-at 100000, results identical, load 11-43 (four engineers): two runs side by side, assigning-thread
/// CPU 59.3 / 48.9 s against 67.3 / 55.3 s, process CPU 110.5 / 93.8 against 115.3 / 96.1 s; alternated, 58.8 / 53.1 s against 56.4 / 57.6 s, process
/// CPU 108.4 / 102.1 against 101.6 / 100.5 s (the builders now hash every term). Live heap +68 MB at 100k (1,104 against
/// 1,036 MB): the key on each entry and the emptier table. While a document copied `with` other parts shared its
/// original's keys, a kept member kept its article's parts alive: live heap 1,671 MB.
/// Keys as identity, with the arithmetic: a look-up matches a wrong term only when two distinct terms' 128-bit keys are
/// equal, at most n / 2^128 per look-up for n live terms. A stream of 10^9 articles of 10^4 terms each against
/// 10^8 live terms is 10^13 × 10^8 / 3.4·10^38 ≈ 3·10^-18: no collision in any stream this engine will see. DEBUG
/// builds still check the term on every hit through a string.
/// </summary>
internal sealed class TermTable(TermEntries entries)
{
    private Slot[] _slots = new Slot[16];

    public int Count { get; private set; }

    /// <summary>Tables for `count` parts, filing entries of one store (and one frequencies' array).</summary>
    public static TermTable[] Parts(int count)
    {
        var entries = new TermEntries(new TermFrequencies());
        return Enumerable.Range(0, count).Select(_ => new TermTable(entries)).ToArray();
    }

    /// <summary>Where the entries the table files live (slots hold their handles).</summary>
    public TermEntries Entries => entries;

    /// <summary>The key a term is filed under: the same function on every thread and in every run.</summary>
    public static UInt128 Key(string term) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(term.AsSpan()));

    /// <summary>The entry filed under a key, or null.</summary>
    public TermStats? Find(UInt128 key)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var lo = (ulong)key;
        for (var i = (int)lo & mask; ; i = (i + 1) & mask)
        {
            ref readonly var s = ref slots[i];
            if (s.Handle == 0) return null;
            if (s.Lo == lo && entries.At(s.Handle).Key == key) return new TermStats(entries, s.Handle);
        }
    }

    public TermStats? GetValueOrDefault(string term)
    {
        var stats = Find(Key(term));
        Debug.Assert(stats is null || stats.Value.Term == term, "two terms under one key");
        return stats;
    }

    public bool TryGetValue(string term, out TermStats stats)
    {
        var found = GetValueOrDefault(term);
        stats = found.GetValueOrDefault();
        return found is not null;
    }

    /// <summary>Files an entry under its key, replacing the one filed there (as a dictionary's indexer does).</summary>
    public void Set(TermStats stats)
    {
        if (2 * (Count + 1) > _slots.Length) Grow();
        var slots = _slots;
        var mask = slots.Length - 1;
        var key = stats.Key;
        var lo = (ulong)key;
        var i = (int)lo & mask;
        for (; slots[i].Handle is var held and not 0; i = (i + 1) & mask)
            if (slots[i].Lo == lo && entries.At(held).Key == key)
            {
                Debug.Assert(entries.At(held).Term == stats.Term, "two terms under one key");
                slots[i].Handle = stats.Handle;
                return;
            }
        slots[i] = new Slot(lo, stats.Handle);
        Count++;
    }

    /// <summary>Takes out the entry filed under the entry's key, when it is that entry or one for the same term.</summary>
    public bool Remove(TermStats stats)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var key = stats.Key;
        var lo = (ulong)key;
        var i = (int)lo & mask;
        for (; ; i = (i + 1) & mask)
        {
            if (slots[i].Handle is var held && held == 0) return false;
            if (slots[i].Lo == lo && entries.At(held).Key == key) break;
        }
        // Backward shift: later slots of the run that would no longer be reached from their home move into the hole.
        slots[i] = default;
        for (var j = (i + 1) & mask; slots[j].Handle != 0; j = (j + 1) & mask)
        {
            var home = (int)slots[j].Lo & mask;
            // The entry at j stays when its home lies cyclically in (i, j]: a probe from there reaches j before i.
            var stays = i <= j ? home > i && home <= j : home > i || home <= j;
            if (stays) continue;
            slots[i] = slots[j];
            slots[j] = default;
            i = j;
        }
        Count--;
        return true;
    }

    /// <summary>The entries, in no particular order: for counts only.</summary>
    public IEnumerable<TermStats> Values
    {
        get
        {
            foreach (var s in _slots)
                if (s.Handle != 0) yield return new TermStats(entries, s.Handle);
        }
    }

    private void Grow()
    {
        var old = _slots;
        var slots = _slots = new Slot[2 * old.Length];
        var mask = slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Handle == 0) continue;
            var i = (int)s.Lo & mask;
            while (slots[i].Handle != 0) i = (i + 1) & mask;
            slots[i] = s;
        }
    }

    // A slot holds the key's low half and the entry's handle (0: empty): no reference for the collector to trace.
    private record struct Slot(ulong Lo, int Handle);
}
