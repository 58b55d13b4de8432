namespace Lede.Stories;

/// <summary>
/// The split check's second reading (StoryOptions.SplitActorGap): two events of one type that share every word (two
/// teams' offers to one player) differ in who acts, and a report names its actor in its headline, while its body
/// recalls the other. When the headlines of a story's members fall in two groups, each naming a rare name that no
/// headline of the other group names, the cut along them is accepted at a lower gap than the similarity cut's own.
/// </summary>
public sealed partial class StoryClusterer
{
    // Scratch of the actor checks, reused from check to check (the clusterer runs on one thread): per rare headline name
    // met, its handle and per-group figures, in the order first met (as a dictionary without removals enumerates), and
    // the handle's slot. A dictionary, a LINQ list and three lists per split check, and two dictionaries per merge
    // pair, were most of what the split check allocated after the actor cut (4,912 bytes per original at 1M, 1,974
    // before it).
    private readonly Dictionary<int, int> _actorSlot = [];
    private int[] _actorHandle = new int[16];
    private ulong[] _actorMask = new ulong[16];
    private int[] _actorOurs = new int[16], _actorTheirs = new int[16];
    private readonly List<int> _actorG0 = [], _actorG1 = [];

    /// <summary>The slot of a rare name's handle in the actor scratch, taken (its figures at 0) when first met.</summary>
    private int ActorSlot(int handle)
    {
        if (_actorSlot.TryGetValue(handle, out var slot)) return slot;
        slot = _actorSlot.Count;
        if (slot == _actorHandle.Length)
        {
            var size = 2 * slot;
            Array.Resize(ref _actorHandle, size);
            Array.Resize(ref _actorMask, size);
            Array.Resize(ref _actorOurs, size);
            Array.Resize(ref _actorTheirs, size);
        }
        (_actorHandle[slot], _actorMask[slot], _actorOurs[slot], _actorTheirs[slot]) = (handle, 0, 0, 0);
        _actorSlot.Add(handle, slot);
        return slot;
    }

    /// <summary>The cut along two headline actors, or null when the headlines name no such pair or the cut is too weak.</summary>
    private StorySplit? ActorSplit(List<StoryMember> members, double[,] sim, int minGroup)
    {
        if (options.SplitActorGap is not { } bar) return null;
        var n = members.Count;
        var names = (int)StoryPart.Names;
        // Two groups of minGroup, each naming its actor, need 2 minGroup members whose headline names a rare name:
        // counted before anything is built (most checked stories have fewer).
        var naming = 0;
        foreach (var m in members)
            if (NamesRareActor(m)) naming++;
        if (naming < 2 * minGroup) return null;
        // Per rare name, the members whose headline names it (a bit per member: n ≤ SplitMaxMembers ≤ 64).
        _actorSlot.Clear();
        for (var i = 0; i < n && i < 64; i++)
        {
            var terms = members[i].Terms[names];
            foreach (var k in HeadlineNames(members[i]))
                if (terms[k].Stats(_entries) is var stats && ActorRare(stats))
                {
                    // The column read after ActorSlot, which may grow it.
                    var slot = ActorSlot(stats.Handle);
                    _actorMask[slot] |= 1UL << i;
                }
        }
        var count = _actorSlot.Count;
        var (bestX, bestY) = (-1, -1);
        for (var x = 0; x < count; x++)
        {
            var a = _actorMask[x];
            if (ulong.PopCount(a) < (ulong)minGroup) continue;
            for (var y = x + 1; y < count; y++)
            {
                var b = _actorMask[y];
                if (ulong.PopCount(b) < (ulong)minGroup || (a & b) != 0) continue;
                if (OneActor(Term(_actorHandle[x]), Term(_actorHandle[y]))) continue;
                if (bestX < 0 || ulong.PopCount(a | b) > ulong.PopCount(_actorMask[bestX] | _actorMask[bestY])) (bestX, bestY) = (x, y);
            }
        }
        if (bestX < 0) return null;
        var (pairA, pairB) = (_actorMask[bestX], _actorMask[bestY]);
        var (termA, termB) = (_actorHandle[bestX], _actorHandle[bestY]);
        var (g0, g1) = (_actorG0, _actorG1);
        g0.Clear();
        g1.Clear();
        for (var i = 0; i < n; i++)
        {
            if (i < 64 && (pairA >> i & 1) != 0) g0.Add(i);
            else if (i < 64 && (pairB >> i & 1) != 0) g1.Add(i);
        }
        // A member whose headline names neither goes where it resembles the named reports more (in member order, each
        // read against the groups as they stand).
        for (var i = 0; i < n; i++)
            if (!(i < 64 && ((pairA | pairB) >> i & 1) != 0)) (StorySplitter.MeanWith(sim, i, g0) >= StorySplitter.MeanWith(sim, i, g1) ? g0 : g1).Add(i);
        if (g0.Count < minGroup || g1.Count < minGroup) return null;
        // Most of each group's headlines name its actor: otherwise the cut is the similarity's, not the actors'.
        if (ulong.PopCount(pairA) < options.SplitActorNamedShare * g0.Count || ulong.PopCount(pairB) < options.SplitActorNamedShare * g1.Count) return null;
        // Each group's actor is the other's setting when the other's leads name it (the mountain and the country of one
        // climb): two events' reports name their own actor up front and the other's, if at all, in the body.
        if (LeadShare(members, g0, termB) > options.SplitActorLeadShare || LeadShare(members, g1, termA) > options.SplitActorLeadShare) return null;
        var within = Math.Min(StorySplitter.MeanWithin(sim, g0), StorySplitter.MeanWithin(sim, g1));
        var cross = StorySplitter.MeanCross(sim, g0, g1);
        if ((within <= 0 ? 0 : 1 - cross / within) < bar) return null;
        var moved = g0.Contains(0) ? g1 : g0;
        moved.Sort();
        return new StorySplit([.. moved], within, cross);
    }

