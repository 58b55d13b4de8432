using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Lede.Entities;
using Lede.Text;
using Lucene.Net.Analysis.En;

namespace Lede.Stories;

/// <summary>The parts of an article that the stories stage compares; each is a bag of terms.</summary>
public enum StoryPart { Words = 0, Title = 1, Names = 2, Numbers = 3 }

/// <summary>
/// An article as the stories stage sees it: term weights per part (sublinear term frequency), the numbers of its
/// title, and its date: the event date when the dates stage has one, else the publication date.
/// </summary>
public sealed record StoryDocument(
    IReadOnlyDictionary<string, double>[] Parts,
    IReadOnlySet<string> TitleNumbers,
    IReadOnlyDictionary<string, string> NameForms,
    int? LatestYear,
    DateTimeOffset? When)
{
    public IReadOnlyDictionary<string, double> this[StoryPart part] => Parts[(int)part];

    /// <summary>The term weights per part (StoryPart's order).</summary>
    public IReadOnlyDictionary<string, double>[] Parts
    {
        get => _parts;
        // Other parts, other keys: a copy `with` other parts does not share (nor keep alive) the original's keys, as a
        // kept member's document would keep its article's parts through them.
        init => (_parts, _keys) = (value, new KeyCache());
    }

    private readonly IReadOnlyDictionary<string, double>[] _parts = Parts;

    public static int PartCount => 4;

    /// <summary>
    /// The calendar day of the event when the text names one, year or not ("16 March" counts): two events
    /// months apart in the calendar are different events even when neither year is known.
    /// </summary>
    public (int Month, int Day)? EventMonthDay { get; init; }

    /// <summary>
    /// Whether EventMonthDay can separate this article from a story: true for a day a publication date
    /// anchors, or a day named without a year; a full date read from an undated text may be background.
    /// </summary>
    public bool EventDaySeparates { get; init; }

    /// <summary>The year of the event date the dates stage read, when it read a full date (text or publication).</summary>
    public int? EventYear { get; init; }

    /// <summary>
    /// The names of the lead: those the title or the first sentences of the body carry. A report names its subject
    /// there (who died, who was arrested, whom the champion beat); background names come later.
    /// </summary>
    public IReadOnlySet<string> LeadNames { get; init; } = EmptyNames;

    /// <summary>
    /// Whether the title is only a dateline ("Saturday, August 24, 2013", "updated 8:41 p.m. EST, Tue March 3, 2009"):
    /// days, months, years, clock times and their words, nothing else. Its numbers name no edition of an event, so the
    /// near join's title-number guard passes it by (StoryOptions.NearJoinDatelineTitles).
    /// </summary>
    public bool TitleIsDateline { get; init; }

    /// <summary>The article's heaviest word terms (by sublinear frequency), kept by a story to compare members one by one.</summary>
    public IReadOnlyDictionary<string, double> TopWords { get; init; } = EmptyWords;

    /// <summary>
    /// The article's subjects from the entities stage (title and lead, ranked), by entity key ("lindsay lohan"): who
    /// or what the report is about.
    /// </summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>The first of Subjects that the entities stage marks as a person, if any: the event's protagonist.</summary>
    public string? SubjectPerson { get; init; }

    /// <summary>
    /// The weekdays the title and lead name (bit 0 Sunday … bit 6 Saturday; 0 when none): a report says on which day
    /// its event happened ("fired on Saturday"), undated texts included (see StoryWhen).
    /// </summary>
    public int LeadWeekdays { get; init; }

    private static readonly IReadOnlySet<string> EmptyNames = new HashSet<string>(StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, double> EmptyWords = new Dictionary<string, double>(StringComparer.Ordinal);

    // Shared by the copies `with` makes with the same parts (Parts' init gives a copy with other parts a cache of its own).
    private KeyCache _keys = new();

    /// <summary>
    /// The part's term keys (TermTable.Key) in the order the part lists its terms. The featurizer takes them on the
    /// thread that builds the document (TakeKeys), so that the assigning thread resolves terms without hashing a string.
    /// </summary>
    internal UInt128[] Keys(int part)
    {
        var taken = _keys.Taken;
        if (taken is null || !ReferenceEquals(taken.Parts, Parts)) _keys.Taken = taken = new TakenKeys(Parts, Take(Parts));
        System.Diagnostics.Debug.Assert(taken.Keys[part].Length == Parts[part].Count, "a part changed after its keys were taken");
        return taken.Keys[part];
    }

    /// <summary>Takes the terms' keys now, on the calling thread.</summary>
    internal void TakeKeys() => Keys(0);

    private static UInt128[][] Take(IReadOnlyDictionary<string, double>[] parts)
    {
        var keys = new UInt128[parts.Length][];
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            var k = keys[p] = new UInt128[part.Count];
            var i = 0;
            // The listing order of the part as the clusterer walks it (a dictionary's own enumerator lists the same).
            if (part is Dictionary<string, double> table)
                foreach (var (term, _) in table) k[i++] = TermTable.Key(term);
            else
                foreach (var (term, _) in part) k[i++] = TermTable.Key(term);
        }
        return keys;
    }

    private sealed record TakenKeys(IReadOnlyDictionary<string, double>[] Parts, UInt128[][] Keys);

    /// <summary>A cache, not part of the document's value: any two are equal, so records compare as before.</summary>
    private sealed class KeyCache
    {
        public volatile TakenKeys? Taken;

        public override bool Equals(object? obj) => obj is KeyCache;

        public override int GetHashCode() => 0;
    }
}

