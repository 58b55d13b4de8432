using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The split's second look (StoryOptions.SplitRejoinScore): the split check cuts a story where its members' words and
/// names fall in two groups, and two angles of one event (the death and the career of the man who died; the shooting
/// and the charge) can fall that way as well as two same-type events. The join model then tells them apart: a group
/// whose every report would still join the other by a wide margin is an angle, and the split is taken back.
/// </summary>
public sealed partial class StoryClusterer
{
    /// <summary>
    /// After a split of story `stayId` (its moves, all to the one new story): the split is undone (no moves) when the two
    /// groups' leads do not name different people (LeadConflict) and either both groups name one event day
    /// (SameEventDay), or the smaller group's kept reports each score at least SplitRejoinScore against the larger
    /// group's story. Otherwise the moves stand, and the story the split one was itself cut from is judged again
    /// (SiblingCheck).
    /// </summary>
    private List<StoryRepairMove> RejoinCheck(long stayId, List<StoryRepairMove> moves)
    {
        var kept = TakeBack(stayId, moves);
        if (kept.Count > 0) RememberCut(stayId, kept[0].StoryId);
        if (_dayCut && moves.Count > 0) kept = DayPiecesLook(stayId, kept);
        return kept.Count == 0 || options.SplitSiblingScore is not { } minScore ? kept : SiblingCheck(stayId, kept, minScore);
    }

    /// <summary>
    /// After a split of story `stayId` stood (its moves, all to one new story): when that story had itself been cut from
    /// another (a sibling, still live), the sibling goes back to whichever part now takes it, stay first: neither's
    /// leads name someone the other never names and every kept report of the smaller scores at least minScore against
    /// the larger by the join model (StoryOptions.SplitSiblingScore). Records the new cut's lineage.
    /// </summary>
    private List<StoryRepairMove> SiblingCheck(long stayId, List<StoryRepairMove> kept, double minScore)
    {
        var leaveId = kept[0].StoryId;
        var parent = _cutFrom.TryGetValue(stayId, out var p) ? p : (long?)null;
        // Lineage only matters while both stories live: forget the closed ones once they outnumber the live set.
        if (_cutFrom.Count > 2 * _live.Count + 64)
            foreach (var id in _cutFrom.Keys.ToList())
                if (!_live.ContainsKey(id) || !_live.ContainsKey(_cutFrom[id])) _cutFrom.Remove(id);
        _cutFrom[leaveId] = stayId;
        if (parent is not { } siblingId || !_live.TryGetValue(siblingId, out var sibling) || sibling.Kept is not { Count: > 0 } theirs)
            return kept;
        foreach (var id in (ReadOnlySpan<long>)[stayId, leaveId])
        {
            if (!_live.TryGetValue(id, out var part) || part.Kept is not { Count: > 0 } ours) continue;
            if (ours.Count + theirs.Count > options.SplitMaxMembers) continue;
            if (LeadConflict(sibling, part) || LeadConflict(part, sibling) || ActorsDiffer(sibling, part)) continue;
            var (big, small) = ours.Count >= theirs.Count ? (part, sibling) : (sibling, part);
            var least = LeastScore(small, big, minScore);
            if (least < minScore) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {id}: cut from the story it had been cut from (story {stayId}), its reports would join it (least z {least:0.00})");
            var moves = new List<StoryRepairMove>(kept);
            TakeIn(part, sibling, theirs, reason, moves);
            return moves;
        }
        return kept;
    }

    // The story each split-off story was cut from (leave -> stay), kept while both may be live.
    private readonly Dictionary<long, long> _cutFrom = [];

    // The pairs of stories a split that stood cut apart (smaller id first), and how many times the merge check has
    // folded a cut back in each story's lineage (StoryOptions.MergeRefoldLimit); kept while the stories may be live.
    private readonly HashSet<(long, long)> _cuts = [];
    private readonly Dictionary<long, int> _refolds = [];
    // The seams the merge check folded back in each story's lineage, as the two sides' member keys
    // (StoryOptions.MergeSeamAgree).
    private readonly Dictionary<long, List<(HashSet<string> A, HashSet<string> B)>> _seams = [];

