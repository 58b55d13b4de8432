using System.Runtime.InteropServices;
using Lede.Text;

namespace Lede.Entities;

/// <summary>
/// A name as the text wrote it: its words without a leading honorific or office ("Mr.", "President") and without a
/// possessive ("Lohan's" → "Lohan"); Start and Length cover those words in the text, Sentence counts from 0.
/// </summary>
public sealed record NameMention(string Text, int Start, int Length, int Sentence)
{
    /// <summary>The office or honorific written just before it ("President", "Dr."), when there was one: a person's mark.</summary>
    public string? Honorific { get; init; }

    public IReadOnlyList<string> Words => Text.Split(' ');
}

/// <summary>
/// Finds name mentions in plain text: runs of capitalised words, joined across "of", "de", "van" and the like when a
/// capitalised word follows ("Bank of America"). A sentence's first word is a name only when the text never writes it
/// in lower case and it is no function word ("The", "After"); a line in capitals or title case (a headline) names
/// nothing by its capitals alone; day and month names are dates, not names.
/// </summary>
public static class NameMentionParser
{
    public static IReadOnlyList<NameMention> Parse(string text)
    {
        var mentions = new List<NameMention>();
        Parse(text, mentions);
        return mentions;
    }

    /// <summary>Adds the text's mentions to a list the caller reuses.</summary>
    internal static void Parse(string text, List<NameMention> mentions)
    {
        var spans = Parse(text, out var names);
        foreach (var m in spans)
            mentions.Add(new NameMention(new string(names, m.NameAt, m.NameLength), m.Start, m.Length, m.Sentence) { Honorific = m.Honorific });
    }

    /// <summary>
    /// A mention as the entities stage reads it: its name's characters at NameAt in the parse's name buffer, so that a
    /// name said again (most mentions) makes no string.
    /// </summary>
    internal readonly record struct MentionSpan(int NameAt, int NameLength, int Start, int Length, int Sentence, string? Honorific);

    /// <summary>
    /// The text's mentions in the thread's own list, their names' characters in names: both valid until the thread's
    /// next parse (the entities stage reads them once, at once).
    /// </summary>
    internal static List<MentionSpan> Parse(string text, out char[] names)
    {
        var scratch = t_scratch ??= new Scratch();
        var mentions = scratch.Mentions;
        mentions.Clear();
        scratch.NameLength = 0;
        ParseInto(text, scratch);
        names = scratch.Names;
        return mentions;
    }

    private static void ParseInto(string text, Scratch scratch)
    {
        // Tokens hold positions, not strings: only the mentions kept (and an honorific) are ever copied out of the
        // text, and the scratch is the thread's own, reused from one article to the next.
        var mentions = scratch.Mentions;
        var tokens = scratch.Tokens;
        tokens.Clear();
        Tokenise(text, tokens);
        var lower = scratch.Lower;
        lower.Reset(text, tokens.Count);
        foreach (var t in tokens)
            if (char.IsLower(text[t.Start])) lower.Add(t.Start, t.Length, 0);
        try
        {
            var run = new Run(text, tokens, lower, scratch);
            int runStart = 0, runCount = 0;
            string? honorific = null;
            for (var i = 0; i <= tokens.Count; i++)
            {
                var has = i < tokens.Count;
                var t = has ? tokens[i] : default;
                if (has && t.Capitalised && (runCount == 0 || !t.SentenceStart))
                {
                    if (runCount++ == 0) runStart = i;
                    // "Lohan's", "Obama-led": the name ends inside this token.
                    if (!t.Ends) continue;
                    has = false;
                }
                else if (has && runCount > 0 && !t.SentenceStart && Connectors.Contains(run.Text(t))
                         && i + 1 < tokens.Count && tokens[i + 1].Capitalised && !tokens[i + 1].SentenceStart)
                {
                    runCount++;
                    continue;
                }
                honorific = run.Emit(runStart, runCount, honorific, mentions);
                runCount = 0;
                if (has && t.Capitalised)
                {
                    runStart = i;
                    runCount = 1;
                    if (t.Ends)
                    {
                        honorific = run.Emit(runStart, runCount, honorific, mentions);
                        runCount = 0;
                    }
                }
                else if (has) honorific = null;
            }
        }
        finally
        {
            // The set must not keep the article alive (it holds positions only: the next parse starts it afresh).
            lower.Reset("", 0);
        }
    }

