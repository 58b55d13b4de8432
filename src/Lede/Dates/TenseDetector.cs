namespace Lede.Dates;

/// <summary>
/// Guesses from the words around an expression whether its clause talks about the past or the future, the way
/// HeidelTime uses the tense of nearby verbs, but from word lists instead of part-of-speech tags: the cue
/// nearest to the expression inside its clause wins ("said Thursday" looks back, "will meet on Wednesday"
/// forward).
/// </summary>
internal static class TenseDetector
{
    private static readonly HashSet<string> FutureCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "’ll", "shall", "wo", "won't", "won’t", "would", "going", "plans", "plan", "planning",
        "expected", "expects", "expect", "scheduled", "schedule", "due", "payable", "upcoming", "intends", "intend",
        "hopes", "aims", "next", "forecast", "forecasts", "projected", "slated", "set", "soon",
    };

    private static readonly HashSet<string> PastCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "was", "were", "had", "did", "ago", "told", "announced", "reported", "began", "came", "went",
        "took", "made", "gave", "met", "won", "lost", "fell", "rose", "sold", "bought", "left", "held", "struck",
        "hit", "became", "saw", "last", "earlier", "paid", "spent", "knew", "thought", "found", "wrote", "got",
        "ran", "brought", "kept", "led", "sent", "chose", "broke", "closed", "ended", "opened", "agreed", "planned",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "announced", "reported", "added", "stated", "noted", "declared",
    };

    private static readonly HashSet<string> PresentCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "says", "say", "has", "have", "does", "do", "am", "'s", "’s",
    };

    // Words ending in -ed that are not past-tense verbs.
    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "indeed", "speed", "feed", "seed", "red", "bed", "hundred", "united", "limited", "based",
        "proposed", "expected", "scheduled", "planned", "proceed", "succeed", "exceed", "related", "unexpected",
        "embed", "shed", "weed", "breed", "creed", "greed", "bleed", "led", "fled", "wed", "sled", "shred",
    };

    /// <summary>Prepositions that set a deadline or a start ahead: "by May", "effective Feb. 1", "as early as Tuesday".</summary>
    private static readonly HashSet<string> DeadlinePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "until", "till", "effective",
    };

    public static TemporalDirection At(string text, int start, int end, TemporalTaggerOptions options)
    {
        // The preposition that introduces the expression outweighs the clause's verb: a deadline lies ahead
        // even in a past-tense report ("talks supposed to conclude by May, invited...").
        // The past perfect is the exception: "until Thursday, they had not called him a suspect".
        if (IntroducedAsDeadline(text, start) && !ClauseHasPastPerfect(text, start, end, options)) return TemporalDirection.Future;
        TemporalDirection left = TemporalDirection.Unknown, right = TemporalDirection.Unknown;
        int leftDistance = int.MaxValue, rightDistance = int.MaxValue;

        // Leftwards, a future cue anywhere in the clause wins ("would be paid on a still unspecified date in
        // January") unless a reporting verb comes first ("will cut jobs, it said Thursday").
        var i = start;
        for (var n = 0; n < options.TenseWindowLeft; n++)
        {
            var (ws, we, boundary) = PreviousWord(text, i);
            if (boundary || we <= ws) break;
            var word = text.AsSpan(ws, we - ws);
            var cue = Cue(word, text, we);
            // A participle after "be" ("will not be repatriated") carries no tense; its auxiliary does.
            if (cue == TemporalDirection.Past && IsParticiple(text, ws)) cue = TemporalDirection.Unknown;
            if (cue == TemporalDirection.Future) { left = cue; leftDistance = n; break; }
            if (cue != TemporalDirection.Unknown && left == TemporalDirection.Unknown) { left = cue; leftDistance = n; }
            if (cue != TemporalDirection.Unknown && ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) break;
            i = ws;
        }
        i = end;
        for (var n = 0; n < options.TenseWindowRight; n++)
        {
            var (ws, we, boundary) = NextWord(text, i);
            if (boundary || we <= ws) break;
            var cue = Cue(text.AsSpan(ws, we - ws), text, we);
            if (cue != TemporalDirection.Unknown) { right = cue; rightDistance = n; break; }
            i = we;
        }
        if (left == TemporalDirection.Future || right == TemporalDirection.Future && leftDistance > 2)
            return TemporalDirection.Future;
        return leftDistance <= rightDistance ? left : right;
    }

    private static bool ClauseHasPastPerfect(string text, int start, int end, TemporalTaggerOptions options)
    {
        var i = start;
        for (var n = 0; n < options.TenseWindowLeft; n++)
        {
            var (ws, we, boundary) = PreviousWord(text, i);
            if (boundary || we <= ws) break;
            if (text.AsSpan(ws, we - ws).Equals("had", StringComparison.OrdinalIgnoreCase)) return true;
            i = ws;
        }
        i = end;
        for (var n = 0; n < options.TenseWindowRight; n++)
        {
            var (ws, we, boundary) = NextWord(text, i);
            if (boundary || we <= ws) break;
            if (text.AsSpan(ws, we - ws).Equals("had", StringComparison.OrdinalIgnoreCase)) return true;
            i = we;
        }
        return false;
    }

    private static bool IntroducedAsDeadline(string text, int start)
    {
        var (ws, we, boundary) = PreviousWord(text, start);
        if (boundary || we <= ws) return false;
        var word = text.AsSpan(ws, we - ws);
        if (DeadlinePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        if (!word.Equals("as", StringComparison.OrdinalIgnoreCase) && !word.Equals("than", StringComparison.OrdinalIgnoreCase)) return false;
        // "as early as", "as soon as", "no later than".
        var (ps, pe, b2) = PreviousWord(text, ws);
        if (b2 || pe <= ps) return false;
        var previous = text.AsSpan(ps, pe - ps);
        return previous.Equals("early", StringComparison.OrdinalIgnoreCase) || previous.Equals("soon", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("later", StringComparison.OrdinalIgnoreCase);
    }

    private static TemporalDirection Cue(ReadOnlySpan<char> word, string text, int wordEnd)
    {
        // "planned to leave", "is to resume trading": intentions and arrangements point ahead.
        if ((word.Equals("planned", StringComparison.OrdinalIgnoreCase) || word.Equals("is", StringComparison.OrdinalIgnoreCase)
             || word.Equals("are", StringComparison.OrdinalIgnoreCase)) && FollowedByTo(text, wordEnd))
            return TemporalDirection.Future;
        var lookup = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            // "announced the plan Aug. 21": after a determiner a plan or forecast is a thing, not an intention.
            if (NounAfterDeterminer.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && AfterDeterminer(text, wordEnd - word.Length))
                return TemporalDirection.Unknown;
            // "going" and "set" are future only as "going to" / "set to"; "next" only as a determiner elsewhere.
            if (word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.Equals("set", StringComparison.OrdinalIgnoreCase)
                || word.Equals("due", StringComparison.OrdinalIgnoreCase) || word.Equals("expected", StringComparison.OrdinalIgnoreCase))
                return FollowedByTo(text, wordEnd) ? TemporalDirection.Future
                    : word.Equals("set", StringComparison.OrdinalIgnoreCase) ? TemporalDirection.Past : TemporalDirection.Unknown;
            return TemporalDirection.Future;
        }
        if (PastCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return TemporalDirection.Past;
        if (PresentCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return TemporalDirection.Present;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0])
            && !NotPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return TemporalDirection.Past;
        return TemporalDirection.Unknown;
    }

    private static readonly HashSet<string> NounAfterDeterminer = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "schedule", "forecast", "forecasts",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    };

    private static bool AfterDeterminer(string text, int wordStart)
    {
        var (ps, pe, boundary) = PreviousWord(text, wordStart);
        return !boundary && pe > ps && Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(ps, pe - ps));
    }

    private static bool IsParticiple(string text, int wordStart)
    {
        var (ps, pe, boundary) = PreviousWord(text, wordStart);
        if (boundary || pe <= ps) return false;
        var previous = text.AsSpan(ps, pe - ps);
        return previous.Equals("be", StringComparison.OrdinalIgnoreCase) || previous.Equals("been", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("being", StringComparison.OrdinalIgnoreCase);
    }

    private static bool FollowedByTo(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i + 2 <= text.Length && text.AsSpan(i, 2).Equals("to", StringComparison.OrdinalIgnoreCase)
            && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
    }

    /// <summary>The word before position i; boundary when a clause or sentence break comes first.</summary>
    private static (int Start, int End, bool Boundary) PreviousWord(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && !IsWordChar(text[j]))
        {
            if (IsBreak(text, j)) return (0, 0, true);
            j--;
        }
        var end = j + 1;
        while (j >= 0 && IsWordChar(text[j])) j--;
        return (j + 1, end, false);
    }

    private static (int Start, int End, bool Boundary) NextWord(string text, int i)
    {
        var j = i;
        while (j < text.Length && !IsWordChar(text[j]))
        {
            if (IsBreak(text, j)) return (0, 0, true);
            j++;
        }
        var start = j;
        while (j < text.Length && IsWordChar(text[j])) j++;
        return (start, j, false);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';

    // Sentence ends and paragraph breaks bound the clause; a period after an abbreviation ("Sept.", "Mr.",
    // "U.S.") does not, nor does a comma (reporting verbs often sit across one: "On Friday, he will...").
    private static bool IsBreak(string text, int j)
    {
        var c = text[j];
        if (c is '!' or '?' or ';' or '\n') return true;
        if (c != '.') return false;
        var k = j - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text.AsSpan(k + 1, j - k - 1);
        if (word.Length == 1 || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        var next = j + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
        return next >= text.Length || char.IsUpper(text[next]) || text[next] is '"' or '\'' or '`' or '“' or '\n';
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "St", "Jr", "Sr", "Co",
        "Corp", "Inc", "Ltd", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs",
        "m", "a", "p", "Prof", "Rev", "Mt", "Ft",
    };
}
