using System.Runtime.InteropServices;

namespace Lede.Stories;

/// <summary>
/// A story's centroid of one part: its terms in slots, listed in slot order. A removed term's slot is the next one
/// filled (the latest freed first), which is the order a Dictionary lists its entries in, so a norm summed over the
/// centroid adds its terms in the order it did when the centroid was a dictionary by term. No term is hashed: the
/// story's terms are reached through their entries (a term's postings hold the story exactly when it holds the term,
/// and its posting carries the slot), and adding an article's terms was a string hash and an insertion per new term.
/// A story-term pair is a slot in these arrays, not an object: a stream holds millions of pairs, and an object each
/// was an allocation per new pair and a reference per pair for the collector to mark.
/// With a pool, the slot arrays come from it at power-of-two lengths and go back to it when they are outgrown or
/// the story closes (Release): a slot's place does not depend on the arrays' length, so nothing read moves.
/// </summary>
internal sealed class Centroid(LiveStory story, TermTable table, CentroidPool? pool = null)
{
    // Per slot: the term's entry handle (0 in a free slot; TermEntries), its summed unit-length weights over members, its entry id,
    // and how many members carry it. A norm walks the dense weights and ids, not the entries over the heap; the
    // weight is also on the term's posting (Add writes both the same), so that scoring reads no centroid at all.
    private int[] _terms = [];
    private double[] _weights = [];
    private int[] _ids = [];
    private int[] _docs = [];
    private int _end;
    private int[] _free = [];
    private int _freeCount;

    public int Count { get; private set; }

    /// <summary>Slots in use or freed, in order: a walk over [0, End) that skips the empty ones lists the centroid.</summary>
    public int End => _end;

    /// <summary>The weights by slot, 0 in a free one.</summary>
    public ReadOnlySpan<double> Weights => _weights.AsSpan(0, _end);

    /// <summary>
    /// The terms' entry ids by slot, 0 (which reads no frequency) in a free one. An id is kept while the story holds
    /// the term (the term then counts at least this story's members).
    /// </summary>
    public ReadOnlySpan<int> TermIds => _ids.AsSpan(0, _end);

    /// <summary>The term's live entry in a slot in use.</summary>
    public TermStats StatsAt(int slot) => new(table.Entries, _terms[slot]);

    /// <summary>The term's summed member weights in a slot.</summary>
    public ref double WeightAt(int slot) => ref _weights[slot];

    /// <summary>How many members carry the term in a slot.</summary>
    public ref int DocsAt(int slot) => ref _docs[slot];

    /// <summary>Whether the story holds the term: the table's entry for it lists the story in its postings.</summary>
    public bool ContainsKey(string term) => table.TryGetValue(term, out var stats) && stats.Stories.ContainsKey(story);

    public void EnsureCapacity(int capacity)
    {
        if (_terms.Length < capacity) Resize(capacity);
    }

    private void Resize(int capacity)
    {
        if (pool is not null)
        {
            var (terms, weights, ids, docs) = pool.Take(capacity);
            _terms.AsSpan(0, _end).CopyTo(terms);
            _weights.AsSpan(0, _end).CopyTo(weights);
            _ids.AsSpan(0, _end).CopyTo(ids);
            _docs.AsSpan(0, _end).CopyTo(docs);
            pool.Give(_terms, _weights, _ids, _docs, _end);
            (_terms, _weights, _ids, _docs) = (terms, weights, ids, docs);
            return;
        }
        Array.Resize(ref _terms, capacity);
        Array.Resize(ref _weights, capacity);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _docs, capacity);
    }

    /// <summary>Takes a slot for a term the story does not hold yet, at weight 0 and no members; returns the slot.</summary>
    public int Add(TermStats stats)
    {
        int slot;
        if (_freeCount > 0) slot = _free[--_freeCount];
        else
        {
            if (_end == _terms.Length) Resize(Math.Max(4, 2 * _terms.Length));
            slot = _end++;
        }
        _terms[slot] = stats.Handle;
        (_weights[slot], _ids[slot], _docs[slot]) = (0, stats.Id, 0);
        Count++;
        return slot;
    }

    public void Remove(int slot)
    {
        _terms[slot] = 0;
        (_weights[slot], _ids[slot], _docs[slot]) = (0, 0, 0);
        if (_freeCount == _free.Length) Array.Resize(ref _free, Math.Max(4, 2 * _free.Length));
        _free[_freeCount++] = slot;
        Count--;
    }

    /// <summary>
    /// The story closed: its slot arrays go back to the pool (none without one), and the centroid is left empty, so
    /// that nothing reads arrays another story may take next.
    /// </summary>
    public void Release()
    {
        if (pool is null) return;
        pool.Give(_terms, _weights, _ids, _docs, _end);
        (_terms, _weights, _ids, _docs) = ([], [], [], []);
        (_end, _freeCount, Count) = (0, 0, 0);
    }

    public Enumerator GetEnumerator() => new(_terms, _end);

    /// <summary>The centroid's slots in use, in slot order.</summary>
    public struct Enumerator(int[] terms, int end)
    {
        private int _i = -1;

        public readonly int Current => _i;

        public bool MoveNext()
        {
            while (++_i < end)
                if (terms[_i] != 0) return true;
            return false;
        }
    }

    /// <summary>The slots in use in slot order, for LINQ's sake (off the hot paths).</summary>
    public IEnumerable<int> All()
    {
        for (var i = 0; i < _end; i++)
            if (_terms[i] != 0) yield return i;
    }
}