    /// <summary>The run being read: its tokens are consecutive, so a start and a count name them.</summary>
    private readonly ref struct Run(string text, List<Token> tokens, TextWordTable lower, Scratch scratch)
    {
        public ReadOnlySpan<char> Text(Token t) => text.AsSpan(t.Start, t.Length);

        private ReadOnlySpan<char> Word(int i) => text.AsSpan(tokens[i].Start, tokens[i].WordLength);

        /// <summary>Adds the run's mention (if it is one) and returns the honorific that the next run may carry.</summary>
        public string? Emit(int runStart, int runCount, string? pending, List<MentionSpan> mentions)
        {
            if (runCount == 0) return pending;
            int lo = runStart, hi = runStart + runCount;
            // Connectors at the end were only taken for a following name.
            while (hi > lo && Connectors.Contains(Text(tokens[hi - 1]))) hi--;
            var honorific = pending;
            // A sentence's opening word ("The", "After", "Police") is capitalised by position, not as a name.
            if (hi > lo && tokens[lo].SentenceStart && (FunctionWords.Contains(Word(lo)) || lower.Find(Word(lo)) >= 0)
                && !Honorifics.Contains(Word(lo)))
                lo++;
            // "Shares of Bank of America", "Friends of Tara Reid": a sentence's opening word before a connector is the
            // sentence's, not the name's.
            if (hi - lo > 2 && tokens[lo].SentenceStart && Connectors.Contains(Text(tokens[lo + 1]))) lo += 2;
            // Trimmed until both edges hold name words: an office, a function word, a connector or a date at the front
            // ("Monday The Lindsay ..." after a shout), a connector or a date at the back.
            while (hi > lo)
            {
                var w = Word(lo);
                if (Honorifics.Contains(w)) honorific = w.ToString();
                else if (!FunctionWords.Contains(w) && !Connectors.Contains(w) && !DateWords.Contains(w)) break;
                lo++;
            }
            while (hi > lo && (Connectors.Contains(Word(hi - 1)) || DateWords.Contains(Word(hi - 1)))) hi--;
            if (hi == lo)
                // "President" alone still marks the name that follows ("President Barack Obama" as two runs never happens,
                // but "Mr. Smith" tokenises as two runs when the stop ends a sentence).
                return runCount == 1 && Honorifics.Contains(Word(runStart)) ? Word(runStart).ToString() : null;
            if (hi - lo == 1 && tokens[lo].WordLength < 2) return null;
            var start = tokens[lo].Start;
            var end = tokens[hi - 1].Start + tokens[hi - 1].WordLength;
            var length = hi - lo - 1;
            for (var i = lo; i < hi; i++) length += tokens[i].WordLength;
            var nameAt = scratch.NameLength;
            if (scratch.Names.Length < nameAt + length) Array.Resize(ref scratch.Names, Math.Max(nameAt + length, 2 * scratch.Names.Length));
            var dest = scratch.Names.AsSpan(nameAt, length);
            var at = 0;
            for (var i = lo; i < hi; i++)
            {
                if (i > lo) dest[at++] = ' ';
                var t = tokens[i];
                text.AsSpan(t.Start, t.WordLength).CopyTo(dest[at..]);
                at += t.WordLength;
            }
            scratch.NameLength = nameAt + length;
            mentions.Add(new MentionSpan(nameAt, length, start, end - start, tokens[lo].Sentence, honorific));
            return null;
        }
    }

    /// <summary>
    /// A word token: Start and Length cover it as written, WordLength the word it names, without a possessive or a
    /// lower-case tail ("Obama-led"), in which case the name must end inside it (Ends).
    /// </summary>
    private readonly record struct Token(int Start, int Length, int WordLength, int Sentence, bool SentenceStart, bool Capitalised, bool Ends);

