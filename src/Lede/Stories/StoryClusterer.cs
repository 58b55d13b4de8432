using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Lede.Stories;

/// <summary>What the join model reads of an article against one story.</summary>
public sealed record StoryFeatures(
    double Words, double Title, double Names, double Numbers, double TitleNumberConflict,
    double NamesKnown, double NamesMentioned, double YearConflict, double SalientUnknown, double SalientUnmentioned, double Small,
    double? GapDays)
{
    public double LeadUnknown { get; init; }
    public double LeadUnmentioned { get; init; }
    public double MemberMax { get; init; }
    public double SubjectMatch { get; init; }
    public double SubjectConflict { get; init; }
    public double EventYearConflict { get; init; }

    /// <summary>1 when the article and the story are about different people (StoryClusterer.Leads): not learned.</summary>
    public double LeadConflict { get; init; }

    /// <summary>Months past the grace between the article's text-read full date and the story's dated span (StoryClusterer.TextDateConflict): not learned.</summary>
    public double TextDateConflict { get; init; }

    public static readonly string[] LearnedNames =
        ["words", "title", "names", "numbers", "title_number_conflict", "names_known", "names_mentioned", "year_conflict",
         "salient_unknown", "salient_unmentioned", "small", "lead_unknown", "lead_unmentioned", "member_max",
         "subject_match", "subject_conflict", "event_year_conflict"];

    public double[] Learned() =>
        [Words, Title, Names, Numbers, TitleNumberConflict, NamesKnown, NamesMentioned, YearConflict, SalientUnknown, SalientUnmentioned, Small,
         LeadUnknown, LeadUnmentioned, MemberMax, SubjectMatch, SubjectConflict, EventYearConflict];

    public double Score(StoryJoinModel m, double timeSigmaDays) =>
        Score(m, timeSigmaDays, Words, Title, Names, Numbers, TitleNumberConflict, NamesKnown, NamesMentioned, YearConflict,
            SalientUnknown, SalientUnmentioned, Small, LeadUnknown, LeadUnmentioned, MemberMax, SubjectMatch, SubjectConflict,
            EventYearConflict, GapDays) + m.LeadConflict * LeadConflict + m.TextDateConflict * TextDateConflict;

    /// <summary>The model's score of features given one by one: the clusterer ranks its candidates with no record each.</summary>
    internal static double Score(StoryJoinModel m, double timeSigmaDays,
        double words, double title, double names, double numbers, double titleNumberConflict, double namesKnown,
        double namesMentioned, double yearConflict, double salientUnknown, double salientUnmentioned, double small,
        double leadUnknown, double leadUnmentioned, double memberMax, double subjectMatch, double subjectConflict,
        double eventYearConflict, double? gapDays)
    {
        var z = m.Bias + m.Words * words + m.Title * title + m.Names * names + m.Numbers * numbers
                + m.TitleNumberConflict * titleNumberConflict + m.NamesKnown * namesKnown + m.NamesMentioned * namesMentioned
                + m.YearConflict * yearConflict + m.SalientUnknown * salientUnknown + m.SalientUnmentioned * salientUnmentioned
                + m.Small * small + m.LeadUnknown * leadUnknown + m.LeadUnmentioned * leadUnmentioned + m.MemberMax * memberMax
                + m.SubjectMatch * subjectMatch + m.SubjectConflict * subjectConflict + m.EventYearConflict * eventYearConflict;
        if (gapDays is { } gap) z += m.Time * (Math.Exp(-gap * gap / (2 * timeSigmaDays * timeSigmaDays)) - 0.5);
        return z;
    }
}

/// <summary>
/// Where assignment time goes, in Stopwatch ticks summed over articles: finding and summing candidates, their
/// features and scores, the winner's join reason, and the bookkeeping (adding to a story, closing quiet ones).
/// </summary>
public sealed class StoryTimings
{
    public long Retrieval;
    public long Features;
    public long Reason;
    public long Update;

    /// <summary>Bytes the assigning thread allocated in the reason and update phases: what the collector must sweep.</summary>
    public long ReasonBytes;
    public long UpdateBytes;

    /// <summary>
    /// The update phase in parts (they sum to Update): adding the article to the story it joins, opening a story for it,
    /// the split check with its take-back and sibling look, the four merge checks, the orphan's and the member's second
    /// looks, and closing quiet stories.
    /// </summary>
    public long Add;
    public long Open;
    public long Split;
    public long Merge;
    public long SubjectMerge;
    public long DateMerge;
    public long ScoreMerge;
    public long Orphan;
    public long Member;
    public long Close;

    /// <summary>Bytes the assigning thread allocated in the same parts of the update phase.</summary>
    public long AddBytes;
    public long OpenBytes;
    public long SplitBytes;
    public long MergeBytes;
    public long SubjectMergeBytes;
    public long DateMergeBytes;
    public long ScoreMergeBytes;
    public long OrphanBytes;
    public long MemberBytes;
    public long CloseBytes;

    /// <summary>The update phase's parts by name (snake case, as the bench reports them): ticks and bytes.</summary>
    public IReadOnlyList<(string Name, long Ticks, long Bytes)> UpdateParts() =>
    [
        ("add", Add, AddBytes), ("open", Open, OpenBytes), ("split", Split, SplitBytes), ("merge", Merge, MergeBytes),
        ("subject_merge", SubjectMerge, SubjectMergeBytes), ("date_merge", DateMerge, DateMergeBytes),
        ("score_merge", ScoreMerge, ScoreMergeBytes), ("orphan", Orphan, OrphanBytes), ("member", Member, MemberBytes),
        ("close", Close, CloseBytes),
    ];
}

/// <summary>A live story scored against an article.</summary>
public sealed record StoryCandidate(long StoryId, StoryFeatures Features, double Score);

/// <summary>
/// Online event clustering (after Miranda et al. 2018): each article is compared, when it arrives, with the live
/// stories that share its weighted terms or names (an inverted index, never a scan), on TF-IDF cosines per part
/// against each story's centroid and on the time gap; a logistic model decides join or new. Stories never merge,
/// and a centroid moves by one member at a time, so one bridging article cannot weld two events; an article two
/// stories would take adds its terms at a reduced weight. Document frequencies count the live articles only and
/// stories close after a quiet window; a story's span is bounded (MaxSpanDays), so that one fed without pause still
/// closes, and memory stays flat on an endless stream.
/// </summary>
public sealed partial class StoryClusterer(StoryOptions options, long firstFreeStoryId = 1)
{
    private readonly Dictionary<long, LiveStory> _live = [];
    // Per part, each live term's document frequency and postings in one entry: one lookup serves both, and a
    // centroid slot holds its entry id, so a centroid's norm needs no lookup at all.
    private readonly TermTable[] _stats = TermTable.Parts(StoryDocument.PartCount);
    // The entries of every part's table, structs in chunks by handle (TermEntries), and their frequencies by id.
    private TermEntries _entries => _stats[0].Entries;
    private TermFrequencies _frequencies => _entries.Frequencies;
    private readonly CentroidPool _centroids = new();

    // The posting lists' arrays, going round between terms that leave the index and lists that grow (PostingPool).
    private readonly PostingPool _postings = new();
    // Stories closed with their entries left in the posting lists (StoryPostings.Vacate), until swept.
    private readonly DeadStories _dead = new(firstFreeStoryId);
    private readonly TouchOrder _byTouch = new();
    // The stories with no member in the last QuietArrivals arrivals, by their latest date: those the window may close.
    private readonly SortedSet<(long Ticks, long Id)> _quietByLast = [];
    private long _quietUpTo;
    private int _articles;
    private long _clock;
    private DateTimeOffset? _newest;

    public long NextStoryId { get; private set; } = firstFreeStoryId;

    /// <summary>Time spent per phase of Assign so far: a few timestamps per article, for the bench.</summary>
    public StoryTimings Timings { get; } = new();

    public int LiveCount => _live.Count;

    /// <summary>Articles in live stories (the document-frequency base): bounded by the window, as the next two.</summary>
    public int LiveArticles => _articles;

    /// <summary>Distinct terms in the inverted index, all parts.</summary>
    public long IndexedTerms => _stats.Where((_, p) => p != (int)StoryPart.Title).Sum(p => p.Values.Count(t => t.Df > 0));

    /// <summary>Story entries in the inverted index, all parts.</summary>
    public long Postings => _stats.Where((_, p) => p != (int)StoryPart.Title).Sum(p => p.Values.Sum(t => (long)t.Stories.Count));

    /// <summary>Entries in the term tables, all parts, held or not: what kept members and member vectors pin.</summary>
    internal int TermEntries => _stats.Sum(t => t.Count);

    /// <summary>The widest first-to-last span of a live story, in days (0 when none is dated): what MaxSpanDays bounds.</summary>
    public double LongestSpanDays => _live.Values.Select(s => s.First is { } f && s.Last is { } l ? (l - f).TotalDays : 0).DefaultIfEmpty(0).Max();

    /// <summary>Articles indexed in the live story that holds the most.</summary>
    public int LargestStory => _live.Values.Select(s => s.Indexed).DefaultIfEmpty(0).Max();

    public bool IsLive(long storyId) => _live.ContainsKey(storyId);

    /// <summary>A story left the live set (by the window or the cap): its owner can forget what it kept for its articles.</summary>
    public event Action<long>? StoryClosed;

    /// <summary>Makes sure a new story never reuses an id that is already stored.</summary>
    public void Reserve(long storyId) => NextStoryId = Math.Max(NextStoryId, storyId + 1);