/// <summary>
/// Centroid slot arrays (terms, weights, entry ids, member counts) at power-of-two lengths, given back by centroids that
/// outgrew them or whose story closed and taken by centroids that grow or open: a story's centroid grows by doublings
/// from its first article's size, and every doubling, and every closed story, was a set of arrays for the collector.
/// Stories open and close at one rate on a stream, so the arrays go round. A length keeps at most MaxBytesPerLength of
/// spare sets; a set comes back with its term handles cleared (the rest is written before it is read).
/// Measured (bench stories --stop-at 100000, alternated pairs at load 17-44, results identical): assigning-thread
/// allocation 36.1 -> 28.1 KB per original, gen0/gen1 collections 24-25/11 -> 21-22/9, assigning-thread CPU 56.8 / 63.2 s
/// against 54.1 / 60.4 s, process CPU 101.2 / 110.3 s against 98.2 / 104.3 s (with the merge looks' scoring from kept
/// entries), live heap +2 MB; two more pairs with the split check's early return at load 14-28: 53.2 / 51.3 s against
/// 58.0 / 45.4 s, process 98.1 / 92.2 s against 102.4 / 83.9 s (inconclusive pair by pair under that load; the bytes and
/// collections are not).
/// The term slots hold the entry's int handle (TermEntries), not a reference: the collector traces none of them.
/// </summary>
internal sealed class CentroidPool
{
    private const int MinLength = 4;
    private const long MaxBytesPerLength = 4 << 20;
    private const int SlotBytes = 24;

    private readonly Stack<(int[], double[], int[], int[])>[] _spare =
        Enumerable.Range(0, 31).Select(_ => new Stack<(int[], double[], int[], int[])>()).ToArray();

    /// <summary>A set of arrays of at least `capacity` slots (the next power of two).</summary>
    public (int[] Terms, double[] Weights, int[] Ids, int[] Docs) Take(int capacity)
    {
        var length = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, MinLength));
        if (_spare[System.Numerics.BitOperations.Log2((uint)length)].TryPop(out var set)) return set;
        return (new int[length], new double[length], new int[length], new int[length]);
    }

    /// <summary>A set no centroid reads any more, whose first `used` slots may hold term references.</summary>
    public void Give(int[] terms, double[] weights, int[] ids, int[] docs, int used)
    {
        var length = terms.Length;
        if (length < MinLength || !System.Numerics.BitOperations.IsPow2(length)) return;
        var spare = _spare[System.Numerics.BitOperations.Log2((uint)length)];
        if ((long)(spare.Count + 1) * length * SlotBytes > MaxBytesPerLength) return;
        Array.Clear(terms, 0, used);
        spare.Push((terms, weights, ids, docs));
    }
}

/// <summary>
/// The live terms' document frequencies by entry id, in one dense array: ids are taken as entries enter the term tables
/// and given back as they leave, so the array stays as long as the most entries ever live at once. Id 0 is where an
/// entry that left points: it reads 0 and is never written.
/// </summary>
internal sealed class TermFrequencies
{
    private readonly Stack<int> _free = new();
    private int _next = 1;

    public int[] Df { get; private set; } = new int[1024];

    public int Take()
    {
        if (_free.TryPop(out var id)) return id;
        if (_next == Df.Length)
        {
            var grown = Df;
            Array.Resize(ref grown, 2 * grown.Length);
            Df = grown;
        }
        return _next++;
    }