    private void RememberCut(long stayId, long leaveId)
    {
        if (options.MergeRefoldLimit is null && options.MergeSeamAgree is null) return;
        if (_cuts.Count > 2 * _live.Count + 64)
        {
            _cuts.RemoveWhere(c => !_live.ContainsKey(c.Item1) || !_live.ContainsKey(c.Item2));
            foreach (var id in _refolds.Keys.Where(id => !_live.ContainsKey(id)).ToList()) _refolds.Remove(id);
            foreach (var id in _seams.Keys.Where(id => !_live.ContainsKey(id)).ToList()) _seams.Remove(id);
        }
        _cuts.Add(stayId < leaveId ? (stayId, leaveId) : (leaveId, stayId));
        if (_refolds.TryGetValue(stayId, out var n)) _refolds[leaveId] = n;
        if (_seams.TryGetValue(stayId, out var seams)) _seams[leaveId] = [.. seams];
    }

    /// <summary>Whether a split that stood cut `story` and `other` apart (StoryOptions.MergeRefoldRatio).</summary>
    private bool WasCut(LiveStory story, LiveStory other) =>
        _cuts.Contains(story.Id < other.Id ? (story.Id, other.Id) : (other.Id, story.Id));

    /// <summary>
    /// Whether the merge check may fold `other` into `story`: not when a split that stood cut them apart, their lineage
    /// has been folded back MergeRefoldLimit times already, and (with MergeSeamAgree) the split check has found again a
    /// seam that the merge check folded back before. A fold that may go is counted, and its seam remembered.
    /// </summary>
    private bool MayRefold(LiveStory story, LiveStory other)
    {
        if (_cuts.Count == 0) return true;
        var (a, b) = story.Id < other.Id ? (story.Id, other.Id) : (other.Id, story.Id);
        if (!_cuts.Contains((a, b))) return true;
        var n = Math.Max(_refolds.GetValueOrDefault(a), _refolds.GetValueOrDefault(b));
        if (options.MergeSeamAgree is not { } agree)
        {
            if (n >= (options.MergeRefoldLimit ?? int.MaxValue)) return false;
            _refolds[story.Id] = n + 1;
            return true;
        }
        var ours = story.Kept!.Select(m => m.Key!).ToHashSet(StringComparer.Ordinal);
        var theirs = other.Kept!.Select(m => m.Key!).ToHashSet(StringComparer.Ordinal);
        var seams = new List<(HashSet<string> A, HashSet<string> B)>();
        if (_seams.TryGetValue(story.Id, out var s1)) seams.AddRange(s1);
        if (_seams.TryGetValue(other.Id, out var s2)) seams.AddRange(s2);
        if (n >= (options.MergeRefoldLimit ?? 0))
            foreach (var (sa, sb) in seams)
                if (SeamAgreement(sa, sb, ours, theirs) >= agree) return false;
        seams.Add((ours, theirs));
        _seams[story.Id] = seams;
        _refolds[story.Id] = n + 1;
        return true;
    }

    /// <summary>
    /// The share of an earlier seam's cross pairs (one member from each side, both still in the two stories) that the
    /// two stories separate now; 0 when no such pair is left.
    /// </summary>
    internal static double SeamAgreement(HashSet<string> a, HashSet<string> b, HashSet<string> ours, HashSet<string> theirs)
    {
        int pairs = 0, apart = 0;
        foreach (var x in a)
        {
            var xOurs = ours.Contains(x);
            if (!xOurs && !theirs.Contains(x)) continue;
            foreach (var y in b)
            {
                var yOurs = ours.Contains(y);
                if (!yOurs && !theirs.Contains(y)) continue;
                pairs++;
                if (xOurs != yOurs) apart++;
            }
        }
        return pairs == 0 ? 0 : (double)apart / pairs;
    }

