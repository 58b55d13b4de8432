using System.Globalization;
using System.Text;
using Lede.Entities;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

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
}

/// <summary>
/// Turns a title and text into a StoryDocument: Lucene's English analyzer (standard tokenizer, stop words,
/// Porter stems) for words; capitalised runs for names, until Lede has an entity stage; digit tokens for numbers.
/// </summary>
public sealed class StoryFeaturizer(StoryOptions options)
{
    // The analyzer keeps per-thread token streams, so one instance serves every thread.
    private static readonly EnglishAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    private readonly EntityReader _entities = new();

    /// <param name="entities">The entities stage's record of the article; read here when the caller has none.</param>
    public StoryDocument Build(string? title, string text, DateTimeOffset? eventDate, DateTimeOffset? published, ArticleEntities? entities = null)
    {
        title = title?.Trim() ?? "";
        // An article that is only a title (a wire flash, a feed entry) is judged by its title.
        var body = text.Trim().Length == 0 ? title : text;
        var titleWords = Count(Stems(title));
        var words = Count(Stems(body));
        foreach (var (term, n) in titleWords)
            words[term] = words.GetValueOrDefault(term) + options.TitleWeight * n;

        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        // The body is tokenised once for names and numbers, the title's numbers read once for both uses.
        var bodyTokens = Tokens(body).ToList();
        var titleTokens = Tokens(title).ToList();
        var titleNumberList = Numbers(titleTokens).ToList();
        var names = Count(Names(bodyTokens, forms));
        // Read only when asked for (ReadEntities): about a sixth of the stage's time (bench, 10k articles), wasted on a
        // join model that does not weigh the subjects.
        if (entities is null && options.ReadEntities) entities = _entities.Read(title, body);
        entities ??= ArticleEntities.Empty;
        if (options.EntityNames > 0) Canonical(names, forms, entities);
        var numbers = Count(Numbers(bodyTokens).Concat(titleNumberList));
        var titleNumbers = titleNumberList.ToHashSet(StringComparer.Ordinal);
        var lead = LeadNames(title, body, names);
        var doc = new StoryDocument(
            [Sublinear(words), Sublinear(titleWords), Sublinear(names), Sublinear(numbers)],
            titleNumbers, forms, LatestYear(bodyTokens.Concat(titleTokens)), eventDate ?? published);
        return doc with
        {
            Subjects = entities.Subjects.Select(e => e.Key).ToList(),
            SubjectPerson = entities.Subjects.FirstOrDefault(e => e.Person)?.Key,
            LeadNames = lead,
            LeadWeekdays = StoryWhen.Weekdays(title, LeadOf(body, options.LeadSentences)),
            TopWords = doc[StoryPart.Words].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(options.MemberTerms).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        };
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
    private HashSet<string> LeadNames(string title, string body, Dictionary<string, double> names)
    {
        // A capitalised word said once may be a sentence's opening ("However", "One"); a subject is named again.
        var lead = new HashSet<string>(Names(LeadOf(body, options.LeadSentences), [])
            .Where(key => key.Contains(' ', StringComparison.Ordinal) || names.GetValueOrDefault(key) >= 2), StringComparer.Ordinal);
        if (title.Length > 0)
        {
            var titleWords = " " + string.Join(' ', Tokens(title).Select(t => t.Text.ToLowerInvariant())) + " ";
            foreach (var key in names.Keys)
                if ((key.Contains(' ', StringComparison.Ordinal) || names[key] >= 2) && titleWords.Contains(" " + key + " ", StringComparison.Ordinal))
                    lead.Add(key);
        }
        return lead;
    }

    /// <summary>The text up to the end of its n-th sentence (a line break or . ! ? followed by a space).</summary>
    internal static string LeadOf(string body, int sentences)
    {
        int seen = 0, start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            // "Mr." and "U.S." end no sentence: a capital just before the stop marks an abbreviation.
            var end = c == '\n' || (c is '.' or '!' or '?' && i + 1 < body.Length && char.IsWhiteSpace(body[i + 1]) && i > 3 && !char.IsUpper(body[i - 2]));
            if (!end) continue;
            if (!string.IsNullOrWhiteSpace(body[start..i]) && ++seen >= sentences) return body[..(i + 1)];
            start = i + 1;
        }
        return body;
    }

