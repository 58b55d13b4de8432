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
        "expected", "expects", "expect", "scheduled", "schedule", "due", "upcoming", "intends", "intend",
        "hopes", "aims", "next", "forecast", "forecasts", "projected", "slated", "set", "soon",
    };

    private static readonly HashSet<string> PastCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "was", "were", "had", "did", "ago", "told", "announced", "reported", "began", "came", "went",
        "took", "made", "gave", "met", "won", "lost", "fell", "rose", "sold", "bought", "left", "held", "struck",
        "hit", "became", "saw", "last", "earlier", "paid", "spent", "knew", "thought", "found", "wrote", "got",
        "ran", "brought", "kept", "led", "sent", "chose", "broke", "closed", "ended", "opened", "agreed", "planned",
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

    public static TemporalDirection At(string text, int start, int end, TemporalTaggerOptions options)
    {
        TemporalDirection left = TemporalDirection.Unknown, right = TemporalDirection.Unknown;
        int leftDistance = int.MaxValue, rightDistance = int.MaxValue;

        var i = start;
        for (var n = 0; n < options.TenseWindowLeft; n++)
        {
            var (ws, we, boundary) = PreviousWord(text, i);
            if (boundary || we <= ws) break;
            var cue = Cue(text.AsSpan(ws, we - ws), text, we);
            // A participle after "be" ("will not be repatriated") carries no tense; its auxiliary does.
            if (cue == TemporalDirection.Past && IsParticiple(text, ws)) cue = TemporalDirection.Unknown;
            if (cue != TemporalDirection.Unknown) { left = cue; leftDistance = n; break; }
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
        // A future cue anywhere near wins over a nearer reporting verb: "said it will meet Friday".
        if (left == TemporalDirection.Future || right == TemporalDirection.Future && leftDistance > 2)
            return TemporalDirection.Future;
        return leftDistance <= rightDistance ? left : right;
    }

    private static TemporalDirection Cue(ReadOnlySpan<char> word, string text, int wordEnd)
    {
        var lookup = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
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

    // Sentence ends and paragraph breaks bound the clause; a period after an abbreviation ("Sept.", "a.m.")
    // does not, nor does a comma (reporting verbs often sit across one: "On Friday, he will...").
    private static bool IsBreak(string text, int j)
    {
        var c = text[j];
        if (c is '!' or '?' or ';' or '\n') return true;
        if (c != '.') return false;
        var k = j - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var wordLength = j - 1 - k;
        return wordLength > 3 || wordLength > 0 && char.IsLower(text[j - 1]) && wordLength > 1 && (k < 0 || text[k] != '.');
    }
}
