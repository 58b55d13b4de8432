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
        var tokens = Tokenise(text);
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tokens)
            if (char.IsLower(t.Text[0])) lower.Add(t.Text);
        var mentions = new List<NameMention>();
        var run = new List<Token>();
        string? honorific = null;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var t = i < tokens.Count ? tokens[i] : null;
            if (t is not null && IsNameWord(t) && (run.Count == 0 || !t.SentenceStart))
            {
                run.Add(t);
                // "Lohan's", "Obama-led": the name ends inside this token.
                if (!t.Ends) continue;
                t = null;
            }
            else if (t is not null && run.Count > 0 && !t.SentenceStart && Connectors.Contains(t.Text)
                     && i + 1 < tokens.Count && IsNameWord(tokens[i + 1]) && !tokens[i + 1].SentenceStart)
            {
                run.Add(t);
                continue;
            }
            honorific = Emit(text, run, lower, honorific, mentions);
            run.Clear();
            if (t is not null && IsNameWord(t))
            {
                run.Add(t);
                if (t.Ends)
                {
                    honorific = Emit(text, run, lower, honorific, mentions);
                    run.Clear();
                }
            }
            else if (t is not null) honorific = null;
        }
        return mentions;
    }

    private static bool IsNameWord(Token t) => t.Capitalised;

    /// <summary>Adds the run's mention (if it is one) and returns the honorific that the next run may carry.</summary>
    private static string? Emit(string text, List<Token> run, HashSet<string> lower, string? pending, List<NameMention> mentions)
    {
        if (run.Count == 0) return pending;
        // Connectors at the end were only taken for a following name.
        var words = new List<Token>(run);
        while (words.Count > 0 && Connectors.Contains(words[^1].Text)) words.RemoveAt(words.Count - 1);
        string? honorific = pending;
        // A sentence's opening word ("The", "After", "Police") is capitalised by position, not as a name.
        if (words.Count > 0 && words[0].SentenceStart && (FunctionWords.Contains(words[0].Word) || lower.Contains(words[0].Word)) && !Honorifics.Contains(words[0].Word))
            words.RemoveAt(0);
        // "Shares of Bank of America", "Friends of Tara Reid": a sentence's opening word before a connector is the
        // sentence's, not the name's.
        if (words.Count > 2 && words[0].SentenceStart && Connectors.Contains(words[1].Text)) words.RemoveRange(0, 2);
        // Trimmed until both edges hold name words: an office, a function word, a connector or a date at the front
        // ("Monday The Lindsay ..." after a shout), a connector or a date at the back.
        while (words.Count > 0)
        {
            var w = words[0].Word;
            if (Honorifics.Contains(w)) honorific = w;
            else if (!FunctionWords.Contains(w) && !Connectors.Contains(w) && !DateWords.Contains(w)) break;
            words.RemoveAt(0);
        }
        while (words.Count > 0 && (Connectors.Contains(words[^1].Word) || DateWords.Contains(words[^1].Word))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0)
            // "President" alone still marks the name that follows ("President Barack Obama" as two runs never happens,
            // but "Mr. Smith" tokenises as two runs when the stop ends a sentence).
            return run.Count == 1 && Honorifics.Contains(run[0].Word) ? run[0].Word : null;
        if (words.Count == 1 && words[0].Word.Length < 2) return null;
        var start = words[0].Start;
        var end = words[^1].Start + words[^1].Word.Length;
        var name = string.Join(' ', words.Select(w => w.Word));
        mentions.Add(new NameMention(name, start, end - start, words[0].Sentence) { Honorific = honorific });
        return null;
    }

    /// <summary>A word token with its sentence and whether the name must end inside it (a possessive, "Obama-led").</summary>
    private sealed record Token(string Text, string Word, int Start, int Sentence, bool SentenceStart, bool Capitalised, bool Ends);

    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var sentence = 0;
        var sentenceStart = true;
        var headline = IsHeadlineLine(text, 0);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
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
                tokens.Add(MakeToken(text, start, end, sentence, sentenceStart, headline));
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
            if (c == '\n' && i + 1 < text.Length) headline = IsHeadlineLine(text, i + 1);
        }
        return tokens;
    }

    private static Token MakeToken(string text, int start, int end, int sentence, bool sentenceStart, bool headline)
    {
        var raw = text[start..end];
        var word = raw;
        var ends = false;
        // Possessives: "Lohan's", "Lohan’s", "Jones'" (the last is cut by the tokeniser already).
        foreach (var suffix in (ReadOnlySpan<string>)["'s", "’s", "'S", "’S"])
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                ends = true;
                break;
            }
        // "Obama-led", "Reid-style": the name is the part before the lower-case one.
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]))
        {
            word = word[..hyphen];
            ends = true;
        }
        if (word.EndsWith('.') && !Honorifics.Contains(word)) word = word.Length > 2 && word[..^1].Contains('.') ? word : word[..^1];
        var capitalised = !headline && word.Length > 0 && char.IsUpper(word[0]) && !IsShout(word);
        return new Token(raw, word, start, sentence, sentenceStart, capitalised, ends);
    }

    /// <summary>A long word in capitals ("BREAKING", "UPDATE") is emphasis; short ones are acronyms ("NATO", "FBI").</summary>
    private static bool IsShout(string word) => word.Length > 5 && !HasLower(word);

    private static bool HasLower(string word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>
    /// A line of three words or more mostly in capitals, or in title case (every word capitalised but the short ones
    /// title case leaves small: "Lohan Checks Into Betty Ford Center"): a headline, whose capitals mark no names.
    /// </summary>
    private static bool IsHeadlineLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        var line = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
        int words = 0, caps = 0, upper = 0, lower = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsLetter(line[i]) || (i > 0 && (char.IsLetter(line[i - 1]) || line[i - 1] is '\'' or '’'))) continue;
            words++;
            var j = i;
            while (j < line.Length && char.IsLetter(line[j])) j++;
            if (char.IsUpper(line[i])) caps++;
            // Only whether any word is lower (and no small word) counts: the first settles it.
            else if (lower == 0 && !TitleCaseSmallSpans.Contains(line[i..j])) lower++;
            var k = i;
            while (k < line.Length && char.IsLetter(line[k]) && !char.IsLower(line[k])) k++;
            if (k - i > 1 && k == j) upper++;
        }
        return words >= 3 && (upper >= 0.6 * words || (lower == 0 && caps >= 3));
    }

    private static readonly HashSet<string> TitleCaseSmall = new(StringComparer.Ordinal)
        { "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleCaseSmallSpans = TitleCaseSmall.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower-case words that sit inside names: "Bank of America", "Leonardo da Vinci", "Ludwig van Beethoven".</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
        { "of", "de", "da", "del", "della", "der", "den", "van", "von", "du", "la", "le", "bin", "al", "y" };

    /// <summary>Offices and honorifics written before a name: they mark a person but are no part of the name.</summary>
    internal static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady",
        "President", "Vice", "Prime", "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope",
        "Gov", "Gov.", "Governor", "Sen", "Sen.", "Senator", "Rep", "Rep.", "Representative", "Mayor", "Judge", "Justice",
        "Gen", "Gen.", "General", "Col", "Col.", "Colonel", "Lt", "Lt.", "Sgt", "Sgt.", "Capt", "Capt.", "Captain",
        "Officer", "Detective", "Sheriff", "Chief", "Coach", "Rev", "Rev.", "Reverend", "Father", "Sister", "Brother",
        "Secretary", "Ambassador", "Commissioner", "Director", "CEO", "Chairman", "Dean", "Deputy", "St", "St.",
        "Saint", "Actress", "Actor", "Singer", "Star", "Defender", "Striker", "Midfielder", "Goalkeeper", "Quarterback",
    };

    /// <summary>Words that open sentences but never names (checked when the word opens a sentence or a run).</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
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

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "am", "pm", "gmt", "est", "pst",
        "edt", "pdt", "bst", "utc", "et", "pt",
    };
}