    public void Give(TermStats stats)
    {
        Df[stats.Id] = 0;
        _free.Push(stats.Id);
        stats.Left();
    }
}

/// <summary>
/// The live term entries of all parts, as structs in chunks addressed by an int handle (0 is none): an entry was an
/// object, one per live term (1.21 M of the heap's 5.10 M objects at the bench's 30,000 checkpoint, dotnet-gcdump,
/// stories/16), each marked by every gen1/gen2 collection. A chunk is never moved nor copied once made (the chunk list
/// grows by its references only), so a ref into one stays valid and a handle reads the same entry for ever. Handles
/// are taken once and renewed with the spare entries' hand-over (StoryClusterer.SpareLeftStats: given at the drop,
/// takeable from the next article on), so a list holding an entry that left still reads it at Df 0, as it read the
/// object before. Every handle that left goes back (the spares are not bounded): the chunks never shrink, so a handle
/// dropped would be a place lost; the store is as large as the most entries ever live at once.
/// The table's slots, the centroids' slots and MemberTerm hold the int handle (no reference to trace); TermStats (store
/// reference + handle) is what the transient lists hold (an article's terms, the rare leads, MajorityLeads).
/// Measured (s21-terms), results identical (ECB+ predictions cmp-identical in 4 orders; bench 20k and 100k
/// repair_moves / stories_opened / bcubed_f1 identical): dotnet-gcdump at the 30,000 checkpoint (bench stories
/// --stop-at 40000, dumped when the checkpoint line appears) 4,909,853 objects, 870 MB (stories/17) -> 3,534,824, 849 MB
/// (entries as structs, MemberTerm still holding a TermStats); bench stories --stop-at 100000, alternated with
/// a build of main e65b6af (stories/17) at load 6-8: live heap 1,155-1,158 -> 1,081-1,085 MB, working set 2,512 / 2,518 ->
/// 2,192 / 2,397 MB, assigning-thread allocation 23,062 -> 22,227 B per original, GC pause 9.7 / 6.2 -> 5.1 / 7.8 s,
/// collections 21/10/6 -> 21/11-12/7, assigning-thread CPU 63.7 / 43.8 -> 54.8 / 51.3 s, process CPU 114.8 / 81.4 ->
/// 90.7 / 86.4 s (CPU not settled at that load). With MemberTerm as a handle and the spares unbounded (abff577):
/// gcdump at 30k 3,752,827 objects, 823 MB (load 17; the string count moves with how far the builders run ahead:
/// 2.51-2.70 M in these dumps); 100k alternated at load 7-9: assigning-thread CPU 46.4 / 42.4 (base) against 44.2 /
/// 51.6 s, process CPU 88.1 / 80.0 against 75.6 / 86.1 s, GC pause 8.1 / 7.3 against 5.8 / 6.1 s, collections 23/11/7
/// and 21/10/6 against 21/11/7 twice, live heap 1,155 / 1,154 against 1,083 / 1,082 MB, working set 2,509 / 2,521
/// against 2,374 / 2,198 MB. The pauses fall in all four pairs; the assigning thread's CPU is not settled (the chunk
/// look-up per field read against the collector's marking): re-measure quiet, and at 1M. A fifth pair (B first, load
/// 7-9): 52.7 against 43.2 s assigning CPU, process 88.3 against 81.6 s, GC pause 6.7 against 8.3 s. Over the five pairs
/// the assigning thread reads slower with the handles (median ~51.6 against ~43.8 s) while its pauses fall by ~2 s:
/// suspects are the chunk look-up (two bounds checks and a load per field read; TermStats reads the entry anew per
/// property) and ArticleTerm grown from 40 to 56 bytes by TermStats? (every feature walk copies it). To try: ArticleTerm
/// holding the int handle, hot loops taking one `ref TermEntry` per term (as MemberMax does), At without bounds checks.
/// Where (bench JSON wall seconds, last three pairs, base against handles): retrieval 18.8-21.0 against 16.8-20.8,
/// features 17.7-21.4 against 21.0-26.1, update 28.9-31.6 against 31.4-37.7 (merge 1.9-2.2 against 2.7-4.2): the
/// features and the merge looks, which walk ArticleTerm and read entries by TermStats, lose; retrieval does not.
/// Next: the terms' strings (2.51 M strings at 30k, ~1.2 M of them entry terms) in a char arena addressed from the
/// entry, the Term reads that need a string (MajorityLeads, StoryMemberSet.Shared, Prune's tie order) made span
/// comparisons; ArticleTerm's TermStats? (24 bytes) as a handle.
/// </summary>
internal sealed class TermEntries(TermFrequencies frequencies)
{
    // Chunks of 512 entries (160 bytes each: 81,936 bytes with the header), under the large object heap's 85,000-byte
    // threshold: chunks of 4,096 (655 KB) were large objects, one per 4,096 entries ever live at once, and the large
    // object heap's allocation budget is what starts gen2 collections. Handles and their entries are the same.
    // An entry grown past 165 bytes makes the chunk large again: lower Shift with it.
    private const int Shift = 9;
    private const int Mask = (1 << Shift) - 1;