    /// <summary>
    /// Places an original article: joins the best live story the model accepts, or opens a new one. With a key, the
    /// story may later be split (StoryRepair), and the assignment lists the earlier articles that moved, by key.
    /// </summary>
    public StoryAssignment Assign(StoryDocument doc, string? title, string? key = null)
    {
        SpareLeftStats();
        var candidates = Score(doc);
        var best = candidates.Count > 0 ? candidates[0] : null;
        var scored = Stopwatch.GetTimestamp();
        var scoredBytes = GC.GetAllocatedBytesForCurrentThread();
        StoryAssignment assignment;
        long explained, explainedBytes;
        var joins = best is not null && (best.Score >= 0 || JoinsNearBar(doc, candidates));
        if (joins)
        {
            var story = _live[best!.StoryId];
            var bridge = candidates.Count > 1 && candidates[1].Score >= 0;
            var reason = Reason(doc, story, best, bridge ? candidates[1] : null);
            explained = Stopwatch.GetTimestamp();
            explainedBytes = GC.GetAllocatedBytesForCurrentThread();
            var (at, bytes) = (explained, explainedBytes);
            Add(story, doc, title, bridge ? options.BridgeWeight : 1.0, best.Features.Words, key);
            assignment = new StoryAssignment(story.Id, false, reason, story.Headline);
            Lap(ref Timings.Add, ref Timings.AddBytes, ref at, ref bytes);
            var moves = RejoinCheck(story.Id, SplitCheck(story));
            if (moves.Count > 0) assignment = Repaired(assignment, moves, key);
            Lap(ref Timings.Split, ref Timings.SplitBytes, ref at, ref bytes);
            moves = MergeCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            Lap(ref Timings.Merge, ref Timings.MergeBytes, ref at, ref bytes);
            moves = SubjectMergeCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            Lap(ref Timings.SubjectMerge, ref Timings.SubjectMergeBytes, ref at, ref bytes);
            moves = DateMergeCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            moves = PiecesDateCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            Lap(ref Timings.DateMerge, ref Timings.DateMergeBytes, ref at, ref bytes);
            moves = ScoreMergeCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            moves = LeadNameMergeCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            Lap(ref Timings.ScoreMerge, ref Timings.ScoreMergeBytes, ref at, ref bytes);
            moves = OrphanCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = assignment with { Moved = [.. assignment.Moved, .. moves] };
            Lap(ref Timings.Orphan, ref Timings.OrphanBytes, ref at, ref bytes);
            moves = MemberCheck(_live[assignment.StoryId], candidates);
            if (moves.Count > 0) assignment = Repaired(assignment, [.. assignment.Moved, .. moves], key);
            Lap(ref Timings.Member, ref Timings.MemberBytes, ref at, ref bytes);
        }
        else
        {
            explained = Stopwatch.GetTimestamp();
            explainedBytes = GC.GetAllocatedBytesForCurrentThread();
            var story = Open(doc, title, key);
            assignment = best is null
                ? new StoryAssignment(story.Id, true, "new story: no live story shares its terms", story.Headline)
                : new StoryAssignment(story.Id, true,
                    () => $"new story: closest story {best.StoryId} scored p={P(best.Score):0.00} ({Describe(best.Features)})", story.Headline);
            var (at, bytes) = (explained, explainedBytes);
            Lap(ref Timings.Open, ref Timings.OpenBytes, ref at, ref bytes);
        }
        var (closing, closingBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        CloseQuiet();
        Lap(ref Timings.Close, ref Timings.CloseBytes, ref closing, ref closingBytes);
        Timings.Reason += explained - scored;
        Timings.Update += closing - explained;
        Timings.ReasonBytes += explainedBytes - scoredBytes;
        Timings.UpdateBytes += closingBytes - explainedBytes;
        return assignment;
    }

    /// <summary>Adds the time and bytes since (at, bytes) to one part of the update phase, and moves (at, bytes) to now.</summary>
    private static void Lap(ref long ticks, ref long allocated, ref long at, ref long bytes)
    {
        var (now, nowBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        ticks += now - at;
        allocated += nowBytes - bytes;
        (at, bytes) = (now, nowBytes);
    }

    /// <summary>
    /// A copy joins its original's story: it touches the story but adds nothing (a family counts once). A copy dated
    /// past the span bound (republished weeks later) still belongs to the story, but it neither widens the live span
    /// nor keeps the story open: the bound holds for copies as for originals, so the story closes by the window.
    /// </summary>
    public void Touch(long storyId, DateTimeOffset? when)
    {
        if (!_live.TryGetValue(storyId, out var story)) return;
        story.Members++;
        if (story.SpanWithDays(when) > options.MaxSpanDays)
        {
            // Its date still moves the stream's clock: the window is measured from the newest article seen.
            if (when is { } w && (_newest is null || w > _newest)) _newest = w;
        }
        else Retime(story, when);
        CloseQuiet();
    }

    /// <summary>
    /// Months (30 days) past TextDateGraceDays between the full date the article's own text names for its event (day,
    /// month and year, no publication date to anchor it) and the span the story's publication dates set, or the other
    /// way round; 0 when either side has no such date. A weight, never a bar: a report may date its event from background.
    /// </summary>
    private double TextDateConflict(StoryDocument doc, LiveStory story)
    {
        // The other way round as well: an article with a publication date against a story whose members are dated by
        // their texts alone, so that the order the two arrive in does not matter.
        var gap = doc.When is { } when
            ? story.First is null ? story.TextGapDays(when) : null
            : TextDay(doc) is { } day ? story.GapDays(day) : null;
        // Months past the grace: the further apart, the surer two events (a weight per month, not a bar).
        return gap is { } g && g > options.TextDateGraceDays ? (g - options.TextDateGraceDays) / 30.0 : 0;
    }

    /// <summary>
    /// TextDateConflict story against story, for the merge checks: one story dated by publication dates alone, the other
    /// by its members' texts alone, the two spans more than TextDateGraceDays apart. A merge folds whole stories, so
    /// what keeps an article out of a story keeps its story from being folded in afterwards.
    /// </summary>
    private bool TextDatesDiffer(LiveStory a, LiveStory b) =>
        (a.First is null ? (b, a) : (a, b)) is var (dated, texts)
        && dated.First is { } first && dated.Last is { } last && texts.First is null
        && texts.TextFirst is { } textFirst && texts.TextLast is { } textLast
        && Math.Max((first - textLast).TotalDays, (textFirst - last).TotalDays) > options.TextDateGraceDays;

    /// <summary>The full date (day, month, year) the article's text names for its event, when no publication date anchors it.</summary>
    private static DateTimeOffset? TextDay(StoryDocument doc) =>
        doc.When is null && doc.EventMonthDay is { } md && doc.EventYear is { } year && year is >= 1 and <= 9999
        && md.Day <= DateTime.DaysInMonth(year, md.Month)
            ? new DateTimeOffset(year, md.Month, md.Day, 0, 0, 0, TimeSpan.Zero)
            : null;

    private static int DayOfYear((int Month, int Day) md) => new DateOnly(2000, md.Month, md.Day).DayOfYear;

    /// <summary>Days between the article's event day and the nearest member's, around the calendar; null when either is unknown.</summary>
    private static int? CalendarGapDays(StoryDocument doc, LiveStory story)
    {
        if (!doc.EventDaySeparates || doc.EventMonthDay is not { } md || story.EventDaysOfYear.Count == 0) return null;
        var day = DayOfYear(md);
        var best = int.MaxValue;
        foreach (var other in story.EventDaysOfYear)
        {
            var gap = Math.Abs(day - other);
            best = Math.Min(best, Math.Min(gap, 366 - gap));
        }
        return best;
    }

    /// <summary>The live stories that share terms with the article, best first, each with its features and score.</summary>
    /// <remarks>
    /// Tried at s32-parallel and not kept (the branch's commit a3534b2 holds the code): scoring's read-only loops
    /// shared with a second thread (StoryHelper: a dedicated worker, woken at Score's start, that spins 40 us after a
    /// job and then sleeps; items claimed one at a time by compare-exchange, the assigning thread taking them too from
    /// the first; each item writes its own result, so nothing depends on which thread took what): the article terms'
    /// look-ups (the words in two slices, then names, numbers, title), Accumulate's four parts with the two marks, the
    /// cheap features per candidate and the full ones per FullCandidate. Results identical (ECB+ predictions
    /// cmp-identical in file order and seeds 1-3; bench 20k and 100k moves / opened / F1 identical in every run).
    /// Scoring alone on a frozen state (bench stream's first 30,000 items, 1,000 originals scored 12 times, helper off
    /// / on alternated in one process, wall): median 203.6 -> 166.9 us per original (load 3.6-7, the look-ups not yet
    /// shared), 537.9 -> 332.8 (load 14-25, all shared; the look-ups' share alone 253.4 -> 229.7 at load 14). But the
    /// whole bench did not gain on the shared 2-core machine (four engineers, load 10-20): `lede bench stories
    /// --stop-at 100000`, main's build A against B, A B A B at load 12-20: wall 189.5 / 158.0 against 233.2 / 164.9 s,
    /// assigning thread 53.0 / 50.5 against 58.2 / 57.8 s, process CPU 93.2 / 87.4 against 109.4 / 106.2 s; an earlier
    /// B A B A at load 13-20 went the other way: wall 176.6 / 177.2 against 191.3 / 190.5 s, assigning thread 50.5 /
    /// 52.6 against 58.0 / 60.9 s. In a quieter window (load 3.6-5.8), A B B A: wall 74.0 / 50.0 against 48.9 / 50.9 s
    /// (the first A as the load fell), assigning thread 43.9 / 40.4 against 38.9 / 41.3 s, retrieval + features 37.0 /
    /// 25.3 against 22.6 / 24.6 s, process CPU 76.4 / 72.6 against 87.8 / 91.1 s: the second core's time goes to the
    /// helper's spins and hand-offs with no clear gain in wall time. Counted in 100k runs at load ~15: the helper took
    /// 4.7-5.4 % of the items, and the assigning thread waited 3.5-9.2 s for items the helper held while it was
    /// preempted (9.8 s with a 400 us spin that kept it up through the update phase): with both cores taken the helper
    /// wakes late and holds up the thread it should relieve. To measure again on a quiet 2-core machine, with a guard
    /// that stops handing items out while the helper takes few of them or keeps the assigning thread waiting.
    /// </remarks>
    public IReadOnlyList<StoryCandidate> Score(StoryDocument doc)
    {
        var start = Stopwatch.GetTimestamp();
        var found = Admitted(doc, Retrieve(doc));
        Accumulate(doc, found);
        MarkArticleWords(doc);
        MarkArticleNames(doc);
        var retrieved = Stopwatch.GetTimestamp();
        Timings.Retrieval += retrieved - start;
        var cheap = _cheap;
        cheap.Clear();
        foreach (var story in found) cheap.Add(CheapFeatures(doc, story));
        if (cheap.Count > options.FullCandidates)
        {
            cheap.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Story.Id.CompareTo(b.Story.Id));
            cheap.RemoveRange(options.FullCandidates, cheap.Count - options.FullCandidates);
        }
        var scored = new List<StoryCandidate>(cheap.Count);
        foreach (ref readonly var partial in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cheap))
        {
            var story = partial.Story;
            var f = Features(doc, story, partial);
            scored.Add(new StoryCandidate(story.Id, f, f.Score(options.Model, options.TimeSigmaDays)));
        }
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.StoryId.CompareTo(b.StoryId));
        Timings.Features += Stopwatch.GetTimestamp() - retrieved;
        return scored;
    }

    /// <summary>
    /// The retrieved stories the guards let the article join, in place and in their order. Before the sums, not after:
    /// about half the retrieved stories fail a guard (bench stream at 60k: 5.8 of 12 per original), and their sums
    /// (Accumulate) were never read, since a guarded story is no candidate (Cosine and Coverage of a story not summed
    /// take the same sums term by term). Results identical (ECB+ predictions cmp-identical in file order and seeds 1-3;
    /// bench 20k and 100k moves / opened / F1 identical). Accumulate's work per original at 60k: posting entries walked
    /// 1,271 -> 643, per-candidate look-ups in long lists 665 -> 346. Scoring alone on a frozen 60k state (2,000 originals
    /// scored 8 times, thread CPU, separate processes A B A B at load 12-20): fastest round 269.8 / 222.0 -> 186.4 /
    /// 200.6 us per original. `lede bench stories --stop-at 100000`, A B A B at load 10-23: assigning thread 52.81 /
    /// 52.84 -> 52.35 / 50.59 s (the rest of the thread's work dominates and the load blurs it).
    /// </summary>
    private List<LiveStory> Admitted(StoryDocument doc, List<LiveStory> found)
    {
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var story = found[i];
            // Template guard: a report dated well outside a story's span is another edition of the event type
            // ("Day 2" and "Day 21" share every word but the number), however close the text.
            if (story.GapDays(doc.When) > options.MaxGapDays) continue;
            // Memory guard as much as quality: a story past its longest span takes no report that would widen it.
            if (story.SpanWithDays(doc.When) > options.MaxSpanDays) continue;
            // The same guard on the calendar day alone, for texts that name their event's day but no year.
            if (CalendarGapDays(doc, story) > options.MaxCalendarGapDays) continue;
            found[kept++] = story;
        }
        found.RemoveRange(kept, found.Count - kept);
        return found;
    }

    /// <summary>Adds an article to a given live story (or a new one when null) without asking the model: for fitting it.</summary>
    public long Place(StoryDocument doc, long? storyId, string? title)
    {
        if (storyId is { } id && _live.TryGetValue(id, out var story))
            Add(story, doc, title, 1.0, Cosine(doc, story, StoryPart.Words));
        else
            story = Open(doc, title);
        CloseQuiet();
        return story.Id;
    }

    /// <summary>
    /// Puts back an article stored by an earlier run into its stored story (reopened under the same id),
    /// so that a later run continues the stories instead of starting over.
    /// </summary>
    public void Restore(StoryDocument doc, long storyId, string? title, string? key = null)
    {
        if (!_live.TryGetValue(storyId, out var story))
        {
            story = new LiveStory(storyId, _stats, _centroids);
            _live[storyId] = story;
            Reserve(storyId);
        }
        Add(story, doc, title, 1.0, Cosine(doc, story, StoryPart.Words), key);
        CloseQuiet();
    }

    /// <summary>The story's names with the most weight, as the text wrote them.</summary>
    public IReadOnlyList<string> TopNames(long storyId)
    {
        if (!_live.TryGetValue(storyId, out var story)) return [];
        var names = story.Parts[(int)StoryPart.Names];
        return names.All()
            .Where(s => names.StatsAt(s).Term.Contains(' ', StringComparison.Ordinal) || names.Count < 3)
            .OrderByDescending(s => names.WeightAt(s)).ThenBy(s => names.StatsAt(s).Term, StringComparer.Ordinal)
            .Take(options.ReasonTerms)
            .Select(s => story.NameForms.GetValueOrDefault(names.StatsAt(s).Term, names.StatsAt(s).Term))
            .ToList();
    }

    private List<LiveStory> Retrieve(StoryDocument doc)
    {
        // Votes are kept in a table by story id, marked with this round: the walk reads the postings' entries and one
        // compact table, never the story objects spread over the heap (a cache miss each on lists thousands long).
        var round = ++_voteRound;
        var voted = _voted;
        voted.Clear();
        if (_votes.Length < 2 * _live.Count)
        {
            _votes = new VoteSlot[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * _live.Count))];
            round = _voteRound = 1;
        }
        var table = _votes;
        var mask = table.Length - 1;
        void Vote(ReadOnlySpan<ArticleTerm> terms)
        {
            foreach (var (_, weight, idf, df, stats) in terms)
            {
                if (stats is not { Stories.Count: > 0 } held) continue;
                if (_articles >= 20 && df > options.MaxRetrievalDocShare * _articles) continue;
                if (held.Stories.Count > options.MaxVotingStories) continue;
                var w = weight * idf;
                ref var postings = ref held.Stories;
                postings.SweepMostlyDead(_dead, _postings);
                var swept = postings.Dead == 0;
                foreach (ref readonly var e in postings.Entries)
                {
                    // A closed story's entry left in the list (StoryPostings.Vacate) gets no vote.
                    if (!swept && _dead.Contains(e.StoryId)) continue;
                    // Open addressing on the id: live ids are near-consecutive, so probes rarely go past the first slot.
                    var i = (int)e.StoryId & mask;
                    while (true)
                    {
                        ref var slot = ref table[i];
                        if (slot.Round != round)
                        {
                            slot = new VoteSlot(round, e.StoryId, w);
                            voted.Add(i);
                            break;
                        }
                        if (slot.Id == e.StoryId)
                        {
                            slot.Votes += w;
                            break;
                        }
                        i = (i + 1) & mask;
                    }
                }
            }
        }
        var words = Terms(doc, (int)StoryPart.Words);
        Vote(TopWords(words, options.RetrievalWords));
        Vote(Terms(doc, (int)StoryPart.Names));
        Vote(Terms(doc, (int)StoryPart.Numbers));
        return Top(voted, options.MaxCandidates);
    }

    /// <summary>
    /// The k heaviest words by TF-IDF, ties by term, heaviest first: the order votes add up in, kept by insertion into
    /// a reused buffer as the words pass (most fall short of the k-th at one comparison), not by a sort of all the
    /// article's words nor a heap's comparer calls. Valid until the next article.
    /// </summary>
    private ReadOnlySpan<ArticleTerm> TopWords(ReadOnlySpan<ArticleTerm> words, int k)
    {
        if (k <= 0) return [];
        if (_topWords.Length < k) (_topWords, _topKeys) = (new ArticleTerm[k], new double[k]);
        var (top, keys) = (_topWords, _topKeys);
        var count = 0;
        foreach (var t in words)
        {
            var x = t.Weight * t.Idf;
            if (count == k && !Heavier(x, t.Term, keys[k - 1], top[k - 1].Term)) continue;
            var i = count < k ? count++ : k - 1;
            for (; i > 0 && Heavier(x, t.Term, keys[i - 1], top[i - 1].Term); i--) (top[i], keys[i]) = (top[i - 1], keys[i - 1]);
            (top[i], keys[i]) = (t, x);
        }
        return top.AsSpan(0, count);
    }

    private ArticleTerm[] _topWords = [];
    private double[] _topKeys = [];

    private static bool Heavier(double x, string term, double than, string thanTerm) =>
        x != than ? x > than : string.CompareOrdinal(term, thanTerm) < 0;

    /// <summary>The k stories with the most votes, ties by id: a partial selection, since votes can hold thousands.</summary>
    private List<LiveStory> Top(List<int> voted, int k)
    {
        var heap = _topHeap;
        heap.Clear();
        foreach (var i in voted)
        {
            var (_, id, v) = _votes[i];
            if (heap.Count < k) heap.Enqueue(id, (v, -id));
            else heap.EnqueueDequeue(id, (v, -id));
        }
        var top = _found;
        top.Clear();
        while (heap.Count > 0) top.Add(_live[heap.Dequeue()]);
        top.Reverse();
        return top;
    }

    // Retrieval's working lists, reused from article to article: the candidates are read before the next article comes.
    private readonly List<int> _voted = [];
    private VoteSlot[] _votes = [];

    /// <summary>A story's votes for the article being placed, valid while Round is the clusterer's vote round.</summary>
    private record struct VoteSlot(long Round, long Id, double Votes);
    private readonly List<LiveStory> _found = [];
    private readonly PriorityQueue<long, (double Votes, long NegId)> _topHeap = new();

    /// <summary>An article term with its IDF and document frequency under the frequencies of the moment.</summary>
    private readonly record struct ArticleTerm(string Term, double Weight, double Idf, int Df, TermStats? Stats);

    // Per part, the article's terms in a buffer reused from article to article (the first _termCounts[p] are its own).
    private readonly ArticleTerm[][] _terms = Enumerable.Range(0, StoryDocument.PartCount).Select(_ => Array.Empty<ArticleTerm>()).ToArray();
    private readonly int[] _termCounts = new int[StoryDocument.PartCount];
    private StoryDocument? _termsDoc;
    private long _termsStamp = -1;
    private long _stamp;
    private long _voteRound;

    /// <summary>
    /// The article's terms of a part with their IDF, in the part's own order: computed once per article and frequency
    /// state, not once per candidate story (the lookups and logarithms were most of the cost of scoring). Valid until
    /// the frequencies change or another document is asked for.
    /// Resolving the terms is most of Retrieve's own samples (perf on scoring alone at 60k: Retrieve with this inlined
    /// 23 % of Score's, Accumulate 34 %, MemberMax 18 %, Vote 5 %): some 190 look-ups per original, a slot and an entry
    /// each in tables of millions. Tried at s29-retrieval and not kept: the look-ups in passes (TermTable.FindAll: every
    /// key's home slot, then every entry a home slot names, then full probes for the rest), so that the misses of one
    /// pass overlap. Results identical (same candidates and scores), but scoring alone on a frozen 60k state (2,000
    /// originals scored 8 times, thread CPU, separate processes A B A B at load 9-20) gave no clear gain: fastest round
    /// 195.8 / 219.4 us per original one by one against 200.5 / 201.1 in passes, medians 224.8 / 259.6 against 220.7 /
    /// 240.5 (the processor already overlaps the independent look-ups of successive terms).
    /// </summary>
    private ReadOnlySpan<ArticleTerm> Terms(StoryDocument doc, int part)
    {
        if (!ReferenceEquals(doc, _termsDoc) || _termsStamp != _stamp)
        {
            // The same sum as written per term, (floor + log) - log(df + 1), with its first half taken once.
            var idfBase = IdfBase;
            for (var p = 0; p < StoryDocument.PartCount; p++)
            {
                var count = doc.Parts[p].Count;
                var terms = TermBuffer(p, count);
                var table = _stats[p];
                // By the keys the document's builder took, no string hashed nor compared here (a kept member scored
                // again is written from its own entries instead: ScoreAgainst).
                var keys = doc.Keys(p);
                var i = 0;
                foreach (var (term, w) in Listed(doc.Parts[p]))
                {
                    var stats = table.Find(keys[i]);
                    System.Diagnostics.Debug.Assert(stats is null || stats.Value.Term == term, "two terms under one key");
                    terms[i++] = Resolved(term, w, idfBase, stats);
                }
                _termCounts[p] = count;
            }
            (_termsDoc, _termsStamp) = (doc, _stamp);
        }
        return _terms[part].AsSpan(0, _termCounts[part]);
    }

    /// <summary>The first half of a term's IDF, (floor + log(articles + 1)) - log(df + 1), under the frequencies of the moment.</summary>
    private double IdfBase => options.IdfFloor + Math.Log(_articles + 1.0);

    /// <summary>An article term with its IDF and document frequency (0 for a term no live article carries).</summary>
    private static ArticleTerm Resolved(string term, double weight, double idfBase, TermStats? stats)
    {
        var df = stats?.Df ?? 0;
        return new ArticleTerm(term, weight, idfBase - LogPlusOne(df), df, stats);
    }

    /// <summary>The part's reused article-term buffer, grown to hold `count` terms.</summary>
    private ArticleTerm[] TermBuffer(int part, int count)
    {
        if (_terms[part].Length < count) _terms[part] = new ArticleTerm[Math.Max(count, 2 * _terms[part].Length)];
        return _terms[part];
    }

    private readonly List<CheapCandidate> _cheap = [];

    /// <summary>
    /// A candidate's cheap features and its score with the costly ones at 0: a struct in a reused list, since an article
    /// ranks some twenty candidates and only the best few (FullCandidates) become records.
    /// </summary>
    private readonly record struct CheapCandidate(
        LiveStory Story, double Words, double Title, double Names, double Numbers, double TitleNumberConflict,
        double NamesKnown, double NamesMentioned, double YearConflict, double Small, double? GapDays, double EventYearConflict,
        double Score)
    {
        public double TextDate { get; init; }
    }

    /// <summary>
    /// A document part as the dictionary the featurizer builds, walked through its struct enumerator (the same order as
    /// through the interface, whose enumerator is boxed: three walks of four parts per article); other kinds are copied.
    /// </summary>
    private static Dictionary<string, double> Listed(IReadOnlyDictionary<string, double> part) =>
        part as Dictionary<string, double> ?? new Dictionary<string, double>(part, StringComparer.Ordinal);

    /// <summary>
    /// The features read off the candidates' accumulated sums and cached norms: enough to rank the candidates, so that
    /// the costlier ones (member by member, salience, leads, subjects) are taken for the best few only.
    /// </summary>
    private CheapCandidate CheapFeatures(StoryDocument doc, LiveStory story)
    {
        var conflict = doc.TitleNumbers.Count > 0 && story.TitleNumbers.Count > 0 && !doc.TitleNumbers.Overlaps(story.TitleNumbers) ? 1.0 : 0.0;
        var (known, mentioned) = Coverage(doc, story, StoryPart.Names);
        var years = doc.LatestYear is { } y && story.Years.Count > 0 && !story.Years.Contains(y) ? 1.0 : 0.0;
        var words = Cosine(doc, story, StoryPart.Words);
        var title = Cosine(doc, story, StoryPart.Title);
        var names = Cosine(doc, story, StoryPart.Names);
        var numbers = Cosine(doc, story, StoryPart.Numbers);
        var small = 1.0 / story.Members;
        var gap = story.GapDays(doc.When);
        var eventYears = doc.EventYear is { } ey && story.EventYears.Count > 0 && !story.EventYears.Contains(ey) ? 1 : 0;
        var textDate = TextDateConflict(doc, story);
        var score = StoryFeatures.Score(options.Model, options.TimeSigmaDays, words, title, names, numbers, conflict, known,
            mentioned, years, 0, 0, small, 0, 0, 0, 0, 0, eventYears, gap) + options.Model.TextDateConflict * textDate;
        return new CheapCandidate(story, words, title, names, numbers, conflict, known, mentioned, years, small, gap, eventYears, score)
            { TextDate = textDate };
    }

    private StoryFeatures Features(StoryDocument doc, LiveStory story, in CheapCandidate cheap)
    {
        var (unknown, unmentioned) = Salience(doc, story);
        var (leadUnknown, leadUnmentioned, leadConflict) = Leads(doc, story);
        return new StoryFeatures(cheap.Words, cheap.Title, cheap.Names, cheap.Numbers, cheap.TitleNumberConflict,
            cheap.NamesKnown, cheap.NamesMentioned, cheap.YearConflict, unknown, unmentioned, cheap.Small, cheap.GapDays)
        {
            EventYearConflict = cheap.EventYearConflict,
            LeadUnknown = leadUnknown,
            LeadUnmentioned = leadUnmentioned,
            LeadConflict = leadConflict,
            TextDateConflict = cheap.TextDate,
            MemberMax = MemberMax(doc, story),
            SubjectMatch = SubjectMatch(doc, story),
            SubjectConflict = SubjectConflict(doc, story),
        };
    }

    /// <summary>
    /// Who the report is about, on each side: the article's rare lead names that no member names, and the story's
    /// rare lead names (in half its members' leads) that the article never names. Same-type events share their
    /// setting (the champion, the team, the scandal) but not their subject (the challenger, the player arrested,
    /// the man who died).
    /// </summary>
    private (double Unknown, double Unmentioned, double Conflict) Leads(StoryDocument doc, LiveStory story)
    {
        var p = (int)StoryPart.Names;
        int unknown = 0, storyLead = 0, unmentioned = 0;
        // The article's rare lead names come listed once per article (MarkArticleNames); "the story knows it" is the
        // name's postings holding the story, as in Salience.
        foreach (var stats in _rareLeads)
            if (stats is not { } held || !held.Stories.ContainsKey(story)) unknown++;
        var lead = _rareLeads.Count;
        var names = doc[StoryPart.Names];
        // The story's subject: a rare one-word name (a surname, not the phrases it comes in) in every one of its leads,
        // which the article's lead does not name. A report in the body ("the latest arrest after X's") is not about X.
        var absent = false;
        foreach (var (term, stats) in MajorityLeads(story))
        {
            // An entry that still counts articles under the term is the table's; one at none may have left it, so ask
            // the table (as for one renewed since for another term: SpareLeftStats).
            var live = stats is { Df: > 0 } && string.Equals(stats.Value.Term, term, StringComparison.Ordinal);
            if (!Rare(live ? stats!.Value.Df : Df(p, term))) continue;
            storyLead++;
            if (!(live ? stats!.Value.NamesRound == _articleNamesRound : names.ContainsKey(term))) unmentioned++;
            if (!absent && story.Indexed >= options.LeadConflictMinMembers && story.LeadNames.GetValueOrDefault(term) >= story.Indexed
                && !term.Contains(' ') && !doc.LeadNames.Contains(term))
                absent = true;
        }
        var conflict = absent && LeadsOther(doc, story) ? 1.0 : 0.0;
        if (conflict == 0 && options.LeadConflictOneReport && story.Indexed == 1) conflict = OneReportConflict(doc, story, names);
        return (lead == 0 ? 0 : (double)unknown / lead, storyLead == 0 ? 0 : (double)unmentioned / storyLead, conflict);
    }

    /// <summary>
    /// The lead conflict against a story of one report, whose lead names its setting as well as its subject, so that
    /// only a person counts as its subject: the person one side is about (the entities stage's subject person, by
    /// surname) is not in the other's lead and said once at most in it, while the other's lead names a rare one-word name
    /// the first never names. A chief's visit and a report on a troop build-up that quotes the chief once: two events
    /// about the same people. Weighs LeadConflictOneReportShare of the conflict: one report is weaker evidence than all
    /// the leads of a story.
    /// </summary>
    private double OneReportConflict(StoryDocument doc, LiveStory story, IReadOnlyDictionary<string, double> names)
    {
        var p = (int)StoryPart.Names;
        // The story's person (its first: a story of one report is about one), absent from the article's lead and
        // peripheral in its text (a sublinear count of one).
        // Neither side counts when the other side is about the same person (by surname): its lead may name them in
        // another form, or not at all, and the report is still about them.
        foreach (var (person, _) in story.SubjectPersons)
        {
            var surname = Surname(person);
            if (doc.SubjectPerson is { } mine && SameSurname(mine, surname)) break;
            if (Rare(Df(p, surname)) && !doc.LeadNames.Contains(surname) && names.GetValueOrDefault(surname) <= 1 && LeadsOther(doc, story))
                return options.LeadConflictOneReportShare;
            break;
        }
        // The article's person, absent from the report's lead and said once at most in it.
        if (doc.SubjectPerson is { } own && Surname(own) is var ownSurname && Rare(Df(p, ownSurname))
            && !story.LeadNames.ContainsKey(ownSurname) && SaysOnceAtMost(story, ownSurname) && StoryLeadsOther(doc, story)
            && !AboutPerson(story, ownSurname))
            return options.LeadConflictOneReportShare;
        return 0;
    }

    /// <summary>Whether one of the story's subject persons has this surname.</summary>
    private static bool AboutPerson(LiveStory story, string surname)
    {
        foreach (var (person, _) in story.SubjectPersons)
            if (SameSurname(person, surname)) return true;
        return false;
    }

    private static bool SameSurname(string person, string surname) =>
        person.AsSpan(person.LastIndexOf(' ') + 1).SequenceEqual(surname);

    /// <summary>
    /// Whether a one-report story names the term once at most: a name said once weighs the least of its names (the
    /// sublinear count of one), so the term's centroid weight is then the centroid's smallest.
    /// </summary>
    private bool SaysOnceAtMost(LiveStory story, string term)
    {
        if (_stats[(int)StoryPart.Names].GetValueOrDefault(term) is not { } stats || !stats.Stories.TryGetWeight(story, out var held)) return true;
        var names = story.Parts[(int)StoryPart.Names];
        foreach (var slot in names)
            if (names.WeightAt(slot) < held - 1e-12) return false;
        return true;
    }

    /// <summary>Whether the story's leads name a rare one-word name that the article never names: the story's own subject.</summary>
    private bool StoryLeadsOther(StoryDocument doc, LiveStory story)
    {
        var names = doc[StoryPart.Names];
        foreach (var (term, _) in story.LeadNames)
            if (!term.Contains(' ', StringComparison.Ordinal) && Rare(Df((int)StoryPart.Names, term)) && !names.ContainsKey(term)) return true;
        return false;
    }

    /// <summary>Whether the article's lead names a rare one-word name that no member of the story names: its own subject.</summary>
    private bool LeadsOther(StoryDocument doc, LiveStory story)
    {
        var names = _stats[(int)StoryPart.Names];
        foreach (var term in doc.LeadNames)
        {
            if (term.Contains(' ')) continue;
            var stats = names.GetValueOrDefault(term);
            if (Rare(stats?.Df ?? 0) && (stats is not { } held || !held.Stories.ContainsKey(story))) return true;
        }
        return false;
    }

    private bool Rare(int df) => _articles < 20 || df <= options.SalientDocShare * _articles;

    /// <summary>The story's lead names that half its members carry or more: cached per version and member count.</summary>
    private List<(string Term, TermStats? Stats)> MajorityLeads(LiveStory story)
    {
        if (story.MajorityLeads is { } cached && story.MajorityLeadsKey == (story.Version, story.Members)) return cached;
        var all = _stats[(int)StoryPart.Names];
        // The story's previous list is refilled: it was read through before this call (Leads walks it at once).
        var list = story.MajorityLeads ?? [];
        list.Clear();
        foreach (var (term, n) in story.LeadNames)
            if (2 * n >= story.Members) list.Add((term, all.GetValueOrDefault(term)));
        story.MajorityLeads = list;
        story.MajorityLeadsKey = (story.Version, story.Members);
        return list;
    }

    private readonly List<TermStats?> _rareLeads = [];
    private long _articleNamesRound;

    /// <summary>
    /// Marks the article's name entries (so that Salience and Leads meet them without lookups) and lists its rare
    /// lead names' entries (null for a name no live article carries): once per article, not once per candidate.
    /// </summary>
    private void MarkArticleNames(StoryDocument doc)
    {
        var round = ++_articleNamesRound;
        var p = (int)StoryPart.Names;
        foreach (var t in Terms(doc, p))
            if (t.Stats is { } stats) stats.NamesRound = round;
        _rareLeads.Clear();
        foreach (var term in doc.LeadNames)
        {
            var stats = _stats[p].GetValueOrDefault(term);
            if (Rare(stats?.Df ?? 0)) _rareLeads.Add(stats);
        }
    }

    /// <summary>
    /// The best TF-IDF cosine of the article's words with one of the story's kept members (their top terms). Reading
    /// the counts and the article's marks by entry id from dense arrays (ids queued beside MemberWords) instead of from
    /// the entries was tried at stories/13 and not kept: results identical, assigning-thread CPU at 100k in four pairs
    /// (two side by side, two alternated at load ~2) 70.1/60.2/58.4/48.2 s against 67.9/54.9/54.3/51.0 s, live heap
    /// +17 MB. Skipping a candidate's costly features when its cheap score plus their largest lift (3.13) stays below every bar that reads it (-4, the subject merge's) and the best score
    /// so far skips none of the first 100,000 full candidates of the bench stream (20k articles); with 0 as the bar
    /// when no candidate reaches the join, 7.
    /// An exact bound to skip members was looked for at stories/16 (s19-score) and none found cheap: both the member's
    /// norm and its dot product need every member term's entry (its count and the article's mark), which is the cost
    /// itself (memory reads), and a bound that holds for any counts (idf between IdfFloor and IdfBase) gives a cosine
    /// bound of IdfBase / IdfFloor, above 1. Adding each term's product without a branch (the shared test as a 0/1
    /// factor, results identical) was tried at s19-score: 50k side by side with the branch at load 10-18, assigning CPU
    /// 39.88 against 38.68 s, feature_seconds 53.11 against 49.77: not kept.
    /// Counted at s25-speed (bench stream, first 10,000 articles, 9,089 originals, 59,658 calls): 2,042 member-term entry
    /// reads per original, of which 1,222 distinct within their call (60 %): a story's member vectors share ~40 % of their
    /// entries, so a per-story union of the members' handles (rebuilt when the queue changes; each distinct entry read once
    /// per call, the members then summed from a dense scratch in the same order) could save at most ~40 % of the reads
    /// while the distinct ones stay cache misses; not tried (the Df and idfBase move with every article, so no value is
    /// cacheable between calls without changing the sums' rounding). Tried at s26-speed (branch s26-speed, results
    /// identical): that union (StoryMemberUnion, rebuilt when the member queue moves, spares pooled) with Df and the
    /// article's mark split off TermEntry into 16-byte hot chunks. Scoring alone (BenchmarkDotNet, 500 articles on the
    /// stories of 4,500) ran 126 against 171 ms median in 5 pairs, but the whole stream did not gain: `lede bench stories
    /// --stop-at 100000`, quiet (load 1.5-3.2), A B A B against stories/23: assigning thread 45.8 / 58.0 s against
    /// 49.2 / 61.1 s, allocation 22.4 -> 23.0 KB per original, live heap +21 MB. Not kept: the union's rebuilds and
    /// the second chunk's cache misses cost what the saved reads gave.
    /// s28-score: the count and the article's mark by id, with no added memory: the id rides in MemberTerm's padding
    /// (16 bytes still), the counts are the frequencies' dense copy, the mark a bit per id (256 KB per 2 M ids, set and
    /// cleared per article), and the entry is read only on a hit (its weight, just written by MarkArticleWords). Results
    /// identical (ECB+ predictions cmp-identical in file order and seeds 1-3; bench 20k moves / opened / F1 identical, with
    /// every id checked against its entry's in that run). Scoring alone on a frozen state (1,000 originals scored 8 times
    /// on the bench stream's first 30,000 items, both ways alternated in one process, thread CPU): median 206.6 ->
    /// 166.6 ms, min 193.4 -> 155.5 ms, scores bit for bit the same. Two clusterers fed the bench stream article by
    /// article in one process, the old and new MemberMax alternated (thread CPU around each Assign, same stories, moves
    /// and openings): 35.54 against 33.64 s at 40k (cumulative -9.4 %, -9.8 %, -9.0 %, -5.3 % at 10k, 20k, 30k, 40k).
    /// `lede bench stories --stop-at 100000`, main's build A against this B, A B A B A B at load 5-27 (noisy; results
    /// identical: moves 5,292, opened 11,247, F1 0.9605138450522334, and at 20k 1,543 / 2,502 / 0.9511691988747143):
    /// assigning thread 65.33 / 54.29 / 63.61 s against 53.91 / 51.21 / 49.60 s, process CPU 106.1 / 91.2 / 105.0
    /// against 93.7 / 88.4 / 86.8 s, feature_seconds 57.9 / 39.8 / 43.3 against 42.8 / 22.0 / 24.8, allocation 22,407-8
    /// against 22,414-6 B per original, collections 20/9/6, 20/9/6, 20/10/5 against 19/9/5, 20/9/6, 19/9/5.
    /// </summary>
    private double MemberMax(StoryDocument doc, LiveStory story)
    {
        if (Terms(doc, (int)StoryPart.Words).Length == 0 || story.MemberWords.Count == 0) return 0;
        var na = _articleWordsNorm;
        // By the entry's id (MemberTerm.Id, kept while the member holds the entry): its count from the dense frequencies,
        // and whether the article carries it from a bit per id (MarkArticleWords); the entry itself is read on a hit
        // only, for the article's weight, which MarkArticleWords has just written there.
        var idfBase = IdfBase;
        var best = 0.0;
        var df = _frequencies.Df;
        var marked = _articleWordBits;
        foreach (var member in story.MemberWords)
        {
            double dot = 0, nm = 0;
            foreach (var t in member)
            {
                var id = t.Id;
                var idf = idfBase - LogPlusOne(df[id]);
                var y = t.Weight * idf;
                nm += y * y;
                if ((marked[id >> 6] & (1UL << id)) != 0) dot += _entries.At(t.Handle).ArticleWeight * idf * y;
            }
            if (dot > 0) best = Math.Max(best, dot / Math.Sqrt(na * nm));
        }
        return best;
    }

    // The article's word entries by id, a bit each (MarkArticleWords), and the ids set, to clear at the next article.
    private ulong[] _articleWordBits = new ulong[64];
    private readonly List<int> _articleWordIds = [];

    private double _articleWordsNorm;

    /// <summary>
    /// Marks the article's word entries with their weights, so that MemberMax meets them without lookups, and takes
    /// the article's squared TF-IDF length once rather than once per candidate.
    /// </summary>
    private void MarkArticleWords(StoryDocument doc)
    {
        double na = 0;
        var bits = _articleWordBits;
        foreach (var id in _articleWordIds) bits[id >> 6] = 0;
        _articleWordIds.Clear();
        var ids = _frequencies.Df.Length;
        if (bits.Length << 6 < ids) bits = _articleWordBits = new ulong[(ids + 63) >> 6];
        foreach (var t in Terms(doc, (int)StoryPart.Words))
        {
            var x = t.Weight * t.Idf;
            na += x * x;
            if (t.Stats is not { } stats) continue;
            stats.ArticleWeight = t.Weight;
            if (stats.Id is var id and > 0)
            {
                bits[id >> 6] |= 1UL << id;
                _articleWordIds.Add(id);
            }
        }
        _articleWordsNorm = na;
    }

    /// <summary>
    /// The main actors on each side: rare names the article repeats, and rare names most members of the story carry.
    /// Returns the share of the article's that the story lacks and the share of the story's that the article lacks;
    /// two reports of one event agree on who it is about, two same-type events do not (Klitschko v Rahman, v Thompson).
    /// </summary>
    private (double Unknown, double Unmentioned) Salience(StoryDocument doc, LiveStory story)
    {
        var p = (int)StoryPart.Names;
        // Frequencies come with the article's terms and the centroid's, and "the story knows it" is the term's
        // postings holding the story: no string lookups here. Tried at s30-score and not kept: "the story knows it" read
        // off the names' hits Accumulate records for the reason (SharedHit), no look-up per salient name and candidate;
        // results identical (scores bit for bit on a frozen state), but scoring alone (bench stream's first 30,000 items,
        // 1,000 originals scored 12 times, both ways alternated in one process, thread CPU, load ~15) gave min / median
        // 261.3 / 273.4 us per original with the look-ups against 258.8 / 275.7 without: too few salient names to show.
        int articleSalient = 0, unknown = 0, storySalient = 0, unmentioned = 0;
        foreach (var (_, w, _, df, stats) in Terms(doc, p))
        {
            if (w < 1.6 || !Rare(df)) continue;
            articleSalient++;
            if (stats is not { } held || !held.Stories.ContainsKey(story)) unknown++;
        }
        var centroid = story.Parts[p];
        foreach (var slot in Majority(story))
        {
            var held = centroid.StatsAt(slot);
            if (2 * centroid.DocsAt(slot) < story.Members || !Rare(held.Df)) continue;
            storySalient++;
            // A centroid's entry is the table's, and the article's names marked theirs (MarkArticleNames).
            if (held.NamesRound != _articleNamesRound) unmentioned++;
        }
        return (articleSalient == 0 ? 0 : (double)unknown / articleSalient, storySalient == 0 ? 0 : (double)unmentioned / storySalient);
    }

    /// <summary>
    /// The story's names that half its members or more carry, in centroid order: cached per version and member
    /// count, since Salience asks for them once per article scored and a mature centroid holds a thousand names.
    /// </summary>
    private static List<int> Majority(LiveStory story)
    {
        if (story.MajorityNames is { } cached && story.MajorityKey == (story.Version, story.Members)) return cached;
        // The story's previous list is refilled: it was read through before this call (Salience walks it at once).
        var list = story.MajorityNames ?? [];
        list.Clear();
        var names = story.Parts[(int)StoryPart.Names];
        foreach (var slot in names)
            if (2 * names.DocsAt(slot) >= story.Members) list.Add(slot);
        story.MajorityNames = list;
        story.MajorityKey = (story.Version, story.Members);
        return list;
    }

    /// <summary>
    /// Two one-sided overlaps, TF-IDF mass squared: the share of the article's part that the story knows, and the
    /// share of the story's (per member) that the article mentions. Same-type events share their common names; each
    /// side's own names (the other boxer, the other town) stay unmatched on both sides.
    /// </summary>
    private (double Known, double Mentioned) Coverage(StoryDocument doc, LiveStory story, StoryPart part)
    {
        var a = Terms(doc, (int)part);
        var c = story.Parts[(int)part];
        if (a.Length == 0 || c.Count == 0) return (0, 0);
        double shared = 0, all = 0, storyShared = 0;
        if (part == StoryPart.Names && Accumulated(doc, story))
            return (_namesShared[story.Slot] / _na[(int)part], _namesStoryShared[story.Slot] / NormSquared(story, (int)part));
        foreach (var (_, w, idf, _, stats) in a)
        {
            var x = w * idf;
            all += x * x;
            if (stats is { } entry && entry.Stories.TryGetWeight(story, out var held))
            {
                shared += x * x;
                var y = held * idf;
                storyShared += y * y;
            }
        }
        return (shared / all, storyShared / NormSquared(story, (int)part));
    }

    private double Idf(StoryPart part, string term) => Idf((int)part, term);

    private double Idf(int part, string term) =>
        options.IdfFloor + Math.Log(_articles + 1.0) - LogPlusOne(Df(part, term));

    private int Df(int part, string term) => _stats[part].TryGetValue(term, out var stats) ? stats.Df : 0;

    // log(k + 1) by document frequency, grown (by powers of two, up to LogTableMax) to the largest frequency met: past a
    // few thousand live articles the common words' frequencies (said, year, police) left a fixed 4,096-entry table, and
    // MemberMax, the norms and the split check's vectors called Math.Log for them, term by term. The same values: each
    // slot is Math.Log(k + 1.0), as the call was. A table grown by two threads at once is still right (each holds the
    // same values), so it is swapped in without a lock.
    private static double[] s_logTable = LogTableOf(4096, []);

    private const int LogTableMax = 1 << 20;

    private static double[] LogTableOf(int length, double[] from)
    {
        var table = new double[length];
        from.CopyTo(table, 0);
        for (var k = from.Length; k < length; k++) table[k] = Math.Log(k + 1.0);
        return table;
    }

    private static double LogPlusOne(int k)
    {
        var table = s_logTable;
        return k < table.Length ? table[k] : LogPlusOneGrown(k);
    }

    private static double LogPlusOneGrown(int k)
    {
        if (k >= LogTableMax || k < 0) return Math.Log(k + 1.0);
        var current = s_logTable;
        if (k < current.Length) return current[k];
        var table = LogTableOf((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)k + 1), current);
        s_logTable = table;
        return table[k];
    }

    /// <summary>
    /// The squared length of a story's centroid under today's frequencies: a pass over all its terms, so it is cached
    /// until the story changes or the live article count moves by NormRefreshShare.
    /// </summary>
    private double NormSquared(LiveStory story, int part)
    {
        var cache = story.Norms[part];
        if (cache.Version == story.Version && Math.Abs(_articles - cache.Articles) <= NormRefreshShare * _articles)
            return cache.Value;
        double nc = 0;
        var idfBase = IdfBase;
        var df = _frequencies.Df;
        // Slot by slot through the centroid's dense weights and ids: a free slot adds 0 (weight 0, id 0 reads df 0),
        // so the sum is the one over the terms in slot order.
        var centroid = story.Parts[part];
        var weights = centroid.Weights;
        var ids = centroid.TermIds;
        for (var k = 0; k < weights.Length; k++)
        {
            var y = weights[k] * (idfBase - LogPlusOne(df[ids[k]]));
            nc += y * y;
        }
        story.Norms[part] = new CachedNorm(nc, story.Version, _articles);
        return nc;
    }

    private const double NormRefreshShare = 0.02;

    // The candidates' dot products (and the names part's overlap sums), accumulated for all of them in one pass.
    private readonly double[][] _dots = Enumerable.Range(0, StoryDocument.PartCount).Select(_ => Array.Empty<double>()).ToArray();
    private readonly double[] _na = new double[StoryDocument.PartCount];
    private double[] _namesShared = [], _namesStoryShared = [];
    private StoryDocument? _slotDoc;
    private long _slotStamp = -1;
    private long _slotRound;

    /// <summary>
    /// A term held by at most this many stories per candidate is met by walking its postings, else by lookups: a walk
    /// reads entries in a row and a small table, a lookup misses the cache two or three times. Walking up to 64 per
    /// candidate (768 entries for 12) was tried at stories/13 and not kept: ECB+ predictions byte-identical, but the
    /// assigning thread's CPU at 100k (`lede bench stories --stop-at 100000`, run beside a baseline, load ~23) was
    /// 89.8 s against 88.7 s.
    /// Looking up all candidates in a long list at once (StoryPostings.IndexOfAll: every candidate's home slot of the
    /// index read first, then every first entry, so that the misses overlap; hits in the candidates' order, results
    /// identical) was tried at s19-score and not kept: 100k alternated against one by one (load 3-6), assigning CPU /
    /// retrieval_seconds 44.42 / 15.17, 45.49 / 16.09, 40.32 / 13.19 against 40.66 / 13.81, 39.47 / 15.50, 42.78 / 14.60.
    /// </summary>
    private const int WalkPostingsPerCandidate = 8;

    private CandidateSlot[] _candidates = [];
    private long[] _candidateIds = [];
    private int[] _candidatePlaces = [];

    /// <summary>
    /// Slots per candidate in the candidates' table: nearly every posting entry a walk meets is no candidate, and in a
    /// sparse table it finds its home slot empty at the first read instead of probing past occupied ones (24 candidates
    /// take 512 slots, 12 KB, well inside the first-level cache).
    /// </summary>
    private const int CandidateTableSpread = 16;

    /// <summary>A candidate's place among the article's candidates, valid while Round is the clusterer's slot round.</summary>
    private readonly record struct CandidateSlot(long Round, long Id, int Slot);

    private bool Accumulated(StoryDocument doc, LiveStory story) =>
        story.SlotRound == _slotRound && ReferenceEquals(doc, _slotDoc) && _slotStamp == _stamp;

    /// <summary>
    /// For every candidate at once, the sums that Cosine and Coverage would take term by term: each article term
    /// walks its postings when they are short, else looks each candidate up. A candidate's sums still add the
    /// article's terms in the article's order, so they equal, bit for bit, the ones computed one story at a time.
    /// </summary>
    private void Accumulate(StoryDocument doc, List<LiveStory> found)
    {
        var round = ++_slotRound;
        for (var i = 0; i < found.Count; i++) (found[i].Slot, found[i].SlotRound) = (i, round);
        // The candidates by id in a small open-addressing table, so that a walk over a posting list tells them by the
        // id its entries carry, without reading each story object.
        if (_candidates.Length < CandidateTableSpread * found.Count)
            _candidates = new CandidateSlot[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(CandidateTableSpread * found.Count))];
        var table = _candidates;
        var mask = table.Length - 1;
        if (_candidateIds.Length < found.Count) (_candidateIds, _candidatePlaces) = (new long[found.Count], new int[found.Count]);
        // A closed story is found in no list (IndexOf): no live id is negative.
        for (var k = 0; k < found.Count; k++) _candidateIds[k] = found[k].Closed ? -1 : found[k].Id;
        for (var k = 0; k < found.Count; k++)
        {
            var i = (int)found[k].Id & mask;
            while (table[i].Round == round) i = (i + 1) & mask;
            table[i] = new CandidateSlot(round, found[k].Id, k);
        }
        if (_namesShared.Length < found.Count)
        {
            for (var p = 0; p < StoryDocument.PartCount; p++) _dots[p] = new double[found.Count];
            (_namesShared, _namesStoryShared) = (new double[found.Count], new double[found.Count]);
        }
        Array.Clear(_namesShared);
        Array.Clear(_namesStoryShared);
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            var dots = _dots[p];
            Array.Clear(dots);
            var names = p == (int)StoryPart.Names;
            double na = 0;
            var terms = Terms(doc, p);
            // The parts the join's reason names (words, names) keep each candidate's hits in a row of the article's term
            // count: a candidate meets a term once at most, in the article's term order (SharedHit).
            var hits = SharedHits(p, found.Count, terms.Length);
            var stride = terms.Length;
            var counts = _hitCounts[p];
            var term = -1;
            foreach (var (_, w, idf, _, stats) in terms)
            {
                term++;
                var x = w * idf;
                na += x * x;
                if (stats is null) continue;
                ref var postings = ref stats.Value.Stories;
                if (postings.Count <= WalkPostingsPerCandidate * found.Count)
                {
                    foreach (ref readonly var e in postings.Entries)
                    {
                        var i = (int)e.StoryId & mask;
                        while (table[i].Round == round)
                        {
                            if (table[i].Id == e.StoryId)
                            {
                                Hit(table[i].Slot, e.Weight);
                                break;
                            }
                            i = (i + 1) & mask;
                        }
                    }
                }
                else
                {
                    // All candidates' look-ups at once (PlacesOf), their misses overlapping. Results identical (scores bit
                    // for bit on a frozen state). Scoring alone (bench stream's first 30,000 items, 1,000 originals scored
                    // 16 times, one look-up at a time against all at once alternated in one process, thread CPU, load
                    // 7-11): min / median 331.2 / 348.5 -> 302.9 / 324.3 us per original, a second run 224.6 / 239.5 ->
                    // 213.6 / 225.2. `lede bench stories --stop-at 100000`, this B against main's build A, B A B A at load
                    // 5-10 (same moves, opened, F1): assigning thread 45.42 / 41.67 against 43.08 / 42.86 s, process CPU
                    // 80.5 / 74.6 against 75.5 / 75.1 s: within the bench's noise, neither way shown there.
                    var places = _candidatePlaces.AsSpan(0, found.Count);
                    postings.PlacesOf(_candidateIds.AsSpan(0, found.Count), places);
                    for (var k = 0; k < places.Length; k++)
                        if (places[k] >= 0) Hit(k, postings.At(places[k]).Weight);
                }

                // The entry's copy of the centroid slot's weight: the same value, without reading the centroid.
                void Hit(int slot, double weight)
                {
                    dots[slot] += x * weight * idf;
                    if (hits is not null) hits[slot * stride + counts[slot]++] = new SharedHit(term, weight);
                    if (!names) return;
                    _namesShared[slot] += x * x;
                    var y = weight * idf;
                    _namesStoryShared[slot] += y * y;
                }
            }
            _na[p] = na;
        }
        (_slotDoc, _slotStamp) = (doc, _stamp);
    }

    // Per part the join's reason names (words, names), the candidates' hits in rows of the article's term count, and
    // each row's count; no rows for the other parts.
    private readonly SharedHit[]?[] _hits = new SharedHit[]?[StoryDocument.PartCount];
    private readonly int[][] _hitCounts = Enumerable.Range(0, StoryDocument.PartCount).Select(_ => Array.Empty<int>()).ToArray();

    /// <summary>
    /// An article term (its place among the part's terms) that a candidate's centroid holds, with the weight the
    /// posting carries: what the join's reason (Shared) reads for the winner instead of looking each term's postings up
    /// again (two look-ups per article term, words and names, for every join: 18.0 s of the assigning thread at 1M).
    /// Results identical (ECB+ predictions cmp-identical in file order and seeds 1-3; bench 20k and 100k moves / opened /
    /// F1 identical, the reasons' text checked equal on a frozen state). Scoring and the reason alone on a frozen state
    /// (bench stream's first 30,000 items, then 1,000 originals scored and explained 16 times, both ways alternated in one
    /// process, thread CPU, medians): reason 18.6 -> 6.2 us per original, scoring 191.1 -> 195.4 (the hits' recording).
    /// `lede bench stories --stop-at 100000`, main's build A
    /// against this B, A B A B at load 8-33: reason_seconds 5.19 / 6.01 against 2.62 / 1.91, assigning thread 55.8 /
    /// 60.9 against 68.5 / 57.7 s (the load blurs it), allocation 22,178 against 22,184 B per original; a third pair at
    /// load 4-7: reason_seconds 3.47 against 1.03, assigning thread 58.5 against 54.2 s, process CPU 101.3 against 94.0 s.
    /// Tried and not kept: the winner's centroid walked instead (its ids against a bit per article term id, the names'
    /// marked as the words' are), with nothing recorded while summing: on the same frozen state (12 passes) reason 22.2
    /// -> 14.9 us per original, scoring 242.8 -> 241.0; against the hits 13.0 against 6.2, scoring 215.6 against 214.9
    /// (a centroid holds up to 1,200 slots per part, an article a few hundred terms).
    /// </summary>
    private readonly record struct SharedHit(int Term, double Weight);

    /// <summary>The part's hit rows for `candidates` rows of `terms` places, counts cleared; null for a part the reason does not name.</summary>
    private SharedHit[]? SharedHits(int part, int candidates, int terms)
    {
        if (part != (int)StoryPart.Words && part != (int)StoryPart.Names) return null;
        var need = candidates * terms;
        if (_hits[part] is not { } hits || hits.Length < need) hits = _hits[part] = new SharedHit[Math.Max(need, 2 * (_hits[part]?.Length ?? 0))];
        if (_hitCounts[part].Length < candidates) _hitCounts[part] = new int[Math.Max(candidates, 2 * _hitCounts[part].Length)];
        Array.Clear(_hitCounts[part], 0, candidates);
        return hits;
    }

    /// <summary>TF-IDF cosine of the article's part with the story's centroid, both weighted by today's frequencies.</summary>
    private double Cosine(StoryDocument doc, LiveStory story, StoryPart part)
    {
        var a = Terms(doc, (int)part);
        var c = story.Parts[(int)part];
        if (a.Length == 0 || c.Count == 0) return 0;
        double dot = 0, na = 0;
        if (Accumulated(doc, story))
            (dot, na) = (_dots[(int)part][story.Slot], _na[(int)part]);
        else
            foreach (var (_, w, idf, _, stats) in a)
            {
                var x = w * idf;
                na += x * x;
                // The term's postings map each story holding it to its centroid weight: a lookup by story, not by string.
                if (stats is { } entry && entry.Stories.TryGetWeight(story, out var held)) dot += x * held * idf;
            }
        if (dot == 0) return 0;
        return dot / Math.Sqrt(na * NormSquared(story, (int)part));
    }

    private LiveStory Open(StoryDocument doc, string? title, string? key = null)
    {
        var story = new LiveStory(NextStoryId++, _stats, _centroids);
        _live[story.Id] = story;
        Add(story, doc, title, 1.0, 0, key);
        return story;
    }

    /// <param name="from">
    /// A kept member put back (a split or a merge): its terms, per part in the document's order, are read instead of
    /// doc's parts, which a kept member does not keep. The member itself is kept again, its term arrays rewritten in
    /// place with the live entries (the story it left is closed): a repair moves up to SplitMaxMembers members, and
    /// new arrays for each were most of what a split allocated.
    /// </param>
    private void Add(LiveStory story, StoryDocument doc, string? title, double weight, double centrality, string? memberKey = null,
        StoryMember? from = null)
    {
        // A story reopened under a closed one's id (a restored article) would be found by that one's entries.
        if (_dead.Any && _dead.Contains(story.Id)) Revive();
        var keep = false;
        if (story.Kept is { } kept)
        {
            // A story past SplitMaxMembers is an event well established, and one with a member placed without a key
            // could not report a move: neither is checked again, and neither keeps its members.
            if (kept.Count < options.SplitMaxMembers && memberKey is not null) keep = true;
            else DropKept(story);
        }
        // A kept member holds its terms' live entries (Refs), so the repairs read frequencies without string lookups.
        var held = keep ? new MemberTerm[StoryDocument.PartCount][] : null;
        // The article was just scored under the same frequencies: its terms' entries are known, in the parts' order, so
        // the table is not asked again. An entry listed then is still the table's while it counts an article or a
        // member holds it (DropKept above may have let some go); one not listed then is still not in the table.
        var known = ReferenceEquals(doc, _termsDoc) && _termsStamp == _stamp ? _terms : null;
        _articles++;
        _stamp++;
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            var part = doc.Parts[p];
            var count = from?.Terms[p].Length ?? part.Count;
            var hold = held is not null;
            // Put writes every element (one per term of the part) before anything reads the array, so it need not be
            // zeroed first (the runtime skips it from 2 KB up: a words part of 128 terms or more). A kept member's term
            // arrays are the largest share of what the assigning thread allocates (MemberTerm[] 4.1 of 14.7 KB per
            // original sampled from 50k to 100k, GCAllocationTick), and memset clearing fresh memory was 9 % of Add's
            // samples (perf, bench stories --stop-at 40000). Same bytes; results identical (bench 20k and 100k moves,
            // opened and F1 to the last digit; ECB+ predictions cmp-identical in file order and seeds 1-3). Two
            // clusterers fed the bench stream article by article in one process, thread CPU around each Assign, 40k,
            // sides swapped between the runs (load 15-20): assigning CPU 29.27 against 29.96 s and 25.42 against
            // 26.03 s (-2.3 %, -2.4 %), the add phase 11.63 against 13.20 s and 13.05 against 13.28 s. One bench
            // pair at 100k under the same load did not show it (assigning CPU 59.3 against 50.5 s, the new build first);
            // a quieter one (load 5-9, main first) 50.0 against 56.9 s, process CPU 87.8 against 97.8 s, but the add
            // phase's wall time 17.4 against 15.8 s: a small gain at most, re-measure at 1M.
            if (hold) held![p] = from?.Terms[p] ?? GC.AllocateUninitializedArray<MemberTerm>(count);
            if (count == 0) continue;
            double squares = 0;
            if (from is null)
                foreach (var (_, w) in Listed(part)) squares += w * w;
            else
                foreach (var (_, w) in from.Terms[p]) squares += w * w;
            var norm = Math.Sqrt(squares);
            var centroid = story.Parts[p];
            // A new story's centroid takes all the article's terms: sized once rather than grown through doublings
            // (a dictionary's order does not depend on its capacity).
            if (centroid.Count == 0) centroid.EnsureCapacity(count);
            // A centroid empty before this article (a new story, a story rebuilt by a repair) holds none of its terms,
            // which are distinct within a part: no posting list holds the story yet, and none is searched.
            var fresh = centroid.Count == 0;
            var all = _stats[p];
            var listed = known?[p];
            var k = 0;
            var i = 0;
            if (from is null)
            {
                var keys = doc.Keys(p);
                foreach (var (term, w) in Listed(part))
                {
                    Put(term, keys[i], w, listed is not null ? listed[i].Stats : null);
                    i++;
                }
            }
            else
                // Put rewrites entry k of the member's array (held) after reading it, never one ahead.
                foreach (var (handle, w) in from.Terms[p]) Put(_entries.At(handle).Term, _entries.At(handle).Key, w, new TermStats(_entries, handle));
            if (centroid.Count > 2 * options.MaxCentroidTerms) Prune(story, p);

            // An entry already in hand is still the table's while it counts an article or a member holds it; one the
            // scored article listed as absent is still absent; otherwise the table says.
            void Put(string term, UInt128 key, double w, TermStats? given)
            {
                TermStats stats;
                if (given is { } inHand && (inHand.Df > 0 || inHand.Refs > 0)) stats = inHand;
                else if (listed is not null && from is null) all.Set(stats = NewStats(term, key, p));
                else if (all.Find(key) is { } found) stats = found;
                else all.Set(stats = NewStats(term, key, p));
                stats.Df++;
                if (hold)
                {
                    stats.Refs++;
                    held![p][k++] = new MemberTerm(stats, w);
                }
                // The story holds the term exactly when the term's postings hold the story: a lookup by story, not by string.
                // Two ways to make these look-ups cheaper were tried at s33-findid and not kept, results identical both
                // (same stories, same F1 at 30k), measured as the add phase's seconds of two clusterers fed the bench
                // stream's first 30,000 items alternated in one process (/work/scratch-s32-add/ab/ab.cs, load 3-7; the
                // same code on both sides differed by 6.06 against 5.11 s there). Every listed term's place found first
                // in a tight loop of independent look-ups, so the misses overlap: 5.50 against 4.79 s, 4.26 against
                // 4.18 (slower both ways round; scoring has just read these lists, so they are mostly cached). The
                // places scoring found for the chosen story kept in its hit rows (SharedHit.Place) and read here for
                // words and names, a term with no hit taken as not held: 39 % of Add's look-ups gone (checked equal to
                // IndexOf's on every one), but 5.71 / 4.13 / 4.08 / 4.20 against 4.69 / 4.73 / 4.04 / 4.39 s: no gain
                // shown above the noise.
                ref var postings = ref stats.Stories;
                var at = fresh ? -1 : postings.IndexOf(story);
                int slot;
                if (at >= 0) slot = postings.At(at).Slot;
                else
                {
                    slot = centroid.Add(stats);
                    at = postings.Add(story, slot, _dead, _postings);
                }
                // The weight lives in the centroid slot and beside the posting: both add the same.
                var add = weight * w / norm;
                postings.At(at).Weight += add;
                centroid.WeightAt(slot) += add;
                centroid.DocsAt(slot)++;
            }
        }
        // Forms and top words before the member is kept: it keeps them as arrays (StoryMember), its document's own
        // tables let go; a member put back reads its arrays, in the same order as its document's tables.
        // A story's first member sizes its name tables once rather than through a dictionary's doublings (the order
        // a dictionary lists does not depend on its capacity).
        if (story.NameForms.Count == 0) story.NameForms.EnsureCapacity(from?.Forms.Length ?? doc.NameForms.Count);
        if (story.LeadNames.Count == 0) story.LeadNames.EnsureCapacity(Math.Min(doc.LeadNames.Count, options.MaxCentroidTerms));
        var forms = from?.Forms ?? AddForms(story, doc, held);
        if (from is not null)
            foreach (var (key, form) in forms) story.NameForms.TryAdd(key, form);
        var top = AddTopWords(story, from?.TopWords, doc);
        if (held is not null && from is not null)
        {
            // The same terms in the same order (entries renewed where the old ones left): the same lead flags.
            from.TopWords = top;
            story.Kept!.Add(from);
        }
        else if (held is not null)
        {
            var heldNames = held[(int)StoryPart.Names];
            var leads = heldNames.Length == 0 ? [] : new bool[heldNames.Length];
            for (var i = 0; i < leads.Length; i++) leads[i] = doc.LeadNames.Contains(heldNames[i].Stats(_entries).Term);
            // The member keeps its terms as entries (above), not the document's part tables: a kept document would pin
            // some tens of KB per member for the collector to trace.
            // Nor its small sets and lists as the builder made them (a HashSet is three objects): arrays in the same
            // order, the lead names and subjects as their entries' strings where they are names (StoryMemberSet).
            var keptDoc = doc with
            {
                Parts = NoParts, NameForms = NoForms, TopWords = NoWords,
                LeadNames = StoryMemberSet.Of(doc.LeadNames, heldNames, _entries), TitleNumbers = StoryMemberSet.Of(doc.TitleNumbers, [], _entries),
                Subjects = doc.Subjects.Count == 0 ? [] : SharedAll(doc.Subjects, heldNames),
                SubjectPerson = doc.SubjectPerson is { } person ? StoryMemberSet.Shared(person, heldNames, _entries) : null,
            };
            story.Kept!.Add(new StoryMember(keptDoc, title, weight, centrality, memberKey)
                { Terms = held, NamesLead = leads, Forms = forms, TopWords = top });
        }
        if (doc.LatestYear is { } year && story.Years.Count < options.MaxCentroidTerms) story.Years.Add(year);
        if (doc.EventMonthDay is { } md && story.EventDaysOfYear.Count < options.MaxCentroidTerms) story.EventDaysOfYear.Add(DayOfYear(md));
        foreach (var n in doc.TitleNumbers)
            if (story.TitleNumbers.Count < options.MaxCentroidTerms) story.TitleNumbers.Add(n);
        AddSubjects(story, doc);
        if (doc.EventYear is { } eventYear && story.EventYears.Count < options.MaxCentroidTerms) story.EventYears.Add(eventYear);
        if (TextDay(doc) is { } textDay) story.WidenText(textDay);
        foreach (var name in doc.LeadNames)
            if (story.LeadNames.Count < options.MaxCentroidTerms || story.LeadNames.ContainsKey(name))
                story.LeadNames[name] = story.LeadNames.GetValueOrDefault(name) + 1;
        story.Members++;
        story.Indexed++;
        story.Version++;
        if (title is not null && centrality > story.HeadlineCentrality)
        {
            story.Headline = title;
            story.HeadlineCentrality = centrality;
        }
        Retime(story, doc.When);
    }

    /// <summary>
    /// Adds the document's names' forms the story lacks; with held (the member is kept), returns them as the member
    /// keeps them: a key as its term's entry's string (names and forms list the same names in the same order; a key
    /// that differs stays its own), a form as the story's where they agree, so a kept member pins no strings of its own
    /// for either. Empty when not kept.
    /// </summary>
    private KeyValuePair<string, string>[] AddForms(LiveStory story, StoryDocument doc, MemberTerm[][]? held)
    {
        var kept = held is null || doc.NameForms.Count == 0 ? [] : new KeyValuePair<string, string>[doc.NameForms.Count];
        var names = held?[(int)StoryPart.Names];
        var i = 0;
        foreach (var (key, form) in doc.NameForms)
        {
            // As TryAdd, the story's first form of a name stays.
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(story.NameForms, key, out var exists);
            if (!exists) known = form;
            if (kept.Length == 0) continue;
            var term = names is not null && i < names.Length && string.Equals(names[i].Stats(_entries).Term, key, StringComparison.Ordinal) ? names[i].Stats(_entries).Term : key;
            kept[i++] = new(term, string.Equals(known, form, StringComparison.Ordinal) ? known! : form);
        }
        return kept;
    }

    /// <summary>
    /// Queues the member's top words (its document's, or a kept member's own when put back) in the story's MemberWords,
    /// each with its live entry found by term, and returns the queued array (empty when none).
    /// </summary>
    private MemberTerm[] AddTopWords(LiveStory story, MemberTerm[]? kept, StoryDocument doc)
    {
        if (kept is not null ? kept.Length == 0 : doc.TopWords.Count == 0) return [];
        var words = _stats[(int)StoryPart.Words];
        // Filled in place, not through Select and ToArray: an enumerator and the grown copies were a member's garbage.
        MemberTerm[] member;
        var i = 0;
        if (kept is not null)
        {
            member = new MemberTerm[kept.Length];
            foreach (var t in kept) member[i++] = Held(t.Stats(_entries).Term, t.Stats(_entries).Key, t.Weight);
        }
        else
        {
            member = new MemberTerm[doc.TopWords.Count];
            foreach (var (term, w) in Listed(doc.TopWords)) member[i++] = Held(term, TermTable.Key(term), w);
        }
        foreach (var t in member) t.Stats(_entries).Refs++;
        story.MemberWords.Enqueue(member);
        if (story.MemberWords.Count > options.MaxMemberVectors) Release(story.MemberWords.Dequeue());
        return member;

        MemberTerm Held(string term, UInt128 key, double w)
        {
            if (words.Find(key) is not { } stats) words.Set(stats = NewStats(term, key, (int)StoryPart.Words));
            return new(stats, w);
        }
    }

    private string[] SharedAll(IReadOnlyList<string> texts, MemberTerm[] shared)
    {
        var all = new string[texts.Count];
        for (var i = 0; i < all.Length; i++) all[i] = StoryMemberSet.Shared(texts[i], shared, _entries);
        return all;
    }

    private static readonly IReadOnlyDictionary<string, string> NoForms = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, double> NoWords = new Dictionary<string, double>();

    private static readonly IReadOnlyDictionary<string, double>[] NoParts =
        Enumerable.Range(0, StoryDocument.PartCount).Select(_ => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>()).ToArray();

    /// <summary>Keeps a story's heaviest terms; the rest leave the frequencies and the index as if their members closed.</summary>
    /// <remarks>
    /// The slots are sorted in a reused buffer rather than through LINQ's ordering (an iterator, keys, a map and a list
    /// per prune): the order, heavier first and then by term, is total (a centroid's terms are distinct), so any sort
    /// gives the one a stable sort gave, and the dropped slots are forgotten and freed in that order as before.
    /// </remarks>
    private void Prune(LiveStory story, int p)
    {
        var centroid = story.Parts[p];
        var n = centroid.Count;
        if (_pruneSlots.Length < n) _pruneSlots = new (double, int)[Math.Max(n, 2 * _pruneSlots.Length)];
        var slots = _pruneSlots.AsSpan(0, n);
        var i = 0;
        foreach (var slot in centroid) slots[i++] = (centroid.WeightAt(slot), slot);
        slots.Sort(new HeavierFirst(centroid));
        var drop = slots[Math.Min(n, options.MaxCentroidTerms)..];
        foreach (var (_, slot) in drop) Forget(story, centroid, slot);
        foreach (var (_, slot) in drop) centroid.Remove(slot);
        if (p == (int)StoryPart.Names)
            foreach (var key in story.NameForms.Keys.Where(k => !centroid.ContainsKey(k)).ToList()) story.NameForms.Remove(key);
    }

    // Prune's slots with their weights, reused from prune to prune.
    private (double Weight, int Slot)[] _pruneSlots = [];

    // Prune's order, heavier first and then by term: the weights ride with the slots and a struct comparer lets the
    // sort inline the comparison, where a delegate over slots read both weights through the centroid on every call.
    private readonly struct HeavierFirst(Centroid centroid) : IComparer<(double Weight, int Slot)>
    {
        public int Compare((double Weight, int Slot) a, (double Weight, int Slot) b) =>
            a.Weight != b.Weight
                ? b.Weight.CompareTo(a.Weight)
                : string.CompareOrdinal(centroid.StatsAt(a.Slot).Term, centroid.StatsAt(b.Slot).Term);
    }

    private void Forget(LiveStory story, Centroid centroid, int slot)
    {
        _stamp++;
        var stats = centroid.StatsAt(slot);
        stats.Df -= centroid.DocsAt(slot);
        stats.Stories.Remove(story);
        if (stats.Df <= 0 && stats.Refs == 0) Drop(stats);
    }

    /// <summary>
    /// A closed story's term: as Forget, but the story's entry stays in the term's list, counted out (Vacate), for a
    /// later sweep to take.
    /// </summary>
    private void Vacate(Centroid centroid, int slot)
    {
        _stamp++;
        var stats = centroid.StatsAt(slot);
        stats.Df -= centroid.DocsAt(slot);
        stats.Stories.Vacate();
        if (stats.Df <= 0 && stats.Refs == 0) Drop(stats);
    }

    /// <summary>Sweeps every closed story's entries out of every list, so that no id reads as closed.</summary>
    private void Revive()
    {
        foreach (var table in _stats)
            foreach (var stats in table.Values)
                stats.Stories.Sweep(_dead, _postings);
        _dead.Clear();
    }

    /// <summary>A member vector leaves its story: its entries go once no frequency and no other member holds them.</summary>
    private void Release(MemberTerm[] member)
    {
        foreach (var t in member)
            if (t.Stats(_entries) is var stats && --stats.Refs == 0 && stats.Df <= 0) Drop(stats);
    }

    /// <summary>An entry no article counts and no member holds leaves its table, and its id goes back to the frequencies.</summary>
    private void Drop(TermStats stats)
    {
        if (_holdingBack)
        {
            _heldBack.Add(stats);
            return;
        }
        var listed = stats.Id != 0;
        _stats[stats.Part].Remove(stats);
        _frequencies.Give(stats);
        stats.Stories.Release(_postings);
        if (listed) _leftStats.Add(stats);
    }

    /// <summary>
    /// An entry for a term the table lacks: a spare one renewed, or a new one. A stream's terms enter and leave the
    /// tables at one rate, and an entry object was the largest part of what Add allocated (~200 B each, 37 % of Add's
    /// bytes at 20k). Figures with the posting arrays' pool: PostingPool.
    /// Tried and not kept (branch s28-alloc): pooling a kept member's arrays (terms per part, their holder, repair
    /// vectors, name forms, lead flags, top words) by exact length, given back at the next arrival once the member left
    /// every story for good (a member that left its story may still be read by a repair in progress). Results identical;
    /// the assigning thread's allocation at 100k fell 22.3 -> 18.9 KB per original and minor page faults ~5 %, but the
    /// time did not follow: `lede bench stories --stop-at 100000 --checkpoint 20000 --checkpoint 100000 --json`, stories/25
    /// with the MemberMax change, without / with the pool alternated on quiet cores (load 2-4.7, 2026-11-25 07:44-07:48):
    /// assigning thread 40.8 / 41.9 s and 43.6 / 53.0 s, update_add 8.2 / 9.3 s and 9.5 / 10.6 s, GC pauses 3.3 / 2.9 and
    /// 3.2 / 3.3 s. An ownership rule for every array is not worth a saving the clock does not show.
    /// </summary>
    private TermStats NewStats(string term, UInt128 key, int part) =>
        _spareStats.TryPop(out var spare) ? spare.Renew(term, key, part) : _entries.New(term, key, part);

    /// <summary>
    /// At an article's start, the entries that left their tables during the last one become spare. Not sooner: within
    /// an assignment, lists taken before a drop (the scored article's terms, the rare lead names, a kept member's terms
    /// put back) still hold entries that left and tell them by their counts at 0; a renewed one would count another
    /// term's articles. The stamp moves so that no cached article terms outlive the hand-over; the majority leads,
    /// cached per story across articles, tell a renewed entry by its term (Leads).
    /// </summary>
    private void SpareLeftStats()
    {
        LetGoHeldBack();
        if (_leftStats.Count == 0) return;
        foreach (var stats in _leftStats) _spareStats.Push(stats);
        _leftStats.Clear();
        _stamp++;
    }

    /// <summary>
    /// A rebuild's close (CloseToReopen) keeps in their tables the entries it leaves at no count and no member, since
    /// the rebuild puts the same members back at once: taking each out and filing it again (TermTable.Remove, then Set
    /// with a renewed entry) was most of a split's own work. Those the rebuild did not take up again leave here, at
    /// the assignment's end, as they would have left at the close (an entry no longer filed under its key, replaced
    /// by a new one in the meantime, only gives its id and handle back). Until then a held-back entry reads as a term no live
    /// article carries, as the absent one did: count 0, no story.
    /// </summary>
    private void LetGoHeldBack()
    {
        if (_heldBack.Count == 0) return;
        foreach (var stats in _heldBack)
        {
            if (stats.Df > 0 || stats.Refs > 0 || stats.Id == 0) continue;
            if (_stats[stats.Part].Find(stats.Key) is { } filed && filed == stats) Drop(stats);
            else
            {
                _frequencies.Give(stats);
                stats.Stories.Release(_postings);
                _leftStats.Add(stats);
            }
        }
        _heldBack.Clear();
    }

    private bool _holdingBack;
    private readonly List<TermStats> _heldBack = [];

    // Not bounded: an entry is a handle to a place in the store's chunks (TermEntries), which never shrink, so a handle
    // not kept here would be a place lost for the rest of the stream. The spares are at most the most entries ever live
    // less those live now. (As objects they were bounded at 65,536, ~13 MB, so that they never held the heap up.)
    private readonly List<TermStats> _leftStats = [];
    private readonly Stack<TermStats> _spareStats = new();

    /// <summary>The story stops keeping its members: their terms' entries are released.</summary>
    private void DropKept(LiveStory story)
    {
        if (story.Kept is not { } kept) return;
        foreach (var m in kept)
            foreach (var part in m.Terms)
                Release(part);
        story.Kept = null;
    }

    private void Retime(LiveStory story, DateTimeOffset? when)
    {
        _byTouch.Remove(story.Touched, story.Id);
        if (story.Quiet) Unquiet(story);
        story.Touched = ++_clock;
        _byTouch.Add(story.Touched, story.Id);
        if (when is { } w)
        {
            story.Widen(w);
            if (_newest is null || w > _newest) _newest = w;
        }
    }

    private void Unquiet(LiveStory story)
    {
        _quietByLast.Remove((story.Last!.Value.UtcTicks, story.Id));
        story.Quiet = false;
    }

    /// <summary>
    /// Closes the stories quiet both by arrivals (no member in the last QuietArrivals) and by the window (by article
    /// dates), and the least recently touched past the cap. Each story becomes arrival-quiet once per touch, so the
    /// work per article stays constant however many stories are live.
    /// </summary>
    private void CloseQuiet()
    {
        LetGoHeldBack();
        var quietBelow = _clock - options.QuietArrivals;
        if (quietBelow > _quietUpTo && _byTouch.Count > 0)
        {
            foreach (var id in _byTouch.Between(_quietUpTo + 1, quietBelow))
            {
                var story = _live[id];
                if (story.Last is not { } last) continue;
                _quietByLast.Add((last.UtcTicks, id));
                story.Quiet = true;
            }
            _quietUpTo = quietBelow;
        }
        if (_newest is { } newest)
        {
            var cutoff = (newest - options.Window).UtcTicks;
            while (_quietByLast.Count > 0 && _quietByLast.Min.Ticks < cutoff) Close(_quietByLast.Min.Id);
        }
        while (_live.Count > options.MaxLiveStories) Close(_byTouch.Oldest);
    }

    /// <remarks>
    /// A story that closes for good (the window, the cap, a merge, a take-back) leaves its entries in its terms' posting
    /// lists, counted out (StoryPostings.Vacate) and its id listed dead (DeadStories), for the lists to sweep out as
    /// they fill or as retrieval walks them: searching each term's list for the story (StoryPostings.Find, 47 % of
    /// Close's samples at s22) was most of closing. Every reader of a list's length reads the live count, retrieval
    /// skips a dead id's entry, and a walk that looks for live stories by id never meets one, so nothing read changes.
    /// A rebuild (split, member move) reopens the story under its id at once: its close takes the entries out now.
    /// Removing by a stored place instead was weighed at stories/14 and not done: a posting list removes by moving its
    /// last entry into the gap, so every place a story stored would need rewriting as other stories leave the list.
    /// </remarks>
    private void Close(long id) => Close(id, reopened: false);

    /// <summary>
    /// Closes a story whose id a new story takes at once (a split's or a member move's rebuild): its entries leave the
    /// lists now, since a closed story is told from a live one by its id.
    /// </summary>
    private void CloseToReopen(long id) => Close(id, reopened: true);

    private void Close(long id, bool reopened)
    {
        var story = _live[id];
        _holdingBack = reopened;
        while (story.MemberWords.Count > 0) Release(story.MemberWords.Dequeue());
        DropKept(story);
        if (!reopened)
        {
            _dead.Add(id);
            story.Closed = true;
        }
        for (var p = 0; p < StoryDocument.PartCount; p++)
        {
            foreach (var slot in story.Parts[p])
                if (reopened) Forget(story, story.Parts[p], slot);
                else Vacate(story.Parts[p], slot);
            story.Parts[p].Release();
        }
        _holdingBack = false;
        _articles -= story.Indexed;
        _stamp++;
        _byTouch.Remove(story.Touched, id);
        if (story.Quiet) Unquiet(story);
        _live.Remove(id);
        StoryClosed?.Invoke(id);
    }

    private static double P(double z) => 1 / (1 + Math.Exp(-z));

    private static string Describe(StoryFeatures f)
    {
        var s = string.Create(CultureInfo.InvariantCulture,
            $"words {f.Words:0.00}, title {f.Title:0.00}, names {f.Names:0.00}, numbers {f.Numbers:0.00}");
        if (f.TitleNumberConflict > 0) s += ", title numbers differ";
        if (f.YearConflict > 0) s += ", names another year";
        if (f.LeadConflict > 0) s += ", leads name another subject";
        if (f.TextDateConflict > 0) s += ", its text dates it months away";
        if (f.GapDays is { } gap) s += string.Create(CultureInfo.InvariantCulture, $", {gap:0.#} days apart");
        return s;
    }

    /// <summary>
    /// Why an article joined: its probability, its features, and the shared terms and names that weighed most. The
    /// terms are picked now (the story changes as the article joins); the text is written when first read.
    /// </summary>
    private Func<string> Reason(StoryDocument doc, LiveStory story, StoryCandidate best, StoryCandidate? second)
    {
        var names = Shared(doc, story, StoryPart.Names);
        for (var i = 0; i < names.Length; i++)
            names[i] = story.NameForms.GetValueOrDefault(names[i], doc.NameForms.GetValueOrDefault(names[i], names[i]));
        var words = Shared(doc, story, StoryPart.Words);
        var bridgeWeight = options.BridgeWeight;
        return () =>
        {
            var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"joined p={P(best.Score):0.00} ({Describe(best.Features)})"));
            sb.Append("; names: ").Append(string.Join(", ", names.DefaultIfEmpty("none")));
            sb.Append("; terms: ").Append(string.Join(", ", words.DefaultIfEmpty("none")));
            if (second is not null)
                sb.Append(CultureInfo.InvariantCulture, $"; also close to story {second.StoryId} (p={P(second.Score):0.00}): joined as a bridge, its terms weigh {bridgeWeight}");
            return sb.ToString();
        };
    }

    // The reason's heaviest shared terms so far, reused from article to article.
    private (string Term, double W)[] _sharedTop = [];

    /// <summary>
    /// The article's terms of a part that the story holds, heaviest shared weight first, ties by term: read off the
    /// article's terms and their postings (the reason is written before the article joins, under the same frequencies).
    /// The top ReasonTerms are kept by insertion as the terms pass, not by sorting every shared term.
    /// </summary>
    private string[] Shared(StoryDocument doc, LiveStory story, StoryPart part)
    {
        var k = Math.Max(0, options.ReasonTerms);
        if (_sharedTop.Length < k) _sharedTop = new (string, double)[k];
        var top = _sharedTop;
        var count = 0;
        var terms = Terms(doc, (int)part);
        if (k > 0 && Accumulated(doc, story) && _hits[(int)part] is { } hits)
        {
            // The candidate's hits from Accumulate: the terms the loop below finds, with the same weights (a posting's
            // weight is what TryGetWeight reads), in the same order, so the same top terms.
            foreach (var (term, held) in hits.AsSpan(story.Slot * terms.Length, _hitCounts[(int)part][story.Slot]))
                Keep(terms[term], held);
        }
        else
            foreach (var t in terms)
                if (k > 0 && t.Stats is { } stats && stats.Stories.TryGetWeight(story, out var held))
                    Keep(t, held);
        var shared = new string[count];
        for (var i = 0; i < count; i++) shared[i] = top[i].Term;
        return shared;

        void Keep(in ArticleTerm t, double held)
        {
            var w = t.Weight * held * Math.Pow(t.Idf, 2);
            if (count == k && !Heavier(w, t.Term, top[k - 1])) return;
            var i = count < k ? count++ : k - 1;
            for (; i > 0 && Heavier(w, t.Term, top[i - 1]); i--) top[i] = top[i - 1];
            top[i] = (t.Term, w);
        }
    }

    /// <summary>The reason's order: heavier first, then by term (terms are distinct within a part, so it is total).</summary>
    private static bool Heavier(double w, string term, (string Term, double W) than) =>
        w != than.W ? w > than.W : string.CompareOrdinal(term, than.Term) < 0;
}
