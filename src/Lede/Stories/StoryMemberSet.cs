namespace Lede.Stories;

/// <summary>
/// A kept member's small string set (its document's lead names, title numbers) as one array in the document's
/// enumeration order: a HashSet is three objects (the set, its buckets, its entries) for the collector to mark for as
/// long as the story keeps the member, and an empty one is none here. A set that was only added to lists its items in
/// insertion order, as this array does, so every walk over it sums in the same order. Contains is a linear scan: lead
/// names are a handful, title numbers fewer.
/// Measured (results identical): at the bench's 30,000 checkpoint (dotnet-gcdump) 5,100,747 -> 4,997,057 heap objects
/// (HashSet<string> -50 k, their entry arrays -30 k and buckets -29 k, List<string> -25 k, strings -45 k; this type and
/// string[] +62 k); bench stories --stop-at 100000, one alternated pair at load 17-34: process CPU 111.8 -> 101.8 s,
/// assigning-thread CPU 62.8 -> 56.8 s, GC pause 44.6 -> 43.6 s, collections 22/10/7 -> 21/10/6, live heap 1,109 ->
/// 1,092 MB, assigning-thread allocation 22.7 -> 22.9 KB per original (one pair at that load: not conclusive on time).
/// </summary>
internal sealed class StoryMemberSet : IReadOnlySet<string>
{
    private static readonly StoryMemberSet Empty = new([]);

    private readonly string[] _items;

    private StoryMemberSet(string[] items) => _items = items;

    /// <summary>
    /// The set's items in its order, each as the string of the first of `shared` with the same text where one has it
    /// (the member's entries' terms), so that the member pins no copy of a term its entries already hold.
    /// </summary>
    public static IReadOnlySet<string> Of(IReadOnlySet<string> set, ReadOnlySpan<MemberTerm> shared, TermEntries entries)
    {
        if (set.Count == 0) return Empty;
        var items = new string[set.Count];
        var i = 0;
        foreach (var item in set) items[i++] = Shared(item, shared, entries);
        return new StoryMemberSet(items);
    }

    /// <summary>The string of the first of `shared` whose term has the text, or the text's own.</summary>
    public static string Shared(string text, ReadOnlySpan<MemberTerm> shared, TermEntries entries)
    {
        foreach (var t in shared)
            if (string.Equals(t.Stats(entries).Term, text, StringComparison.Ordinal)) return t.Stats(entries).Term;
        return text;
    }

    public int Count => _items.Length;

    public bool Contains(string item)
    {
        foreach (var s in _items)
            if (string.Equals(s, item, StringComparison.Ordinal)) return true;
        return false;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // The set operations no caller uses on a member's sets: through a HashSet, for correctness only.
    private HashSet<string> AsHashSet() => new(_items, StringComparer.Ordinal);

    public bool IsProperSubsetOf(IEnumerable<string> other) => AsHashSet().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => AsHashSet().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => AsHashSet().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => AsHashSet().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => AsHashSet().Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => AsHashSet().SetEquals(other);
}
