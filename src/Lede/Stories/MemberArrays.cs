namespace Lede.Stories;

/// <summary>
/// The arrays a kept member owns (its term arrays per part and their holder, its repair vectors, its names' forms and
/// lead flags), given back when the member leaves every story for good and taken by the members kept next. A member
/// lives some hundreds of arrivals (until its story closes or grows past SplitMaxMembers), so its arrays were promoted
/// through gen0 and gen1 and died in gen2: a steady stream of old garbage, the largest share of what adding an article
/// allocated (MemberTerm[] 18 % and the repair vectors 8 % of the assigning thread's bytes between the bench's 40k
/// and 100k, dotnet-trace gc-verbose allocation ticks). A member's arrays have the exact lengths of its document's
/// parts, which every reader reads (Length): they are pooled by exact length, and a length keeps at most
/// MaxBytesPerLength of spares, so the pool holds a few stories' worth, never the heap. An array comes back with its
/// references cleared; the rest is written before it is read (Add fills a member's terms, forms and lead flags
/// whole, and a repair writes a member's vector whole before reading it).
/// Measured with the top words' arrays (StoryClusterer.DequeueWords) and SubjectMatch's loop (s28-alloc, results
/// identical), bench stories --stop-at 100000 alternated A B A B against a build of main (stories/24) at load 7-29:
/// assigning-thread allocation 22,407 -> 18,991 B per original (update_add 13,199 -> 11,062), all threads 5.02 -> 4.73 GB,
/// collections 21/9/6 and 20/9/6 -> 19/9/6 and 18/9/5, GC pause 16.2 / 15.4 -> 13.7 / 9.9 s, minor page faults 601 k /
/// 623 k -> 561 k / 565 k, sys 7.7 / 7.4 -> 6.9 / 5.9 s, peak RSS 2,344 / 2,463 -> 2,232 / 2,234 MB, live heap 1,086 /
/// 1,089 -> 1,109 / 1,114 MB (the spares and the pooled arrays' lengths); assigning-thread CPU 61.0 / 60.9 -> 64.4 /
/// 53.4 s, process CPU 100.8 / 101.5 -> 104.7 / 89.3 s, 543 / 484 -> 505 / 744 articles/s (time not settled at that load).
/// </summary>
internal sealed class MemberArrays
{
    private const int MaxLength = 1024;
    private const long MaxBytesPerLength = 256 << 10;

    private readonly ExactPool<MemberTerm> _terms = new(16);
    private readonly ExactPool<MemberTerm[]> _parts = new(8);
    private readonly ExactPool<double> _vectors = new(8);
    private readonly ExactPool<KeyValuePair<string, string>> _forms = new(16);
    private readonly ExactPool<bool> _leads = new(1);

    public MemberTerm[] Terms(int length) => _terms.Take(length);

    public MemberTerm[][] Parts(int length) => _parts.Take(length);

    public double[] Vector(int length) => _vectors.Take(length);

    public KeyValuePair<string, string>[] Forms(int length) => _forms.Take(length);

    public bool[] Leads(int length) => _leads.Take(length);

    /// <summary>A member's top words that left their story's queue and that no kept member holds.</summary>
    public void GiveTerms(MemberTerm[] terms) => _terms.Give(terms, clear: false);

    public void GiveVector(double[] vector) => _vectors.Give(vector, clear: false);

    /// <summary>A member no story keeps any more, and no repair reads: its arrays go back.</summary>
    public void Give(StoryMember member)
    {
        foreach (var terms in member.Terms) _terms.Give(terms, clear: false);
        _parts.Give(member.Terms, clear: true);
        member.GiveVectors(this);
        _forms.Give(member.Forms, clear: true);
        _leads.Give(member.NamesLead, clear: false);
    }

    /// <summary>Stacks of spare arrays by exact length (1 to MaxLength); an empty array is the shared one.</summary>
    private sealed class ExactPool<T>(int elementBytes)
    {
        private readonly Stack<T[]>?[] _spare = new Stack<T[]>?[MaxLength + 1];

        public T[] Take(int length)
        {
            if (length == 0) return [];
            if (length <= MaxLength && _spare[length] is { } spare && spare.TryPop(out var array)) return array;
            return new T[length];
        }

        public void Give(T[] array, bool clear)
        {
            var length = array.Length;
            if (length == 0 || length > MaxLength) return;
            var spare = _spare[length] ??= new Stack<T[]>();
            if ((long)(spare.Count + 1) * length * elementBytes > MaxBytesPerLength) return;
            if (clear) Array.Clear(array);
            spare.Push(array);
        }
    }
}