    private static void Tokenise(string text, List<Token> tokens)
    {
        var sentence = 0;
        var sentenceStart = true;
        var start = -1;
        // Whether a line is a headline is counted in the same pass and set on its tokens at its end: judged by a scan
        // of its own ahead of each line, the lines had cost about a third of the parse (perf, one thread, 4.4 % of the
        // stories build's samples against 12.5 % for the rest of the parse).
        var line = new HeadlineCount();
        var lineFirst = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            line.Add(text, i, c);
            var inner = c is '\'' or '’' or '-' or '.' or '&' && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || inner)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                // "U.S." keeps its last stop; an abbreviation's stop ends no sentence.
                var abbreviation = c == '.' && (i - start <= 3 && char.IsUpper(text[start]) || text.AsSpan(start, i - start).Contains('.'));
                var end = abbreviation ? i + 1 : i;
                tokens.Add(MakeToken(text, start, end, sentence, sentenceStart));
                sentenceStart = false;
                start = -1;
                if (abbreviation) continue;
            }
            if (c is '.' or '!' or '?' or '\n')
            {
                if (!sentenceStart) sentence++;
                sentenceStart = true;
            }
            else if (c is ':' or '"' or '“' or '”' or '(' or '–' or '—' or '|' or '`') sentenceStart = true;
            // A comma does not end a name run here, though a run across one is mostly two names ("Ashgabat, Turkmenistan",
            // "Sanjay Gupta, CNN", "Typically, Microsoft"): ending it there made the first subject person on CoNLL testa
            // PER 0.625 -> 0.707 (with EntityReader's IsPerson words) and left ECB+ seeds 21-60 and 61-100 as they were,
            // but cost the stories bench (F1 at 20k 0.9535 -> 0.9475, at 100k 0.9694 -> 0.9646, precision most).
            if (c == '\n')
            {
                if (line.IsHeadline)
                {
                    var span = CollectionsMarshal.AsSpan(tokens);
                    for (var k = lineFirst; k < span.Length; k++) span[k] = span[k] with { Capitalised = false };
                }
                line = default;
                lineFirst = tokens.Count;
            }
        }
    }

    /// <summary>
    /// A headline's counts (see TitleCaseSmall), one character at a time (i its position, c the character, a line break past the text's
    /// end): a word is a run of letters after neither a letter nor an apostrophe; a character that is no letter ends it.
    /// </summary>
    private struct HeadlineCount
    {
        private int _words, _caps, _upper, _lower, _run, _runStart;
        private bool _word, _noLower, _afterApostrophe;

        public void Add(string text, int i, char c)
        {
            if (char.IsLetter(c))
            {
                if (_run++ == 0)
                {
                    _runStart = i;
                    _word = !_afterApostrophe;
                    _noLower = true;
                    if (_word)
                    {
                        _words++;
                        if (char.IsUpper(c)) _caps++;
                    }
                }
                if (_noLower && char.IsLower(c)) _noLower = false;
                _afterApostrophe = false;
                return;
            }
            if (_run > 0 && _word)
            {
                // Only whether any word is lower (and no small word) counts: the first settles it.
                if (_lower == 0 && !char.IsUpper(text[_runStart]) && !TitleCaseSmallSpans.Contains(text.AsSpan(_runStart, i - _runStart))) _lower++;
                if (_run > 1 && _noLower) _upper++;
            }
            _run = 0;
            _afterApostrophe = c is '\'' or '’';
        }

        /// <summary>A line of three words or more mostly in capitals, or in title case: its capitals mark no names.</summary>
        public readonly bool IsHeadline => _words >= 3 && (_upper >= 0.6 * _words || (_lower == 0 && _caps >= 3));
    }

    /// <summary>A token as if its line were no headline (Tokenise clears Capitalised on a headline's tokens).</summary>
    private static Token MakeToken(string text, int start, int end, int sentence, bool sentenceStart)
    {
        var raw = text.AsSpan(start, end - start);
        var word = raw;
        var ends = false;
        // Possessives: "Lohan's", "Lohan’s", "Jones'" (the last is cut by the tokeniser already).
        // ('s, ’s, 'S or ’S after two characters or more, read as characters rather than four EndsWith calls a token.)
        if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’')
        {
            word = word[..^2];
            ends = true;
        }
        // "Obama-led", "Reid-style": the name is the part before the lower-case one.
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]))
        {
            word = word[..hyphen];
            ends = true;
        }
        if (word.EndsWith('.') && !Honorifics.Contains(word)) word = word.Length > 2 && word[..^1].Contains('.') ? word : word[..^1];
        var capitalised = word.Length > 0 && char.IsUpper(word[0]) && !IsShout(word);
        return new Token(start, raw.Length, word.Length, sentence, sentenceStart, capitalised, ends);
    }

    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly List<Token> Tokens = [];
        // The parse's mentions and their names' characters, one after another.
        public readonly List<MentionSpan> Mentions = [];
        public char[] Names = new char[1024];
        public int NameLength;
        // The text's lower-case words, compared as OrdinalIgnoreCase compares strings.
        public readonly TextWordTable Lower = new(StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A long word in capitals ("BREAKING", "UPDATE") is emphasis; short ones are acronyms ("NATO", "FBI").</summary>
    private static bool IsShout(ReadOnlySpan<char> word) => word.Length > 5 && !HasLower(word);

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }

    // A headline (HeadlineCount): a line of three words or more mostly in capitals, or in title case (every word
    // capitalised but the short ones title case leaves small: "Lohan Checks Into Betty Ford Center"), whose capitals
    // mark no names.
    private static readonly HashSet<string> TitleCaseSmall = new(StringComparer.Ordinal)
        { "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleCaseSmallSpans = TitleCaseSmall.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower-case words that sit inside names: "Bank of America", "Leonardo da Vinci", "Ludwig van Beethoven".</summary>
    private static readonly HashSet<string> ConnectorWords = new(StringComparer.Ordinal)
        { "of", "de", "da", "del", "della", "der", "den", "van", "von", "du", "la", "le", "bin", "al", "y" };

    /// <summary>
    /// Offices and honorifics written before a name: they mark a person but are no part of the name. Not "St.", "Saint"
    /// or "Star": before a capitalised word they open places and titles (St. Louis, Star Wars, the Toronto Star), and
    /// made "Louis" a person. An office inside a run does not split it ("Alaska Gov. Sarah Palin" into Alaska and Sarah
    /// Palin, the office marking her): tried with commas ending names, the first subject person on CoNLL testa was PER
    /// 0.707 -> 0.754 of the time, but ECB+ seeds 21-60 fell 0.0005 and 61-100 0.0004 (the same without the words
    /// before the office as a name of their own).
    /// </summary>
    internal static readonly HashSet<string> HonorificWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "President", "Vice", "Prime", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope",
        "Gov", "Gov.", "Governor", "Sen", "Sen.", "Senator", "Rep", "Rep.", "Representative", "Mayor", "Judge", "Justice",
        "Gen", "Gen.", "General", "Col", "Col.", "Colonel", "Lt", "Lt.", "Sgt", "Sgt.", "Capt", "Capt.", "Captain",
        "Officer", "Detective", "Sheriff", "Chief", "Coach", "Rev", "Rev.", "Reverend", "Father", "Sister", "Brother",
        "Secretary", "Ambassador", "Commissioner", "Director", "CEO", "Chairman", "Dean", "Deputy",
        "Actress", "Actor", "Singer", "Defender", "Striker", "Midfielder", "Goalkeeper", "Quarterback",
    };

    /// <summary>Words that open sentences but never names (checked when the word opens a sentence or a run).</summary>
    private static readonly HashSet<string> FunctionWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "and", "but", "or", "nor", "so", "yet", "if", "as", "at", "by", "for", "from",
        "in", "into", "on", "onto", "to", "with", "without", "after", "before", "when", "while", "where", "why", "how",
        "what", "who", "whom", "which", "there", "here", "then", "than", "also", "however", "meanwhile", "although",
        "though", "because", "since", "until", "during", "about", "over", "under", "between", "according", "despite",
        "according", "not", "no", "yes", "all", "some", "many", "most", "more", "one", "two", "three", "both", "each",
        "every", "other", "another", "such", "said", "says", "say", "is", "was", "are", "were", "be", "been", "has",
        "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "today",
        "yesterday", "tomorrow", "tonight", "now", "update", "updated", "breaking", "posted", "published", "read",
        "photo", "video", "watch", "just", "even", "still", "only", "once", "last", "next", "first", "new", "late",
        "early", "earlier", "later", "police", "officials", "authorities", "sources", "witnesses", "reports",
    };

    private static readonly HashSet<string> DateWordSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "am", "pm", "gmt", "est", "pst",
        "edt", "pdt", "bst", "utc", "et", "pt",
    };

    // Span views of the sets above (declared after them: static fields initialise in order).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = ConnectorWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = HonorificWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = FunctionWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords = DateWordSet.GetAlternateLookup<ReadOnlySpan<char>>();
}