    private TermEntry[][] _chunks = [];
    private int _next = 1;

    public TermFrequencies Frequencies => frequencies;

    public ref TermEntry At(int handle) => ref _chunks[handle >> Shift][handle & Mask];

    /// <summary>A new entry for a term: its id taken now, every count and round at 0.</summary>
    public TermStats New(string term, UInt128 key, int part)
    {
        var handle = _next++;
        var chunk = handle >> Shift;
        if (chunk == _chunks.Length) Array.Resize(ref _chunks, Math.Max(4, 2 * _chunks.Length));
        _chunks[chunk] ??= new TermEntry[1 << Shift];
        ref var e = ref At(handle);
        (e.Term, e.Key, e.Part, e.Id) = (term, key, part, frequencies.Take());
        return new TermStats(this, handle);
    }
}

/// <summary>
/// A live term of one part: how many live articles carry it, and the live stories whose centroid holds it, each
/// with its centroid slot and weight (the inverted index; title terms are kept too but never retrieve). Held in a
/// TermEntries chunk; read through a TermStats.
/// </summary>
/// <remarks>
/// Laid out by the runtime: 160 bytes, Term at 0, Df at 8, ArticleWeight at 16, the rounds and sums after, Part / Id /
/// Refs / Carriers at 72-88, Key at 96 and Postings at 112-160. Laid out by hand at s28-score (explicit offsets, 144
/// bytes: the postings, the id, the key and the count in one run of 80 bytes, so that resolving an article's term and
/// walking its postings meet two cache lines, not three; the article's weight moved to a slot per id beside
/// MemberMax's bit) and not kept: results identical (ECB+ predictions cmp-identical in file order and seeds 1-3), but
/// scoring alone on a frozen 20k state (1,000 originals, 6 passes each, separate processes alternated A B A B, load
/// 8-23) gave no clear gain: fastest pass 207 / 198 ms as laid out by the runtime against 187 / 216 ms by hand.
/// </remarks>
internal struct TermEntry
{
    public string Term;

    /// <summary>The key its table files it under (TermTable.Key of Term).</summary>
    public UInt128 Key;

    /// <summary>The part whose table holds the entry.</summary>
    public int Part;

    /// <summary>The entry's place in the frequencies while the table holds it; 0 once it left.</summary>
    public int Id;

    // How many live articles carry the term, copied to the frequencies at Id (TermStats.Df). A long, not an int: it
    // sat among the eight-byte fields of the class, just before ArticleWeight and ArticleRound, which MemberMax read
    // with it for every member term (until s28-score: MemberMax now reads the frequencies' copy by id).
    // Measured as a class (stories/17): results identical; speed not settled at s19-score's loads: 100k alternated against the int (load 1.5-4.8), assigning CPU 46.80 / 45.53 s against
    // 49.25 / 55.77 s, but 50k side by side (load 11-18) 33.03 / 29.84 s against 33.92 / 28.63 s.
    public long Df;

    /// <summary>
    /// Member vectors that point at this entry: it stays in the table while any does, even at no frequency, so that a
    /// member's term never points at an entry the table has replaced.
    /// </summary>
    public int Refs;

    /// <summary>
    /// The weight of this term in the article being scored, valid while the clusterer's bit for its id is set
    /// (StoryClusterer.MarkArticleWords).
    /// </summary>
    public double ArticleWeight;

    /// <summary>
    /// A repair vector's weight of this term, valid while MarkRound is the clusterer's mark round: the split and merge
    /// checks spread one member's vector here and read it while walking another's, with no lookup by string.
    /// </summary>
    public double Mark;
    public long MarkRound;