/// <summary>
/// Turns a title and text into a StoryDocument: Lucene's English analyzer (standard tokenizer, stop words,
/// Porter stems) for words; capitalised runs for names, until Lede has an entity stage; digit tokens for numbers.
/// </summary>
public sealed class StoryFeaturizer(StoryOptions options)
{
    private readonly EntityReader _entities = new();

    [ThreadStatic] private static Scratch? _scratch;

    /// <param name="entities">The entities stage's record of the article; read here when the caller has none.</param>
    public StoryDocument Build(string? title, string text, DateTimeOffset? eventDate, DateTimeOffset? published, ArticleEntities? entities = null)
    {
        var scratch = _scratch ??= new Scratch();
        title = title?.Trim() ?? "";
        // An article that is only a title (a wire flash, a feed entry) is judged by its title.
        var body = string.IsNullOrWhiteSpace(text) ? title : text;
        var titleWords = Stems(title);
        var words = Stems(body);
        foreach (var (term, n) in titleWords)
            words[term] = words.GetValueOrDefault(term) + options.TitleWeight * n;

        // The body and the title are tokenised once for names, numbers, the lead and its weekdays.
        var titleTokens = scratch.TitleTokens;
        Tokenize(title, titleTokens);
        var bodyTokens = scratch.BodyTokens;
        Tokenize(body, bodyTokens);
        // Sized at the body's capitalised words, about the names it will hold (runs add some, repeats take some), so
        // that the tables do not grow by steps (a table's order is its additions' either way).
        var capitalised = 0;
        foreach (var t in bodyTokens)
            if (t.Capitalised) capitalised++;
        var forms = new Dictionary<string, string>(capitalised, StringComparer.Ordinal);
        var names = new Dictionary<string, double>(capitalised, StringComparer.Ordinal);
        scratch.Lower.Reset(body, bodyTokens, bodyTokens.Count);
        Names(body, bodyTokens, bodyTokens.Count, names, forms, null, scratch);
        // Read only when asked for (ReadEntities): about a sixth of the stage's time (bench, 10k articles), wasted on a
        // join model that does not weigh the subjects. Without EntityNames only the subjects are read, and only their
        // keys and the first person kept (EntityReader.ReadSubjects: the same as Read's, without its records).
        var subjectKeys = scratch.Subjects;
        subjectKeys.Clear();
        string? person = null;
        if (entities is null && options.ReadEntities && options.EntityNames <= 0) _entities.ReadSubjects(title, body, subjectKeys, out person);
        else
        {
            if (entities is null && options.ReadEntities) entities = _entities.Read(title, body);
            entities ??= ArticleEntities.Empty;
            if (options.EntityNames > 0) Canonical(names, forms, entities);
            foreach (var e in entities.Subjects)
                if (e.Person)
                {
                    person = e.Key;
                    break;
                }
            foreach (var e in entities.Subjects) subjectKeys.Add(e.Key);
        }
        // Sized at the digit tokens, the most it can hold, so that it does not grow by steps.
        var numbers = new Dictionary<string, double>(DigitTokens(body, bodyTokens) + DigitTokens(title, titleTokens), StringComparer.Ordinal);
        var titleNumbers = new HashSet<string>(StringComparer.Ordinal);
        Numbers(body, bodyTokens, numbers, null);
        Numbers(title, titleTokens, numbers, titleNumbers);
        var leadEnd = LeadEnd(body, options.LeadSentences);
        var leadTokens = LeadTokens(body, leadEnd, scratch);
        var lead = LeadNames(title, titleTokens, body, leadTokens, names, scratch);
        // The lead's year when it names one: a body's later years are often background or outlook ("until 2011").
        var year = options.YearsFromLead
            ? LatestYear(body, leadTokens, title, titleTokens) ?? LatestYear(body, bodyTokens)
            : LatestYear(body, bodyTokens, title, titleTokens);
        var doc = new StoryDocument(
            [Sublinear(words), Sublinear(titleWords), Sublinear(names), Sublinear(numbers)],
            titleNumbers, forms, year, eventDate ?? published);
        var subjects = new List<string>(subjectKeys.Count);
        subjects.AddRange(subjectKeys);
        subjectKeys.Clear();
        var built = doc with
        {
            Subjects = subjects,
            SubjectPerson = person,
            LeadNames = lead,
            TitleIsDateline = titleNumbers.Count > 0 && IsDateline(title, titleTokens),
            LeadWeekdays = Weekdays(title, titleTokens) | Weekdays(body, leadTokens),
            // The concrete table (the same as doc's words part): its struct enumerator, not the interface's.
            TopWords = TopWords(words, scratch),
        };
        // Here, on the builder's thread (parallel in a stream), not on the single thread that assigns.
        built.TakeKeys();
        return built;
    }