    /// <summary>The take-back itself: the moves, or none when the split is undone.</summary>
    private List<StoryRepairMove> TakeBack(long stayId, List<StoryRepairMove> moves)
    {
        if (options.SplitRejoinScore is not { } minScore || moves.Count == 0) return moves;
        if (!_live.TryGetValue(stayId, out var stay) || !_live.TryGetValue(moves[0].StoryId, out var leave)) return moves;
        if (stay.Kept is not { Count: > 0 } || leave.Kept is not { Count: > 0 } theirs) return moves;
        var (big, small) = leave.Kept.Count > stay.Kept.Count ? (leave, stay) : (stay, leave);
        if (LeadConflict(stay, leave) || LeadConflict(leave, stay) || ActorsDiffer(stay, leave)) return moves;
        if (!(options.SplitKeepSameDay && SameEventDay(stay, leave)) && LeastScore(small, big, minScore) < minScore) return moves;
        // The leaving group holds no copies (Split left them with the story that stays): its members go back as they came.
        Close(leave.Id);
        foreach (var m in theirs) Add(stay, m.Doc, m.Title, m.Weight, m.Centrality, m.Key, m);
        return [];
    }

    /// <summary>
    /// The least join-model score of the smaller story's kept reports against the larger story, as each would score
    /// arriving now; it stops at the first below `bar`, which is all a rejoin needs to know.
    /// </summary>
    private double LeastScore(LiveStory small, LiveStory big, double bar)
    {
        var least = double.PositiveInfinity;
        foreach (var m in small.Kept!)
            if ((least = Math.Min(least, ScoreAgainst(m, big))) < bar) break;
        return least;
    }

    /// <summary>
    /// Whether both groups of a split name event days in their texts and some of them agree (DaysAgree, the date
    /// merge's test), their years not disjoint: reports that name the day their event happened on are about one event
    /// when they name the same day, however differently they tell it (where the star checked in, then where she went
    /// next), while two same-type events a split check rightly cuts apart (two patches, two quakes, two firings)
    /// happen on other days. The split check reads words and names only, so it cuts such a story along its angles,
    /// and each later report then joins one half or the other.
    /// </summary>
    private bool SameEventDay(LiveStory a, LiveStory b) =>
        a.EventDaysOfYear.Count > 0 && b.EventDaysOfYear.Count > 0 && DaysAgree(a, b)
        && !YearsApart(a, b);

    /// <summary>
    /// Whether two stories name years a year veto keeps apart (LiveStory.YearsDisjoint), with one late report's next
    /// year spared as StoryOptions.YearVetoMinShare and YearVetoFollowUpYears say: every check that asks about years asks
    /// this one.
    /// </summary>
    private bool YearsApart(LiveStory a, LiveStory b) => a.YearsDisjoint(b, options.YearVetoMinShare, options.YearVetoFollowUpYears);

    /// <summary>
    /// Whether one story names someone in every one of its members' leads (a rare name) that no member of the other
    /// story names at all: who the reports are about differs. Two angles of one event name its subject on both sides
    /// (the man who died); two same-type events do not (a receiver arrested for drink-driving, and in another
    /// story a lineman arrested for it, whose reports never name the receiver).
    /// </summary>
    private bool LeadConflict(LiveStory from, LiveStory to) => LeadConflictName(from, to) is not null;

    /// <summary>
    /// The join model's lead-subject conflict (StoryClusterer.Leads) read between two stories, either way round: one
    /// story's subject (a rare one-word name in every one of its leads, a word of a person its members are about) is in
    /// none of the other's leads, and the other story's leads all name a rare one-word name of their own that the
    /// first never names. Two reports of one event name its subject in their leads; two same-type events about two
    /// people (two boxers' title fights, one official's species listing and his successor's) lead each with their own.
    /// </summary>
    private bool LeadsDiffer(LiveStory a, LiveStory b) => LeadsDifferFrom(a, b) || LeadsDifferFrom(b, a);

    private bool LeadsDifferFrom(LiveStory from, LiveStory to)
    {
        if (from.Indexed < options.LeadConflictMinMembers) return false;
        var p = (int)StoryPart.Names;
        var absent = false;
        foreach (var (term, count) in from.LeadNames)
        {
            if (count < from.Indexed || term.Contains(' ') || to.LeadNames.ContainsKey(term)) continue;
            // A team or a place in every lead is the setting, not the subject: two reports of one game lead with
            // the team and then either side's players.
            if (!IsSubjectWord(from, term)) continue;
            if (Rare(Df(p, term))) { absent = true; break; }
        }
        if (!absent) return false;
        foreach (var (term, count) in to.LeadNames)
        {
            if (count < to.Indexed || term.Contains(' ') || from.Parts[p].ContainsKey(term)) continue;
            if (Rare(Df(p, term))) return true;
        }
        return false;
    }