    /// <summary>The summed weights of a story's member vectors, valid while SumRound is the clusterer's round (merge check).</summary>
    public double Sum;
    public long SumRound;

    /// <summary>The article being scored carries this name, valid while NamesRound is the clusterer's round.</summary>
    public long NamesRound;

    /// <summary>How many of the members being checked carry the term, valid while CountRound is the clusterer's round.</summary>
    public int Carriers;
    public long CountRound;

    /// <summary>The live stories whose centroid holds the term.</summary>
    public StoryPostings Postings;
}

/// <summary>
/// A handle on a live term entry (TermEntry in a TermEntries chunk), read and written through it as the entry object
/// was: equal handles are the same entry, as the same object was.
/// </summary>
internal readonly struct TermStats(TermEntries store, int handle) : IEquatable<TermStats>
{
    public int Handle => handle;

    private ref TermEntry E => ref store.At(handle);

    /// <summary>The entry itself, for a hot loop that reads several of its fields with one look-up of its place.</summary>
    public ref TermEntry Entry => ref store.At(handle);

    public string Term => E.Term;

    /// <summary>The key its table files it under (TermTable.Key of Term).</summary>
    public UInt128 Key => E.Key;

    /// <summary>The part whose table holds the entry.</summary>
    public int Part => E.Part;

    /// <summary>
    /// An entry that left its table (no article, member or posting holds it) becomes a new term's, read by everything as
    /// a new entry would be: its id taken now, as a new entry's is at its construction, and every count and round at 0.
    /// </summary>
    public TermStats Renew(string term, UInt128 key, int part)
    {
        ref var e = ref E;
        (e.Term, e.Key, e.Part, e.Id, e.Df, e.Refs) = (term, key, part, store.Frequencies.Take(), 0, 0);
        (e.ArticleWeight, e.Mark, e.MarkRound, e.Sum, e.SumRound) = (0, 0, 0, 0, 0);
        (e.NamesRound, e.Carriers, e.CountRound) = (0, 0, 0);
        return this;
    }

    /// <summary>The entry's place in the frequencies while the table holds it; 0 once it left.</summary>
    public int Id => E.Id;

    /// <summary>
    /// How many live articles carry the term: held on the entry and copied to the frequencies at its id. A reader that
    /// holds the entry (an article's terms, a member's) reads it here, where the rest of the entry it reads already is,
    /// instead of one more miss in the frequencies; a centroid's norm reads the dense copy by id without the entries.
    /// Measured (bench stories --stop-at 100000, two concurrent A/B runs against stories/10, results identical):
    /// assigning-thread CPU 64.9 / 63.2 s against 69.0 / 68.8 s, process CPU 119.4 / 115.5 s against 122.2 / 121.5 s.
    /// </summary>
    public int Df
    {
        get => (int)E.Df;
        set
        {
            ref var e = ref E;
            e.Df = store.Frequencies.Df[e.Id] = value;
        }
    }

    /// <summary>The entry left its table and gave its id back: it counts no article, as its id's copy read 0 before.</summary>
    internal void Left()
    {
        ref var e = ref E;
        (e.Id, e.Df) = (0, 0);
    }

    /// <summary>The live stories whose centroid holds the term, read and changed in place.</summary>
    public ref StoryPostings Stories => ref E.Postings;

    /// <summary>Member vectors that point at this entry (TermEntry.Refs).</summary>
    public ref int Refs => ref E.Refs;

    public ref double ArticleWeight => ref E.ArticleWeight;
    public ref double Mark => ref E.Mark;
    public ref long MarkRound => ref E.MarkRound;
    public ref double Sum => ref E.Sum;
    public ref long SumRound => ref E.SumRound;
    public ref long NamesRound => ref E.NamesRound;
    public ref int Carriers => ref E.Carriers;
    public ref long CountRound => ref E.CountRound;

    public bool Equals(TermStats other) => handle == other.Handle && ReferenceEquals(store, other.Store);
    public override bool Equals(object? obj) => obj is TermStats other && Equals(other);
    public override int GetHashCode() => handle;
    public static bool operator ==(TermStats a, TermStats b) => a.Equals(b);
    public static bool operator !=(TermStats a, TermStats b) => !a.Equals(b);

    private TermEntries Store => store;
}

