namespace Lede.Stories;

/// <summary>
/// A kept member's small string set (its document's lead names, title numbers) as one array in the document's
/// enumeration order: a HashSet is three objects (the set, its buckets, its entries) for the collector to mark for as
/// long as the story keeps the member, and an empty one is none here. A set that was only added to lists its items in
/// insertion order, as this array does, so every walk over it sums in the same order. Contains is a linear scan: lead
/// names are a handful, title numbers fewer.
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
    public static IReadOnlySet<string> Of(IReadOnlySet<string> set, ReadOnlySpan<MemberTerm> shared)
    {
        if (set.Count == 0) return Empty;
        var items = new string[set.Count];
        var i = 0;
        foreach (var item in set) items[i++] = Shared(item, shared);
        return new StoryMemberSet(items);
    }

    /// <summary>The string of the first of `shared` whose term has the text, or the text's own.</summary>
    public static string Shared(string text, ReadOnlySpan<MemberTerm> shared)
    {
        foreach (var t in shared)
            if (string.Equals(t.Stats.Term, text, StringComparison.Ordinal)) return t.Stats.Term;
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
