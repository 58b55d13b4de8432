using System.Globalization;

namespace Lede.Dates;

/// <summary>Word lists and word-to-number tables shared by the filters and the resolver.</summary>
internal static class TemporalLexicon
{
    /// <summary>Words after which a bare "May", "March" or season is a date: "in May", "since March", "by spring".</summary>
    public static readonly HashSet<string> DatePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "to", "between",
        "and", "or", "late", "early", "mid", "last", "next", "this", "that", "each", "every", "on", "for", "over",
        "into", "around", "throughout", "til", "as", "the",
    };

    /// <summary>Words after which a bare season is a date: "in spring", "by the fall" (not "to fall", "shares fall").</summary>
    public static readonly HashSet<string> SeasonPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "during", "before", "after", "this", "last", "next", "early", "late",
        "through", "throughout", "over", "of",
    };

    /// <summary>Words that may follow a recurrence adverb ("rose 5% annually through 1992").</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "to", "at", "in", "on", "for", "from", "through", "since", "until", "by", "with", "as",
        "while", "since", "over", "during", "after", "before", "because", "so", "than", "if", "when", "the", "a",
        "an", "this", "that", "is", "was", "are", "were", "will", "would", "he", "she", "it", "they", "we", "said",
    };

    /// <summary>Words before "a year" that make it a rate, a SET: "$5 a year", "twice a week".</summary>
    public static readonly HashSet<string> RateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "dollars", "times", "once",
        "twice", "thrice", "pounds", "euros", "yen", "tons", "barrels", "units", "miles", "more", "less", "%",
    };

    /// <summary>Common irregular past-tense verbs, which mark a past narrative ("soon became").</summary>
    public static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "became", "came", "went", "began", "took", "gave", "found", "made", "left", "fell", "rose", "got", "saw",
        "knew", "ran", "sold", "grew", "spread", "broke", "won", "lost", "held", "met", "told", "said",
    };

    public static int? Month(string word)
    {
        if (word.Length < 3) return null;
        return char.ToLowerInvariant(word[0]) switch
        {
            'j' => word[1] is 'a' or 'A' ? 1 : word[2] is 'n' or 'N' ? 6 : 7,
            'f' => 2,
            'm' => word[2] is 'r' or 'R' ? 3 : 5,
            'a' => word[1] is 'p' or 'P' ? 4 : 8,
            's' => 9,
            'o' => 10,
            'n' => 11,
            'd' => 12,
            _ => null,
        };
    }

    /// <summary>ISO day of week, Monday 1 ... Sunday 7.</summary>
    public static int Weekday(string word) => char.ToLowerInvariant(word[0]) switch
    {
        'm' => 1,
        't' => word[1] is 'u' or 'U' ? 2 : 4,
        'w' => 3,
        'f' => 5,
        's' => word[1] is 'a' or 'A' ? 6 : 7,
        _ => 0,
    };

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a"] = 1, ["an"] = 1,
    };

    /// <summary>A cardinal as a number; null for vague ones ("several", "a few"); halves as .5.</summary>
    public static decimal? Number(string words)
    {
        var w = string.Join(' ', words.Split([' ', '\t', '\n', '\r', '-'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (w.Length > 0 && char.IsAsciiDigit(w[0]))
        {
            var half = w.EndsWith(" 1/2", StringComparison.Ordinal);
            var digits = (half ? w[..^4] : w).Replace(",", "");
            return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d + (half ? 0.5m : 0) : null;
        }
        switch (w)
        {
            case "a hundred" or "one hundred": return 100;
            case "a dozen": return 12;
            case "half a" or "a half": return 0.5m;
            case "a couple" or "a couple of" or "couple of": return 2;
        }
        var total = 0;
        foreach (var part in w.Split(' '))
        {
            if (!Units.TryGetValue(part, out var v)) return null;
            total += v;
        }
        return total;
    }

    public static bool IsFuzzyCouple(string words) => words.Contains("couple", StringComparison.OrdinalIgnoreCase);
}