/// <summary>
/// A member's term with its live entry's handle: compared with an article without a string lookup. A handle, not a
/// TermStats (store reference + handle): a kept member's arrays (129 k at the bench's 30,000 checkpoint) then hold no
/// reference for the collector to scan, and an element is 16 bytes, not 24.
/// Id is the entry's id in the frequencies, in what was the handle's padding (auto layout: still 16 bytes): a member
/// holds its entries (Refs), and an entry keeps its id while it is held, so MemberMax reads the dense counts by id
/// and tells the article's words by a bit per id, not by the entry's 160 bytes.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct MemberTerm(int Handle, double Weight)
{
    public MemberTerm(TermStats stats, double weight) : this(stats.Handle, weight) => Id = stats.Id;

    /// <summary>The entry's id in the frequencies (TermStats.Id) when the member took it: valid while the member holds it.</summary>
    public int Id { get; init; }

    /// <summary>The entry, read through the clusterer's store.</summary>
    public TermStats Stats(TermEntries entries) => new(entries, Handle);
}

/// <summary>A centroid's squared length as computed for a story version and a live article count.</summary>
internal readonly record struct CachedNorm(double Value, int Version, int Articles);

/// <summary>A story still open to new articles: its centroid per part, its time span and its best headline.</summary>
internal sealed class LiveStory
{
    /// <param name="tables">The clusterer's term tables per part, through which the centroids tell whether they hold a term.</param>
    /// <param name="pool">Where the centroids take their slot arrays and give them back (none: their own).</param>
    public LiveStory(long id, TermTable[] tables, CentroidPool? pool = null)
    {
        Id = id;
        _hash = id.GetHashCode();
        Parts = new Centroid[tables.Length];
        for (var p = 0; p < tables.Length; p++) Parts[p] = new Centroid(this, tables[p], pool);
    }

    public long Id { get; }

    // Stories key every posting list: a stored hash spares the runtime's object hash on the hottest lookups.
    // Equality stays by reference; a dictionary's order does not depend on hashes, so nothing it lists moves.
    private readonly int _hash;

    public override int GetHashCode() => _hash;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    public Centroid[] Parts { get; }
    public HashSet<string> TitleNumbers { get; } = new(StringComparer.Ordinal);
    public HashSet<int> Years { get; } = [];

    /// <summary>
    /// Whether both stories name years and none in common: reports a year apart are not one event (the pieces,
    /// lead-name and subject merges, the day cut and the split check's same-day test ask this). A story's years set it
    /// apart only when some year is named by at least `minShare` of its kept reports (StoryOptions.YearVetoMinShare): one
    /// late report that names the next year does not.
    /// </summary>
    public bool YearsDisjoint(LiveStory other, double minShare, int followUpYears) =>
        Years.Count > 0 && other.Years.Count > 0 && !Years.Overlaps(other.Years)
        && !FollowsUp(other, minShare, followUpYears) && !other.FollowsUp(this, minShare, followUpYears);

    // Whether this story's years are only a few reports' and all fall within followUpYears after the other's latest:
    // the later reports of the other's event (a verdict a year on), not an event of their own.
    private bool FollowsUp(LiveStory other, double minShare, int followUpYears)
    {
        if (followUpYears <= 0 || YearsFirm(minShare)) return false;
        var latest = other.Years.Max();
        foreach (var year in Years)
            if (year <= latest || year > latest + followUpYears) return false;
        return true;
    }

    private bool YearsFirm(double minShare)
    {
        if (minShare <= 0 || Kept is not { Count: > 0 } kept) return true;
        var most = 0;
        foreach (var year in Years)
        {
            var named = 0;
            foreach (var m in kept)
                if (m.Doc.LatestYear == year) named++;
            most = Math.Max(most, named);
        }
        return most >= minShare * kept.Count;
    }

    /// <summary>Day of the year (1-366, leap-year numbering) of each member's event day, when its text named one.</summary>
    public HashSet<int> EventDaysOfYear { get; } = [];
    public Dictionary<string, string> NameForms { get; } = new(StringComparer.Ordinal);

    /// <summary>How many members name each name in their lead (title and first sentences).</summary>
    public Dictionary<string, int> LeadNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The years of the members' event dates (dates stage), when read.</summary>
    public HashSet<int> EventYears { get; } = [];