    /// <summary>Whether the word is a word of a person the story's members are about (the entities stage's subjects).</summary>
    private static bool IsSubjectWord(LiveStory story, string word)
    {
        foreach (var person in story.SubjectPersons.Keys)
        {
            var at = person.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + word.Length;
                if ((at == 0 || person[at - 1] == ' ') && (end == person.Length || person[end] == ' ')) return true;
                at = person.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>
    /// A kept member's document with its part tables rebuilt from its kept terms, in the document's order: a kept member
    /// keeps its terms as entries, not its tables, and the join model reads the tables. Only after a split, for the
    /// smaller group's few members, and in the merge looks. Only the names are asked by term (ContainsKey), so only they
    /// become a dictionary; the other parts are views over the kept terms, read in their order only if at all
    /// (ScoreAgainst gives the scorer the member's terms with their entries, so it does not walk the tables).
    /// </summary>
    private StoryDocument Rebuilt(StoryMember m)
    {
        var parts = new IReadOnlyDictionary<string, double>[StoryDocument.PartCount];
        for (var p = 0; p < parts.Length; p++)
        {
            if (p != (int)StoryPart.Names)
            {
                parts[p] = new MemberPart(m.Terms[p], _entries);
                continue;
            }
            var table = new Dictionary<string, double>(m.Terms[p].Length, StringComparer.Ordinal);
            foreach (var t in m.Terms[p]) table[t.Stats(_entries).Term] = t.Weight;
            parts[p] = table;
        }
        return m.Doc with { Parts = parts };
    }

    /// <summary>
    /// The join model's score of a kept member against a story, as Score would compute it for the member arriving now.
    /// The member's terms come with their live entries (a kept member holds them: Refs), which are the ones the term
    /// tables give for its terms, so the article terms Terms would list (term, weight, IDF, document frequency, entry, in
    /// the document's order) are written from them without a lookup per term: the lookups were most of a merge look's cost.
    /// </summary>
    private double ScoreAgainst(StoryMember m, LiveStory story)
    {
        var doc = Rebuilt(m);
        var idfBase = IdfBase;
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            var kept = m.Terms[p];
            var count = kept.Length;
            var terms = TermBuffer(p, count);
            for (var k = 0; k < count; k++) terms[k] = Resolved(kept[k].Stats(_entries).Term, kept[k].Weight, idfBase, kept[k].Stats(_entries));
            _termCounts[p] = count;
        }
        (_termsDoc, _termsStamp) = (doc, _stamp);
        return ScoreAgainst(doc, story);
    }

    /// <summary>The join model's score of a document against a story, as Score would compute it for an arriving article.</summary>
    private double ScoreAgainst(StoryDocument doc, LiveStory story)
    {
        MarkArticleWords(doc);
        MarkArticleNames(doc);
        return Features(doc, story, CheapFeatures(doc, story)).Score(options.Model, options.TimeSigmaDays);
    }

    /// <summary>
    /// A kept member's part as a read-only table over its terms, in their order: what a rebuilt document carries for a
    /// part the scorer never asks by term. Looked up by a walk (never on the scoring paths).
    /// </summary>
    private sealed class MemberPart(MemberTerm[] terms, TermEntries entries) : IReadOnlyDictionary<string, double>
    {
        public double this[string key] => TryGetValue(key, out var w) ? w : throw new KeyNotFoundException(key);

        public IEnumerable<string> Keys => terms.Select(t => t.Stats(entries).Term);

        public IEnumerable<double> Values => terms.Select(t => t.Weight);

        public int Count => terms.Length;

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out double value)
        {
            foreach (var (handle, w) in terms)
                if (string.Equals(new TermStats(entries, handle).Term, key, StringComparison.Ordinal))
                {
                    value = w;
                    return true;
                }
            value = 0;
            return false;
        }

        public IEnumerator<KeyValuePair<string, double>> GetEnumerator() =>
            terms.Select(t => KeyValuePair.Create(t.Stats(entries).Term, t.Weight)).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