    private string Term(int handle) => _entries.At(handle).Term;

    /// <summary>Whether the member's headline names a rare name (ActorRare).</summary>
    private bool NamesRareActor(StoryMember m)
    {
        var headline = HeadlineNames(m);
        if (headline.Length == 0) return false;
        var terms = m.Terms[(int)StoryPart.Names];
        foreach (var k in headline)
            if (ActorRare(terms[k].Stats(_entries))) return true;
        return false;
    }

    /// <summary>The share of the members whose lead names the term (by its entry's handle).</summary>
    private static double LeadShare(List<StoryMember> members, int handle)
    {
        var names = (int)StoryPart.Names;
        var count = 0;
        foreach (var m in members)
        {
            var terms = m.Terms[names];
            for (var k = 0; k < terms.Length; k++)
                if (terms[k].Handle == handle && m.NamesLead[k]) { count++; break; }
        }
        return (double)count / members.Count;
    }

    /// <summary>The share of the group's members whose lead names the term (by its entry's handle).</summary>
    private static double LeadShare(List<StoryMember> members, List<int> group, int handle)
    {
        var names = (int)StoryPart.Names;
        var count = 0;
        foreach (var i in group)
        {
            var terms = members[i].Terms[names];
            for (var k = 0; k < terms.Length; k++)
                if (terms[k].Handle == handle && members[i].NamesLead[k]) { count++; break; }
        }
        return (double)count / group.Count;
    }

    /// <summary>
    /// Whether the merge check must leave two stories apart: each has SplitMinGroup headlines or more naming a rare name
    /// (an actor) that no headline of the other names, the two names not forms of one. A cut along headline actors
    /// would otherwise be folded back at once: the bodies of both events' reports share nearly every word.
    /// </summary>
    private bool ActorsDiffer(LiveStory story, LiveStory other)
    {
        if (options.SplitActorGap is null || story.Kept is not { } ours || other.Kept is not { } theirs) return false;
        if (ours.Count < options.SplitMinGroup || theirs.Count < options.SplitMinGroup) return false;
        // An actor of a story is named by this many of its headlines at least: a story with fewer headlines naming a
        // rare name has none, and nothing is counted (most merge pairs stop here).
        var (needOurs, needTheirs) = (Math.Max(options.SplitMinGroup, options.SplitActorNamedShare * ours.Count), Math.Max(options.SplitMinGroup, options.SplitActorNamedShare * theirs.Count));
        if (RareNaming(ours) < needOurs || RareNaming(theirs) < needTheirs) return false;
        // Per rare name, how many headlines of each story name it.
        _actorSlot.Clear();
        CountActors(ours, true);
        CountActors(theirs, false);
        var count = _actorSlot.Count;
        for (var x = 0; x < count; x++)
        {
            if (_actorOurs[x] == 0 || _actorOurs[x] < needOurs || _actorTheirs[x] > 0 || LeadShare(theirs, _actorHandle[x]) > options.SplitActorLeadShare) continue;
            for (var y = 0; y < count; y++)
                if (_actorTheirs[y] > 0 && _actorTheirs[y] >= needTheirs && _actorOurs[y] == 0 && !OneActor(Term(_actorHandle[x]), Term(_actorHandle[y])) && LeadShare(ours, _actorHandle[y]) <= options.SplitActorLeadShare)
                    return true;
        }
        return false;
    }