    /// <summary>How many members have each entity among their subjects (entities stage), and each person as their first.</summary>
    public Dictionary<string, int> Subjects { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> SubjectPersons { get; } = new(StringComparer.Ordinal);

    /// <summary>The latest members' top word terms, oldest first, at most StoryOptions.MaxMemberVectors.</summary>
    public Queue<MemberTerm[]> MemberWords { get; } = new();
    public DateTimeOffset? First { get; private set; }
    public DateTimeOffset? Last { get; private set; }
    public int Members { get; set; }

    /// <summary>Members whose terms were counted (copies count as members but add no terms): what closing takes back.</summary>
    public int Indexed { get; set; }
    public int Version { get; set; }
    public CachedNorm[] Norms { get; } = Enumerable.Repeat(new CachedNorm(0, -1, 0), StoryDocument.PartCount).ToArray();
    public long Touched { get; set; }

    /// <summary>
    /// Closed and left the live set: no posting list finds it, though its entries may still sit in them until swept
    /// (StoryPostings.Vacate).
    /// </summary>
    public bool Closed { get; set; }

    /// <summary>No member in the last StoryOptions.QuietArrivals arrivals: the clusterer lists it for the window to close.</summary>
    public bool Quiet { get; set; }

    /// <summary>The story's place among the article's candidates, valid while SlotRound is the clusterer's round.</summary>
    public int Slot;
    public long SlotRound;

    /// <summary>
    /// The slots of the names centroid whose names half the members carry or more, and the (Version, Members) they were
    /// taken at: the centroid changes only as a member is added (a new Version), so the slots hold while the key does.
    /// </summary>
    public List<int>? MajorityNames { get; set; }
    public (int Version, int Members) MajorityKey { get; set; }

    /// <summary>
    /// The lead names of half the members or more, each with the entry it had when listed (null when none), and the
    /// (Version, Members) they were taken at: an entry still counting articles is the live one.
    /// </summary>
    public List<(string Term, TermStats? Stats)>? MajorityLeads { get; set; }
    public (int Version, int Members) MajorityLeadsKey { get; set; }
    public string? Headline { get; set; }

    /// <summary>
    /// The gap of the best cut the split check last found and left whole (below SplitGap; 0 when it found none): a story
    /// whose members nearly fall in two groups may already hold two events' reports (StoryClusterer.OrphanCheck).
    /// </summary>
    public double NearSplitGap { get; set; }

    /// <summary>The members, in order, while the story may still be split (StoryRepair); null once it is past checking.</summary>
    public List<StoryMember>? Kept { get; set; } = [];
    public double HeadlineCentrality { get; set; } = double.NegativeInfinity;

    /// <summary>
    /// The span of the full dates its members' own texts name for their events, of the members no publication date
    /// anchors: weighed against an article's publication date (StoryClusterer.TextDateConflict), never a bar.
    /// </summary>
    public DateTimeOffset? TextFirst { get; private set; }
    public DateTimeOffset? TextLast { get; private set; }

    public void WidenText(DateTimeOffset when)
    {
        if (TextFirst is null || when < TextFirst) TextFirst = when;
        if (TextLast is null || when > TextLast) TextLast = when;
    }

    /// <summary>Days from `when` to the span its members' texts name; null when either side has no date.</summary>
    public double? TextGapDays(DateTimeOffset when)
    {
        if (TextFirst is not { } first || TextLast is not { } last) return null;
        if (when < first) return (first - when).TotalDays;
        if (when > last) return (when - last).TotalDays;
        return 0;
    }

    public void Widen(DateTimeOffset? when)
    {
        if (when is not { } w) return;
        if (First is null || w < First) First = w;
        if (Last is null || w > Last) Last = w;
    }

    /// <summary>Days the story's span would cover with `when` added; null when either side has no date.</summary>
    public double? SpanWithDays(DateTimeOffset? when)
    {
        if (when is not { } w || First is not { } first || Last is not { } last) return null;
        return ((w > last ? w : last) - (w < first ? w : first)).TotalDays;
    }

    /// <summary>Days the span of two stories taken together would cover; null when either has no date.</summary>
    public double? SpanWithDays(LiveStory other)
    {
        if (other.First is not { } first || other.Last is not { } last) return null;
        return Math.Max(SpanWithDays(first) ?? 0, SpanWithDays(last) ?? 0);
    }

    /// <summary>Days from `when` to the story's span (0 inside it); null when either side has no date.</summary>
    public double? GapDays(DateTimeOffset? when)
    {
        if (when is not { } w || First is not { } first || Last is not { } last) return null;
        if (w < first) return (first - w).TotalDays;
        if (w > last) return (w - last).TotalDays;
        return 0;
    }
}
