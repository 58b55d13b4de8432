namespace Lede.Stories;

/// <summary>
/// The split check's second reading (StoryOptions.SplitActorGap): two events of one type that share every word (two
/// teams' offers to one player) differ in who acts, and a report names its actor in its headline, while its body
/// recalls the other. When the headlines of a story's members fall in two groups, each naming a rare name that no
/// headline of the other group names, the cut along them is accepted at a lower gap than the similarity cut's own.
/// </summary>
public sealed partial class StoryClusterer
{
    /// <summary>The cut along two headline actors, or null when the headlines name no such pair or the cut is too weak.</summary>
    private StorySplit? ActorSplit(List<StoryMember> members, double[,] sim, int minGroup)
    {
        if (options.SplitActorGap is not { } bar) return null;
        var n = members.Count;
        var naming = 0;
        foreach (var m in members)
            if (HeadlineNames(m).Length > 0) naming++;
        if (naming < 2 * minGroup) return null;
        // Per rare name, the members whose headline names it (a bit per member: n ≤ SplitMaxMembers ≤ 64).
        var named = new Dictionary<TermStats, ulong>();
        for (var i = 0; i < n && i < 64; i++)
        {
            foreach (var k in HeadlineNames(members[i]))
                if (members[i].Terms[(int)StoryPart.Names][k].Stats(_entries) is var stats && ActorRare(stats)) named[stats] = named.GetValueOrDefault(stats) | (1UL << i);
        }
        var actors = named.Where(kv => ulong.PopCount(kv.Value) >= (ulong)minGroup).ToList();
        (ulong A, ulong B)? best = null;
        (TermStats A, TermStats B)? bestTerms = null;
        for (var x = 0; x < actors.Count; x++)
            for (var y = x + 1; y < actors.Count; y++)
            {
                var (a, b) = (actors[x].Value, actors[y].Value);
                if ((a & b) != 0 || OneActor(actors[x].Key.Term, actors[y].Key.Term)) continue;
                if (best is null || ulong.PopCount(a | b) > ulong.PopCount(best.Value.A | best.Value.B)) (best, bestTerms) = ((a, b), (actors[x].Key, actors[y].Key));
            }
        if (best is not { } pair) return null;
        List<int> g0 = [], g1 = [], rest = [];
        for (var i = 0; i < n; i++)
            (i < 64 && (pair.A >> i & 1) != 0 ? g0 : i < 64 && (pair.B >> i & 1) != 0 ? g1 : rest).Add(i);
        // A member whose headline names neither goes where it resembles the named reports more.
        foreach (var i in rest) (StorySplitter.MeanWith(sim, i, g0) >= StorySplitter.MeanWith(sim, i, g1) ? g0 : g1).Add(i);
        if (g0.Count < minGroup || g1.Count < minGroup) return null;
        // Most of each group's headlines name its actor: otherwise the cut is the similarity's, not the actors'.
        if (ulong.PopCount(pair.A) < options.SplitActorNamedShare * g0.Count || ulong.PopCount(pair.B) < options.SplitActorNamedShare * g1.Count) return null;
        var within = Math.Min(StorySplitter.MeanWithin(sim, g0), StorySplitter.MeanWithin(sim, g1));
        var cross = StorySplitter.MeanCross(sim, g0, g1);
        var split = new StorySplit((g0.Contains(0) ? g1 : g0).Order().ToList(), within, cross);
        // Each group's actor is the other's setting when the other's leads name it (the mountain and the country of one
        // climb): two events' reports name their own actor up front and the other's, if at all, in the body.
        if (LeadShare(members, g0, bestTerms!.Value.B) > options.SplitActorLeadShare || LeadShare(members, g1, bestTerms.Value.A) > options.SplitActorLeadShare) return null;
        return split.Gap >= bar ? split : null;
    }

    /// <summary>The share of the members whose lead names the term.</summary>
    private static double LeadShare(List<StoryMember> members, TermStats term)
    {
        var names = (int)StoryPart.Names;
        var count = 0;
        foreach (var m in members)
        {
            var terms = m.Terms[names];
            for (var k = 0; k < terms.Length; k++)
                if (terms[k].Handle == term.Handle && m.NamesLead[k]) { count++; break; }
        }
        return (double)count / members.Count;
    }

    /// <summary>The share of the group's members whose lead names the term.</summary>
    private static double LeadShare(List<StoryMember> members, List<int> group, TermStats term)
    {
        var names = (int)StoryPart.Names;
        var count = 0;
        foreach (var i in group)
        {
            var terms = members[i].Terms[names];
            for (var k = 0; k < terms.Length; k++)
                if (terms[k].Handle == term.Handle && members[i].NamesLead[k]) { count++; break; }
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
        var (a, b) = (HeadlineActors(ours), HeadlineActors(theirs));
        foreach (var (x, nx) in a)
        {
            if (nx < Math.Max(options.SplitMinGroup, options.SplitActorNamedShare * ours.Count) || b.ContainsKey(x) || LeadShare(theirs, x) > options.SplitActorLeadShare) continue;
            foreach (var (y, ny) in b)
                if (ny >= Math.Max(options.SplitMinGroup, options.SplitActorNamedShare * theirs.Count) && !a.ContainsKey(y) && !OneActor(x.Term, y.Term) && LeadShare(ours, y) <= options.SplitActorLeadShare)
                    return true;
        }
        return false;
    }

    /// <summary>Per rare name, how many of the members' headlines name it.</summary>
    private Dictionary<TermStats, int> HeadlineActors(List<StoryMember> members)
    {
        var count = new Dictionary<TermStats, int>();
        foreach (var m in members)
            foreach (var k in HeadlineNames(m))
                if (m.Terms[(int)StoryPart.Names][k].Stats(_entries) is var stats && ActorRare(stats)) count[stats] = count.GetValueOrDefault(stats) + 1;
        return count;
    }

    private bool ActorRare(TermStats stats) => _articles < 20 || stats.Df <= options.SplitActorDocShare * _articles;

    /// <summary>
    /// The member's name terms that its headline carries as whole words, found once per member: the checks that read
    /// them run on the clusterer's thread, and a member is read at every check of its story.
    /// </summary>
    private int[] HeadlineNames(StoryMember m)
    {
        var terms = m.Terms[(int)StoryPart.Names];
        if (m.HeadlineNames is null)
        {
            var found = new List<int>();
            if (m.Title is { Length: > 0 } title)
            {
                var words = HeadlineWords(title);
                for (var k = 0; k < terms.Length; k++)
                    if (words.Contains(' ' + terms[k].Stats(_entries).Term + ' ', StringComparison.Ordinal)) found.Add(k);
            }
            m.HeadlineNames = [.. found];
        }
        return m.HeadlineNames;
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

    /// <summary>The headline in lower case, words between spaces (" red sox offer teixeira "), as name terms are keyed.</summary>
    private static string HeadlineWords(string title)
    {
        var chars = new char[title.Length + 2];
        chars[0] = ' ';
        for (var i = 0; i < title.Length; i++)
            chars[i + 1] = char.IsLetterOrDigit(title[i]) ? char.ToLowerInvariant(title[i]) : ' ';
        chars[^1] = ' ';
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Insert(0, " ") + " ";
    }
}
