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
                return Capitalised(g["month"]) && !(g["month"].Value.Length == 3 && IsAmbiguousAbbreviation(g["month"].Value) && !char.IsUpper(g["month"].Value[1]) && g["day"].Value.Length == 0);
            case Rule.MonthAlone:
            {
                var month = g["month"];
                if (!Capitalised(month)) return false;
                var modified = g["pre"].Success || g["pre2"].Success || g["rel"].Success || g["year"].Success || g["yrel"].Success;
                if (modified) return month.Value.Length > 3 || month.Value.EndsWith('.') || g["year"].Success;
                // Bare abbreviations are too often something else; bare "May" and "March" need a preposition.
                if (month.Value.Length <= 4 && !month.Value.Equals("June", StringComparison.OrdinalIgnoreCase) && !month.Value.Equals("July", StringComparison.OrdinalIgnoreCase))
                    return false;
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
                if (!TemporalLexicon.DatePrepositions.Contains(before)) return false;
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
                if (g["month"].Success && !Capitalised(g["month"])) return false;
                if (g["month"].Success && g["month"].Value.Length <= 4) return false;
                if (!g["q"].Value.Equals("a", StringComparison.OrdinalIgnoreCase)) return true;
                // "a year" is a rate only after an amount: "$5 a year", "twice a week", "20% a year".
                var before = PreviousWord(text, m.Index);
                return before.Length > 0 && (char.IsAsciiDigit(before[^1]) || TemporalLexicon.RateWords.Contains(before));
            }
            case Rule.Duration:
            {
                var after = m.Index + m.Length;
                // Ages are not durations in TimeBank: "45-year-old".
                if (after < text.Length && text[after] == '-' && NextWord(text, after) is "old") return false;
                if (NextWord(text, after) is "old") return false;
                var num = g["num"].Value.ToLowerInvariant();
                var unit = g["unit"].Value.ToLowerInvariant();
                if (num is "a" or "an" or "some" or "many" && unit is "second" or "quarter" && !g["plural"].Success) return false;
                if (unit == "quarter" && NextWord(text, after) is "of" or "point") return false;
                if (num is "some" && !g["plural"].Success) return false;
                return true;
            }
            case Rule.Reference:
                // "now" inside "now-defunct" is fine; "now" as "Now, ..." too; but not "know"/"snow" (the \b handles).
                return true;
            default:
                return true;
        }
    }

    private static bool Capitalised(Group g) => g.Success && g.Length > 0 && char.IsUpper(g.Value[0]);

    private static bool IsAmbiguousAbbreviation(string s) => s is "mar" or "may" or "jan" or "dec" or "sep";

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