    /// <summary>
    /// The MemberTerms heaviest words, heaviest first, ties in ordinal order. Kept sorted as they come, each word
    /// against the lightest kept: most of an article's words are lighter than its MemberTerms-th and cost one comparison,
    /// where sorting them all cost about a twentieth of the build (bench, 5,000 articles).
    /// Still about a sixteenth of the build's samples (s30-build, perf, featurizing the bench stream's first 17,477
    /// originals on one thread), nearly all in this loop. Tried (result-identical): the ties settled by the words' first
    /// four characters packed in a ulong before comparing strings (no change: 6.3 % to 6.1 % of samples), then the
    /// insertion moving indices into the thread's arrays of keys, weights and prefixes rather than the entries themselves
    /// (5.3 %); with StoryStems' character cache and Sublinear's weight table, 146.3 against 143.4 us per original (see
    /// StoryStems): not kept.
    /// Now (s32-tokens) selected rather than insertion-sorted: the MemberTerms-th heaviest weight is found among the
    /// weights alone (a quickselect over doubles), the words heavier than it are sorted, and the words of that weight
    /// (most often the many said once) are sorted by key to fill the rest. The insertion compared most words' keys
    /// against the kept ones' (their weights tie), several times over. The same words in the same order (story-docs dump
    /// byte-identical). Both ways on the words of the bench stream's first 17,477 originals (138 words on average), in
    /// one process, alternated per article with its table warm: 16.1 us per article (median of 8 rounds 21.8) against
    /// 8.6 (12.6).
    /// </summary>
    private Dictionary<string, double> TopWords(Dictionary<string, double> words, Scratch scratch)
    {
        var k = Math.Clamp(options.MemberTerms, 0, words.Count);
        var top = new Dictionary<string, double>(k, StringComparer.Ordinal);
        if (k == 0) return top;
        var n = words.Count;
        // Fewer than k words are heavier than the k-th: the thread's own array holds them (an article's garbage
        // otherwise). The weights and the ties, one per word, are the shared pool's: a builder thread's arrays grown to
        // its longest article were made again by each new pool thread (bench at 100k: 172 bytes per original more).
        // All are cleared below so that they hold no article's strings.
        if (scratch.Top.Length < k) scratch.Top = new KeyValuePair<string, double>[k];
        var pooledWeights = ArrayPool<double>.Shared.Rent(n);
        var ties = ArrayPool<KeyValuePair<string, double>>.Shared.Rent(n);
        var weights = pooledWeights.AsSpan(0, n);
        var i = 0;
        foreach (var kv in words) weights[i++] = kv.Value;
        var threshold = KthHeaviest(weights, k - 1);
        ArrayPool<double>.Shared.Return(pooledWeights);
        var above = scratch.Top;
        int m = 0, t = 0;
        foreach (var kv in words)
            if (kv.Value > threshold) above[m++] = kv;
            else if (kv.Value == threshold) ties[t++] = kv;
        // Words are distinct, so the order is total and any sort gives the one a full sort would.
        above.AsSpan(0, m).Sort(static (a, b) => b.Value.CompareTo(a.Value) is var c && c != 0 ? c : string.CompareOrdinal(a.Key, b.Key));
        ties.AsSpan(0, t).Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var j = 0; j < m; j++) top.Add(above[j].Key, above[j].Value);
        for (var j = 0; j < k - m; j++) top.Add(ties[j].Key, ties[j].Value);
        Array.Clear(above, 0, m);
        Array.Clear(ties, 0, t);
        ArrayPool<KeyValuePair<string, double>>.Shared.Return(ties);
        return top;
    }

    /// <summary>The weight at rank (0 the heaviest) of the weights in descending order; reorders them.</summary>
    private static double KthHeaviest(Span<double> weights, int rank)
    {
        int lo = 0, hi = weights.Length;
        while (true)
        {
            var pivot = weights[lo + (hi - lo) / 2];
            // Three ways, as weights repeat: [lo, lt) heavier than the pivot, [lt, gt) equal, [gt, hi) lighter.
            int lt = lo, at = lo, gt = hi;
            while (at < gt)
            {
                var w = weights[at];
                if (w > pivot)
                {
                    weights[at++] = weights[lt];
                    weights[lt++] = w;
                }
                else if (w < pivot)
                {
                    gt--;
                    weights[at] = weights[gt];
                    weights[gt] = w;
                }
                else at++;
            }
            if (rank < lt) hi = lt;
            else if (rank >= gt) lo = gt;
            else return pivot;
        }
    }

    private static int Weekdays(string text, List<Token> tokens)
    {
        var mask = 0;
        foreach (var t in tokens) mask |= StoryWhen.Weekday(t.Of(text));
        return mask;
    }

    /// <summary>
    /// Variants collapse on the entity's full name: "Lindsay Lohan" said once and "Lohan" four times is a name said
    /// five times, as much the article's main actor as a name spelled out in full five times.
    /// </summary>
    private void Canonical(Dictionary<string, double> names, Dictionary<string, string> forms, ArticleEntities entities)
    {
        foreach (var e in entities.Entities)
        {
            if (!e.Key.Contains(' ', StringComparison.Ordinal) || e.Mentions < 2) continue;
            names[e.Key] = Math.Max(names.GetValueOrDefault(e.Key), options.EntityNames * e.Mentions);
            forms.TryAdd(e.Key, e.Name);
        }
    }

    /// <summary>
    /// Names of the body's first LeadSentences sentences, and the body's names that the title spells out (a title in
    /// capitals or title case yields no names of its own, but "Jamal Williams arrested" still names him).
    /// </summary>
    private static HashSet<string> LeadNames(string title, List<Token> titleTokens, string body, List<Token> leadTokens,
        Dictionary<string, double> names, Scratch scratch)
    {
        // A capitalised word said once may be a sentence's opening ("However", "One"); a subject is named again.
        var lead = new HashSet<string>(StringComparer.Ordinal);
        // The lead's tokens are the body's first ones: the body's lower-case words serve, narrowed to them.
        scratch.Lower.Narrow(leadTokens.Count);
        Names(body, leadTokens, leadTokens.Count, names, null, lead, scratch);
        if (title.Length > 0)
        {
            var titleWords = TitleWords(title, titleTokens, scratch);
            foreach (var (key, n) in names)
                if ((key.Contains(' ', StringComparison.Ordinal) || n >= 2) && HasWords(titleWords, key))
                    lead.Add(key);
        }
        return lead;
    }

    /// <summary>
    /// The title's tokens in lower case, each between spaces (" jamal williams arrested "), in the thread's buffer (no
    /// builder and string per article), valid until the next call.
    /// </summary>
    private static ReadOnlySpan<char> TitleWords(string title, List<Token> tokens, Scratch scratch)
    {
        // Tokens do not overlap and lowering keeps a length: the words fit in the title's length and two spaces.
        if (scratch.TitleWords.Length < title.Length + 2) scratch.TitleWords = new char[Math.Max(title.Length + 2, 2 * scratch.TitleWords.Length)];
        var buffer = scratch.TitleWords;
        var n = 0;
        buffer[n++] = ' ';
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) buffer[n++] = ' ';
            var lowered = scratch.Lowered(tokens[i].Of(title));
            lowered.CopyTo(buffer.AsSpan(n));
            n += lowered.Length;
        }
        buffer[n++] = ' ';
        return buffer.AsSpan(0, n);
    }

    /// <summary>Whether the words (between spaces, as TitleWords writes them) hold the key as whole words.</summary>
    private static bool HasWords(ReadOnlySpan<char> words, string key)
    {
        var from = 0;
        while (from < words.Length)
        {
            var at = words[from..].IndexOf(key, StringComparison.Ordinal);
            if (at < 0) return false;
            at += from;
            if (at > 0 && words[at - 1] == ' ' && at + key.Length < words.Length && words[at + key.Length] == ' ') return true;
            from = at + 1;
        }
        return false;
    }

    /// <summary>The length of the text up to the end of its n-th sentence (a line break or . ! ? followed by a space).</summary>
    internal static int LeadEnd(string body, int sentences)
    {
        int seen = 0, start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            // "Mr." and "U.S." end no sentence: a capital just before the stop marks an abbreviation.
            var end = c == '\n' || (c is '.' or '!' or '?' && i + 1 < body.Length && char.IsWhiteSpace(body[i + 1]) && i > 3 && !char.IsUpper(body[i - 2]));
            if (!end) continue;
            if (!body.AsSpan(start, i - start).IsWhiteSpace() && ++seen >= sentences) return i + 1;
            start = i + 1;
        }
        return body.Length;
    }

    /// <summary>
    /// The tokens of the lead (the body up to leadEnd) as if it were tokenised alone: the body's first ones, but a
    /// line the lead cuts short is judged for capitals on the lead's part of it.
    /// </summary>
    private static List<Token> LeadTokens(string body, int leadEnd, Scratch scratch)
    {
        var lead = scratch.LeadTokens;
        lead.Clear();
        var bodyTokens = scratch.BodyTokens;
        var count = 0;
        while (count < bodyTokens.Count && bodyTokens[count].Start < leadEnd) count++;
        var lineStart = leadEnd < body.Length ? body.LastIndexOf('\n', leadEnd - 1) + 1 : 0;
        var capsLine = leadEnd < body.Length && IsCapsLine(body.AsSpan(lineStart, leadEnd - lineStart));
        for (var i = 0; i < count; i++)
        {
            var t = bodyTokens[i];
            lead.Add(leadEnd < body.Length && t.Start >= lineStart ? t with { CapsLine = capsLine } : t);
        }
        return lead;
    }

    /// <summary>
    /// The text's stems, counted; a string is made only for a stem new to the text. The table starts at about the size
    /// it ends (a distinct stem per CharsPerStem characters) rather than growing by steps.
    /// </summary>
    private static Dictionary<string, double> Stems(string text)
    {
        var counts = new Dictionary<string, double>(text.Length / CharsPerStem, StringComparer.Ordinal);
        StoryStems.Count(text, counts);
        return counts;
    }

    // The ECB+ stream's articles (1,760 characters on average) say a distinct stem per 12.4 characters on average,
    // but widely spread (titles and short texts say more): at 12 most tables grew once (Dictionary resizing was a fifth
    // of the build threads' samples, dotnet-trace 30k); at 8 about one in four does. Measured (with the numbers table
    // sized at its digit tokens, bench 20k, A/B alternated against stories/16 at load 20-33): build-side CPU (process
    // minus assigning thread) 11.17, 11.10, 10.97 s vs 11.35, 10.88 s, allocation off the assigning thread 45.2-45.5 vs
    // 45.4-45.5 KB per original, GCs 7/4/2 and 8/4/3 either way: within the machine's noise, not the fifth the profile
    // suggested.
    private const int CharsPerStem = 8;

    // Tried (s30-build, result-identical): the weights of the counts 0 to 63 from a table of 1 + Math.Log(n) (the same
    // bits), the rest computed: the logarithm was under 1 % of the build's samples; this method's time is the lookup of
    // each key again (measured with the TopWords and StoryStems cuts, see TopWords): not kept.
    private static Dictionary<string, double> Sublinear(Dictionary<string, double> counts)
    {
        foreach (var key in counts.Keys)
        {
            ref var v = ref CollectionsMarshal.GetValueRefOrNullRef(counts, key);
            v = 1 + Math.Log(v);
        }
        return counts;
    }

    /// <summary>
    /// The latest year the text names: a dateline or "last year's 2012 final" places a report in time even without a
    /// publication date; a stand-in until the dates stage gives event dates.
    /// Read among the tokens as written: "2,000 booths" is a count, not the year 2000, though the numbers
    /// part drops its separator. Measured with FIT_REPORT (stories/8, take-back working): all topics F1 0.925, 0.940,
    /// 0.939, 0.942 and dev 0.926, 0.911, 0.903, 0.904 either way (file order, seeds 1-3).
    /// </summary>
    private static int? LatestYear(string body, List<Token> bodyTokens, string title, List<Token> titleTokens) =>
        Max(LatestYear(body, bodyTokens), LatestYear(title, titleTokens));

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? LatestYear(string text, List<Token> tokens)
    {
        int? latest = null;
        foreach (var t in tokens)
        {
            var written = t.Of(text);
            if (!char.IsDigit(written[0]) || written.Contains(',')) continue;
            var n = written.TrimEnd('.');
            if (n.Length == 4 && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and < 2100)
                latest = Math.Max(latest ?? y, y);
        }
        return latest;
    }

    private static int DigitTokens(string text, List<Token> tokens)
    {
        var n = 0;
        foreach (var t in tokens)
            if (char.IsDigit(text[t.Start])) n++;
        return n;
    }

    /// <summary>Digit tokens, thousands separators dropped ("100,000" → "100000"); "2" and "21" stay apart.</summary>
    private static void Numbers(string text, List<Token> tokens, Dictionary<string, double> counts, HashSet<string>? seen)
    {
        foreach (var t in tokens)
            if (Number(t.Of(text)) is { } n)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, n, out _) += 1;
                seen?.Add(n);
            }
    }

    /// <summary>See StoryDocument.TitleIsDateline.</summary>
    private static bool IsDateline(string text, List<Token> tokens)
    {
        foreach (var t in tokens)
            if (Number(t.Of(text)) is null && !DatelineSpans.Contains(t.Of(text))) return false;
        return true;
    }

    /// <summary>Words a dateline is made of besides numbers: weekdays, months and their short forms, time zones, "updated".</summary>
    private static readonly HashSet<string> DatelineWords = new(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "cst", "cdt", "mst",
            "mdt", "pst", "pdt", "bst", "cet", "et", "pt", "updated", "update", "posted", "published", "last", "modified",
            "on", "at"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DatelineSpans = DatelineWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string? Number(ReadOnlySpan<char> token)
    {
        if (!char.IsDigit(token[0])) return null;
        Span<char> digits = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        var n = 0;
        foreach (var c in token)
            if (c != ',') digits[n++] = c;
        var s = digits[..n].TrimEnd('.');
        foreach (var c in s)
            if (!char.IsDigit(c) && c != '.') return null;
        return s.ToString();
    }

    /// <summary>
    /// Capitalised runs, lower-cased: the whole run and each of its words (so "Brian Nichols" meets a later
    /// "Nichols"). A sentence's first word counts only when the run goes on or the text never writes it in lower case;
    /// a line in capitals (a headline, a shout) says nothing. With forms, each name is counted in names and its first
    /// written form kept; with lead, the names that are phrases or that names counts twice or more go to lead.
    /// The caller sets scratch.Lower to the text's lower-case words (Reset, or Narrow for the body's lead).
    /// </summary>
    private static void Names(string text, List<Token> tokens, int count, Dictionary<string, double> names,
        Dictionary<string, string>? forms, HashSet<string>? lead, Scratch scratch)
    {
        var run = -1;
        for (var i = 0; i <= count; i++)
        {
            var capitalised = i < count && tokens[i].Capitalised;
            if (capitalised && (run < 0 || !tokens[i].SentenceStart))
            {
                if (run < 0) run = i;
                continue;
            }
            if (run >= 0) Emit(text, tokens, run, i, names, forms, lead, scratch);
            run = capitalised ? i : -1;
        }
    }

    private static void Emit(string text, List<Token> tokens, int from, int to, Dictionary<string, double> names,
        Dictionary<string, string>? forms, HashSet<string>? lead, Scratch scratch)
    {
        if (tokens[from].SentenceStart)
        {
            var first = scratch.Lowered(tokens[from].Of(text));
            if (StopWordSpans.Contains(first) || (to - from == 1 && scratch.Lower.Contains(first))) from++;
        }
        if (from == to) return;
        if (to - from > 1)
        {
            var written = scratch.Join(text, tokens, from, to);
            Name(scratch.Lowered(written), written, names, forms, lead, true);
        }
        for (var i = from; i < to; i++)
        {
            var word = tokens[i].Of(text);
            var key = scratch.Lowered(word);
            if (key.Length < 2 || StopWordSpans.Contains(key)) continue;
            Name(key, word, names, forms, lead, false);
        }
    }

    /// <summary>
    /// One name said: counted, its written form kept the first time (with forms), or kept for the lead (with lead);
    /// a string is made only for a name new to the article.
    /// </summary>
    private static void Name(ReadOnlySpan<char> key, ReadOnlySpan<char> written, Dictionary<string, double> names,
        Dictionary<string, string>? forms, HashSet<string>? lead, bool phrase)
    {
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (forms is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(lookup, key, out var seen) += 1;
            if (!seen && lookup.TryGetValue(key, out var made, out _)) forms.TryAdd(made, written.ToString());
            return;
        }
        if (lead is null) return;
        if (lookup.TryGetValue(key, out var known, out var count))
        {
            if (phrase || count >= 2) lead.Add(known);
        }
        else if (phrase) lead.Add(key.ToString());
    }

    private static readonly HashSet<string> StopWords = new(
        EnglishAnalyzer.DefaultStopSet.Select(o => o.ToString()!)
            .Concat(["he", "she", "his", "her", "we", "our", "you", "i", "mr", "mrs", "ms", "dr", "after", "before", "when",
                "while", "as", "from", "in", "on", "at", "with", "today", "yesterday", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
                "jul", "aug", "sep", "sept", "oct", "nov", "dec", "update", "updated", "posted", "published", "breaking"]),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A word or number of a text: where it starts and how long it is, whether it starts a sentence (after . ! ? : a
    /// quote or a line break), whether it is written capitalised, and whether its line is in capitals.
    /// </summary>
    internal readonly record struct Token(int Start, int Length, bool SentenceStart, bool Upper, bool CapsLine)
    {
        /// <summary>Capitalised as a name is: a capitalised word on a line not in capitals.</summary>
        public bool Capitalised => Upper && !CapsLine;

        public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
    }

    /// <summary>
    /// Words and numbers with whether each starts a sentence (after . ! ? : a quote or a line break). Whether a line is
    /// in capitals (IsCapsLine) is counted in the same pass and set on its tokens at its end: judged by a scan of its
    /// own ahead of each line, the lines had cost about as much as the tokens (perf, one thread, 3.5 % of the build's
    /// samples against 4.5 %).
    /// </summary>
    internal static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var sentenceStart = true;
        var start = -1;
        var line = new CapsCount();
        var lineFirst = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            line.Add(c);
            if (char.IsLetterOrDigit(c) || ((c is '\'' or '’' or '-' or '.' or ',') && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                tokens.Add(new Token(start, i - start, sentenceStart, IsCapitalised(text.AsSpan(start, i - start)), false));
                start = -1;
                sentenceStart = false;
            }
            if (c is '.' or '!' or '?' or ':' or '"' or '“' or '”' or '\n' or '(' or '-' or '–' or '—' or '|') sentenceStart = true;
            if (c == '\n')
            {
                EndLine(tokens, lineFirst, ref line);
                lineFirst = tokens.Count;
            }
        }
        if (start >= 0) tokens.Add(new Token(start, text.Length - start, sentenceStart, IsCapitalised(text.AsSpan(start)), false));
        line.Add('\n');
        EndLine(tokens, lineFirst, ref line);
    }

    /// <summary>Sets CapsLine on the line's tokens (from first on) when the line is in capitals, and starts the next line's count.</summary>
    private static void EndLine(List<Token> tokens, int first, ref CapsCount line)
    {
        if (line.IsCapsLine)
        {
            var span = CollectionsMarshal.AsSpan(tokens);
            for (var k = first; k < span.Length; k++) span[k] = span[k] with { CapsLine = true };
        }
        line = default;
    }

    /// <summary>
    /// IsCapsLine's counts, one character at a time: words are runs of letters, a word in capitals is a run of two
    /// letters or more with none in lower case. A character that is no letter ends the run (the line's end too).
    /// </summary>
    private struct CapsCount
    {
        private int _words, _upper, _caps, _run;
        private bool _noLower;

        public void Add(char c)
        {
            if (char.IsLetter(c))
            {
                if (_run++ == 0)
                {
                    _words++;
                    if (char.IsUpper(c)) _caps++;
                    _noLower = true;
                }
                if (_noLower && char.IsLower(c)) _noLower = false;
                return;
            }
            if (_run > 1 && _noLower) _upper++;
            _run = 0;
        }

        public readonly bool IsCapsLine => _words >= 3 && (_upper >= 0.6 * _words || _caps >= 0.8 * _words);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> s) => char.IsUpper(s[0]) && (s.Length <= 5 || s.IndexOfAnyInRange('a', 'z') >= 0 || HasLower(s));

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>A line mostly in capitals, or with most words capitalised (a title-case headline).</summary>
    internal static bool IsCapsLine(ReadOnlySpan<char> line)
    {
        int words = 0, upper = 0, caps = 0;
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsLetter(line[i]))
            {
                if (!inWord)
                {
                    words++;
                    if (char.IsUpper(line[i])) caps++;
                    var j = i;
                    while (j < line.Length && char.IsLetter(line[j]) && !char.IsLower(line[j])) j++;
                    if (j - i > 1 && (j == line.Length || !char.IsLetter(line[j]))) upper++;
                }
                inWord = true;
            }
            else inWord = false;
        }
        return words >= 3 && (upper >= 0.6 * words || caps >= 0.8 * words);
    }

    internal static string Day(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One thread's working lists and buffers, kept between articles so that each article does not make its own.</summary>
    private sealed class Scratch
    {
        public readonly List<Token> TitleTokens = [], BodyTokens = [], LeadTokens = [];
        public readonly List<string> Subjects = [];
        public KeyValuePair<string, double>[] Top = [];
        public char[] TitleWords = new char[256];
        public readonly LowerWords Lower = new();
        private char[] _joined = new char[256], _lowered = new char[256];

        /// <summary>The tokens from … to (exclusive) joined by spaces, in a buffer that the next call reuses.</summary>
        public ReadOnlySpan<char> Join(string text, List<Token> tokens, int from, int to)
        {
            var length = tokens[to - 1].Start + tokens[to - 1].Length - tokens[from].Start;
            if (_joined.Length < length) _joined = new char[Math.Max(length, 2 * _joined.Length)];
            var n = 0;
            for (var i = from; i < to; i++)
            {
                if (i > from) _joined[n++] = ' ';
                tokens[i].Of(text).CopyTo(_joined.AsSpan(n));
                n += tokens[i].Length;
            }
            return _joined.AsSpan(0, n);
        }

        /// <summary>The text in lower case (as string.ToLowerInvariant), in a buffer that the next call reuses.</summary>
        public ReadOnlySpan<char> Lowered(ReadOnlySpan<char> text)
        {
            if (_lowered.Length < text.Length) _lowered = new char[Math.Max(text.Length, 2 * _lowered.Length)];
            return _lowered.AsSpan(0, text.ToLowerInvariant(_lowered));
        }
    }

    /// <summary>
    /// The tokens a text writes with a lower-case first letter, as a set of token indices looked up by span (no string
    /// per token), made on first need. The set keeps a word's first index, so that narrowed to the text's first tokens
    /// (the lead) it answers for them alone without being made again.
    /// </summary>
    private sealed class LowerWords
    {
        // Each word tagged with its first token index; compared as ordinal strings.
        private readonly TextWordTable _table = new(StringComparison.Ordinal);
        private string _text = "";
        private List<Token> _tokens = [];
        private int _count, _limit;
        private bool _ready;

        public void Reset(string text, List<Token> tokens, int count)
        {
            (_text, _tokens, _count, _limit, _ready) = (text, tokens, count, count, false);
        }

        /// <summary>Answers for the first count tokens of the text last Reset only.</summary>
        public void Narrow(int count) => _limit = Math.Min(count, _count);

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (!_ready) Fill();
            var first = _table.Find(word);
            return first >= 0 && first < _limit;
        }

        /// <summary>Lists the text's lower-case words, each at its first index (a repeat finds its word listed).</summary>
        private void Fill()
        {
            _table.Reset(_text, _count);
            for (var i = 0; i < _count; i++)
                if (char.IsLower(_text[_tokens[i].Start])) _table.Add(_tokens[i].Start, _tokens[i].Length, i);
            _ready = true;
        }
    }
}