    /// <summary>How many of the members' headlines name a rare name.</summary>
    private int RareNaming(List<StoryMember> members)
    {
        var naming = 0;
        foreach (var m in members)
            if (NamesRareActor(m)) naming++;
        return naming;
    }

    /// <summary>Per rare name, how many of the members' headlines name it, into the slots' column of ours or theirs.</summary>
    private void CountActors(List<StoryMember> members, bool ours)
    {
        var names = (int)StoryPart.Names;
        foreach (var m in members)
        {
            var terms = m.Terms[names];
            foreach (var k in HeadlineNames(m))
                if (terms[k].Stats(_entries) is var stats && ActorRare(stats))
                {
                    // The column read after ActorSlot, which may grow it.
                    var slot = ActorSlot(stats.Handle);
                    (ours ? _actorOurs : _actorTheirs)[slot]++;
                }
        }
    }

    private bool ActorRare(TermStats stats) => _articles < 20 || stats.Df <= options.SplitActorDocShare * _articles;

    /// <summary>
    /// The member's name terms that its headline carries as whole words, found once per member: the checks that read
    /// them run on the clusterer's thread, and a member is read at every check of its story. Searched in the lowered
    /// headline held in a buffer, a term matching at word bounds, where a string per headline and one per name term
    /// (" " + term + " ") were garbage.
    /// </summary>
    private int[] HeadlineNames(StoryMember m)
    {
        if (m.HeadlineNames is { } known) return known;
        var terms = m.Terms[(int)StoryPart.Names];
        var found = 0;
        if (m.Title is { Length: > 0 } title && terms.Length > 0)
        {
            var words = HeadlineWords(title);
            Span<int> hits = terms.Length <= 64 ? stackalloc int[terms.Length] : new int[terms.Length];
            for (var k = 0; k < terms.Length; k++)
                if (HasWord(words, _entries.At(terms[k].Handle).Term)) hits[found++] = k;
            m.HeadlineNames = found == 0 ? [] : hits[..found].ToArray();
        }
        else m.HeadlineNames = [];
        return m.HeadlineNames;
    }

    /// <summary>Whether the words (" red sox offer teixeira ") hold the term between two spaces.</summary>
    private static bool HasWord(ReadOnlySpan<char> words, ReadOnlySpan<char> term)
    {
        for (var from = 1; from + term.Length < words.Length;)
        {
            var at = words[from..].IndexOf(term);
            if (at < 0) return false;
            at += from;
            if (at + term.Length >= words.Length) return false;
            if (words[at - 1] == ' ' && words[at + term.Length] == ' ') return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>
    /// Whether two names are forms of one (Greece and Greek, Iran and Iranian, Internet Explorer and IE's words aside):
    /// the headlines of one event's reports use either form, never both.
    /// </summary>
    private static bool OneActor(string a, string b)
    {
        var k = Math.Min(4, Math.Min(a.Length, b.Length));
        return a.AsSpan(0, k).SequenceEqual(b.AsSpan(0, k));
    }

    // HeadlineWords' buffer, reused from member to member (the clusterer runs on one thread).
    private char[] _headlineWords = new char[128];

    /// <summary>
    /// The headline in lower case, words between single spaces and a space at each end (" red sox offer teixeira "), as
    /// name terms are keyed; in a buffer that the next call overwrites.
    /// </summary>
    private ReadOnlySpan<char> HeadlineWords(string title)
    {
        if (_headlineWords.Length < title.Length + 2) _headlineWords = new char[2 * (title.Length + 2)];
        var chars = _headlineWords;
        var length = 0;
        chars[length++] = ' ';
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) chars[length++] = char.ToLowerInvariant(c);
            else if (chars[length - 1] != ' ') chars[length++] = ' ';
        }
        // No words: the two spaces of " " + "" + " ".
        if (length == 1 || chars[length - 1] != ' ') chars[length++] = ' ';
        return chars.AsSpan(0, length);
    }
}
