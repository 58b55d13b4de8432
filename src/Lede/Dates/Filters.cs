using System.Text.RegularExpressions;

namespace Lede.Dates;

/// <summary>
/// Checks a pattern's find against its surroundings before it competes with the others: the ambiguities
/// that a regular expression cannot see ("may" the verb, "fall" the noun, "a year" the rate, ages).
/// </summary>
internal static class Filters
{
    public static bool Accept(Rule rule, Match m, string text, TemporalTaggerOptions options)
    {
        var g = m.Groups;
        switch (rule)
        {
            case Rule.MonthDay or Rule.DayMonth:
                return Capitalised(g["month"]);
            case Rule.MonthAlone:
            {
                var month = g["month"];
                if (!Capitalised(month)) return false;
                var abbreviated = month.Value.EndsWith('.') || month.Value.Length == 3 && !month.Value.Equals("May", StringComparison.OrdinalIgnoreCase)
                                  || month.Value.Equals("Sept", StringComparison.OrdinalIgnoreCase);
                var modified = g["pre"].Success || g["pre2"].Success || g["rel"].Success || g["year"].Success || g["yrel"].Success;
                if (modified) return !abbreviated || month.Value.EndsWith('.') || g["year"].Success;
                // Bare abbreviations are too often something else; bare "May" and "March" need a preposition.
                if (abbreviated) return false;
                if (month.Value is "May" or "March" or "MAY" or "MARCH")
                    return TemporalLexicon.DatePrepositions.Contains(PreviousWord(text, m.Index));
                return true;
            }
            case Rule.YearAlone:
            {
                var year = int.Parse(g["year"].ValueSpan);
                return year >= options.MinYear && year <= options.MaxYear;
            }
            case Rule.Season:
            {
                if (g["year"].Success || g["pre"].Success || g["pre2"].Success) return true;
                var rel = g["rel"].Value;
                if (rel.Length > 0 && !rel.Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
                var before = PreviousWord(text, m.Index);
                if (!TemporalLexicon.SeasonPrepositions.Contains(before)) return false;
                // "the fall of the Berlin Wall", "the fall in prices".
                return !(g["season"].Value.Equals("fall", StringComparison.OrdinalIgnoreCase) && NextWord(text, m.Index + m.Length) is "of" or "in" or "to");
            }
            case Rule.Quarter:
            {
                var unit = g["unit"].Value.ToLowerInvariant();
                var hasOrd = g["ord"].Success;
                var hasAdj = g["adj"].Length > 0 || g["yrel"].Success;
                var det = g["det"].Value.ToLowerInvariant();
                if (unit == "half") return hasOrd && NextWord(text, m.Index + m.Length) is not "hour" and not "point";
                if (det is "a" or "an" && !hasAdj && !hasOrd) return false;
                // "a quarter of the vote", "the quarter of": shares, not periods.
                if (!hasOrd && !hasAdj && NextWord(text, m.Index + m.Length) is "of" or "point" or "century") return false;
                if (unit == "period") return hasAdj && !hasOrd && !g["adj"].Value.Contains("same", StringComparison.OrdinalIgnoreCase);
                if (hasOrd && g["ord"].Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) && det.Length == 0) return false;
                return hasOrd || hasAdj || det.Length > 0;
            }
            case Rule.WeekdayName:
                return Capitalised(g["weekday"]);
            case Rule.Set:
            {
                if (g["month"].Success && (!Capitalised(g["month"]) || g["month"].Value.EndsWith('.') || g["month"].Value.Length == 3)) return false;
                if (!g["adverb"].Success) return true;
                // TimeBank tags the everyday rates as recurrences even as adjectives ("his weekly radio address",
                // "on a daily basis"); the financial ones ("quarterly dividend") only as adverbs.
                // A capitalised name after it makes it a noun: "the Communist Party daily Granma".
                if (g["adverb"].Value.ToLowerInvariant() is "daily" or "weekly" or "hourly" or "nightly" or "monthly")
                    return !NextIsCapitalised(text, m.Index + m.Length);
                // "quarterly dividend", "the daily Granma": adjectives, not recurrences. An adverb ends its phrase.
                var next = NextWord(text, m.Index + m.Length);
                return next.Length == 0 || TemporalLexicon.FunctionWords.Contains(next);
            }
            case Rule.Duration:
            {
                var after = m.Index + m.Length;
                // Ages are not durations in TimeBank: "45-year-old".
                if (after < text.Length && text[after] == '-' && NextWord(text, after) is "old") return false;
                if (NextWord(text, after) is "old") return false;
                var num = g["num"].Value.ToLowerInvariant();
                var unit = g["unit"].Value.ToLowerInvariant();
                // Titles: "60 Minutes".
                if (char.IsUpper(g["unit"].Value[0]) && !char.IsUpper(g["unit"].Value[^1])) return false;
                if (num is "a" or "an" or "some" or "many" && unit is "second" or "quarter" && !g["plural"].Success) return false;
                if (unit == "quarter" && !g["plural"].Success && NextWord(text, after) is "of" or "point") return false;
                // "three-quarters of its food": a fraction.
                if (unit == "quarter" && g["plural"].Success && !g["det"].Success && !g["span"].Success && NextWord(text, after) is "of") return false;
                // Rates are not annotated: "$5 a year", "four flights a week", "24 hours a day".
                if (num is "a" or "an" && !g["mod"].Success && !g["det"].Success && !g["span"].Success && IsAfterAmount(text, m.Index)) return false;
                if (num is "some" && !g["plural"].Success) return false;
                return true;
            }
            case Rule.Ago:
            {
                // "three days later", "an hour earlier": TimeBank tags the duration and leaves the adverb out;
                // longer spans ("a year earlier") are points.
                var unit = g["unit"].Value.ToLowerInvariant();
                return g["yearago"].Success || g["dir"].Value.Equals("ago", StringComparison.OrdinalIgnoreCase)
                       || unit is not ("hour" or "minute" or "second" or "day" or "night" or "week" or "weekend");
            }
            case Rule.Deictic:
                // "today's world": generic, not a date.
                return !(g["deictic"].Value.Equals("today", StringComparison.OrdinalIgnoreCase) && m.Index + m.Length < text.Length - 1
                         && text[m.Index + m.Length] is '\'' or '’' && text[m.Index + m.Length + 1] == 's');
            case Rule.Reference:
            {
                var after = m.Index + m.Length;
                // "Now, he says, ...": a sentence opening "Now," turns the argument, it does not date anything.
                if (m.ValueSpan is "Now" && after < text.Length && text[after] == ',') return false;
                // "the future of our peoples": the thing, not the time.
                if (m.ValueSpan.EndsWith("future", StringComparison.OrdinalIgnoreCase) && NextWord(text, after) is "of") return false;
                // "He was soon released", "cash that soon became a flood": soon after a past event, not ahead of now.
                if (m.ValueSpan.Equals("soon", StringComparison.OrdinalIgnoreCase))
                {
                    var next = NextWord(text, after);
                    return !(PreviousWord(text, m.Index).ToLowerInvariant() is "was" or "were" or "had" or "been"
                             || next.EndsWith("ed", StringComparison.Ordinal) || TemporalLexicon.IrregularPast.Contains(next));
                }
                return true;
            }
            case Rule.RelativeUnit:
                // Titles such as ABC's "This Week".
                return !(g["unit"].Success && char.IsUpper(g["unit"].Value[0]));
            default:
                return true;
        }
    }

    private static bool IsAfterAmount(string text, int i)
    {
        var before = PreviousWord(text, i);
        if (before.Length == 0) return false;
        if (char.IsAsciiDigit(before[^1]) || TemporalLexicon.RateWords.Contains(before)) return true;
        var start = i - 1;
        while (start >= 0 && text[start] == ' ') start--;
        start -= before.Length;
        var earlier = start > 0 ? PreviousWord(text, start + 1) : "";
        return earlier.Length > 0 && (char.IsAsciiDigit(earlier[^1]) || TemporalLexicon.RateWords.Contains(earlier));
    }

    private static bool NextIsCapitalised(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && char.IsUpper(text[i]);
    }

    private static bool Capitalised(Group g) => g.Success && g.Length > 0 && char.IsUpper(g.Value[0]);

    internal static string PreviousWord(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\n' or '\r') j--;
        var end = j + 1;
        while (j >= 0 && (char.IsLetterOrDigit(text[j]) || text[j] == '%')) j--;
        return text[(j + 1)..end];
    }

    internal static string NextWord(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is ' ' or '\t' or '\n' or '\r' or '-') j++;
        var start = j;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return text[start..j].ToLowerInvariant();
    }
}