    private static IEnumerable<string> Stems(string text)
    {
        if (text.Length == 0) yield break;
        using var stream = Analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var s = term.ToString();
            // Lone digits and letters say nothing; the numbers part keeps digits apart.
            if (s.Length > 1) yield return s;
        }
        stream.End();
    }

    private static Dictionary<string, double> Count(IEnumerable<string> terms)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in terms) counts[t] = counts.GetValueOrDefault(t) + 1;
        return counts;
    }

    private static Dictionary<string, double> Sublinear(Dictionary<string, double> counts)
    {
        foreach (var key in counts.Keys.ToList()) counts[key] = 1 + Math.Log(counts[key]);
        return counts;
    }

    /// <summary>
    /// The latest year the text names: a dateline or "last year's 2012 final" places a report in time even without a
    /// publication date; a stand-in until the dates stage gives event dates.
    /// Read among the tokens as written: "2,000 booths" is a count, not the year 2000, though the numbers
    /// part drops its separator. Measured with FIT_REPORT (stories/8, take-back working): all topics F1 0.925, 0.940,
    /// 0.939, 0.942 and dev 0.926, 0.911, 0.903, 0.904 either way (file order, seeds 1-3).
    /// </summary>
    private static int? LatestYear(IEnumerable<Token> tokens) =>
        LatestYear(tokens.Where(t => char.IsDigit(t.Text[0]) && !t.Text.Contains(',', StringComparison.Ordinal)).Select(t => t.Text.TrimEnd('.')));

    private static int? LatestYear(IEnumerable<string> numbers)
    {
        int? latest = null;
        foreach (var n in numbers)
            if (n.Length == 4 && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and < 2100)
                latest = Math.Max(latest ?? y, y);
        return latest;
    }

    /// <summary>Digit tokens, thousands separators dropped ("100,000" → "100000"); "2" and "21" stay apart.</summary>
    internal static IEnumerable<string> Numbers(string text) => Numbers(Tokens(text));

    private static IEnumerable<string> Numbers(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (!char.IsDigit(token.Text[0])) continue;
            var s = token.Text.Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
            if (s.All(c => char.IsDigit(c) || c == '.')) yield return s;
        }
    }

    /// <summary>
    /// Capitalised runs, lower-cased: the whole run and each of its words (so "Brian Nichols" meets a later
    /// "Nichols"). A sentence's first word counts only when the run goes on or the text never writes it in lower case;
    /// a line in capitals (a headline, a shout) says nothing.
    /// </summary>
    internal static IEnumerable<string> Names(string text, Dictionary<string, string> forms) => Names(Tokens(text).ToList(), forms);

    private static IEnumerable<string> Names(List<Token> tokens, Dictionary<string, string> forms)
    {
        var lower = tokens.Where(t => char.IsLower(t.Text[0])).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var run = new List<Token>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var t = i < tokens.Count ? tokens[i] : null;
            if (t is not null && t.Capitalised && (run.Count == 0 || !t.SentenceStart))
            {
                run.Add(t);
                continue;
            }
            foreach (var name in Emit(run, lower, forms)) yield return name;
            run.Clear();
            if (t is not null && t.Capitalised) run.Add(t);
        }
    }

    private static IEnumerable<string> Emit(List<Token> run, HashSet<string> lower, Dictionary<string, string> forms)
    {
        if (run.Count == 0) yield break;
        var words = run.Select(t => t.Text).ToList();
        if (run[0].SentenceStart && (StopWords.Contains(words[0].ToLowerInvariant()) || (run.Count == 1 && lower.Contains(words[0].ToLowerInvariant()))))
            words.RemoveAt(0);
        if (words.Count == 0) yield break;
        if (words.Count > 1)
        {
            var phrase = string.Join(' ', words);
            var key = phrase.ToLowerInvariant();
            forms.TryAdd(key, phrase);
            yield return key;
        }
        foreach (var w in words)
        {
            var key = w.ToLowerInvariant();
            if (key.Length < 2 || StopWords.Contains(key)) continue;
            forms.TryAdd(key, w);
            yield return key;
        }
    }

    private static readonly HashSet<string> StopWords = new(
        EnglishAnalyzer.DefaultStopSet.Select(o => o.ToString()!)
            .Concat(["he", "she", "his", "her", "we", "our", "you", "i", "mr", "mrs", "ms", "dr", "after", "before", "when",
                "while", "as", "from", "in", "on", "at", "with", "today", "yesterday", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
                "jul", "aug", "sep", "sept", "oct", "nov", "dec", "update", "updated", "posted", "published", "breaking"]),
        StringComparer.Ordinal);

    internal sealed record Token(string Text, bool SentenceStart, bool Capitalised);

    /// <summary>Words and numbers with whether each starts a sentence (after . ! ? : a quote or a line break).</summary>
    internal static IEnumerable<Token> Tokens(string text)
    {
        var sentenceStart = true;
        var capsLine = IsCapsLine(text, 0);
        // A token is a contiguous run of the text, so it is cut out in one piece rather than built char by char.
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || ((c is '\'' or '’' or '-' or '.' or ',') && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var s = text[start..i];
                start = -1;
                yield return new Token(s, sentenceStart, !capsLine && IsCapitalised(s));
                sentenceStart = false;
            }
            if (c is '.' or '!' or '?' or ':' or '"' or '“' or '”' or '\n' or '(' or '-' or '–' or '—' or '|') sentenceStart = true;
            if (c == '\n') capsLine = IsCapsLine(text, i + 1);
        }
        if (start >= 0)
        {
            var s = text[start..];
            yield return new Token(s, sentenceStart, !capsLine && IsCapitalised(s));
        }
    }

    private static bool IsCapitalised(string s) => char.IsUpper(s[0]) && (s.Length <= 5 || s.AsSpan().IndexOfAnyInRange('a', 'z') >= 0 || HasLower(s));

    private static bool HasLower(string s)
    {
        foreach (var c in s)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>A line mostly in capitals, or with most words capitalised (a title-case headline).</summary>
    private static bool IsCapsLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        var line = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
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
}
