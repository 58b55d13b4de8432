using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lede.Extraction;

/// <summary>A date expression found in a string, with where it starts so callers can prefer the first.</summary>
public readonly record struct DateMatch(DateOnly Date, int Index, int Length);

/// <summary>
/// Reads calendar days written the ways news pages write them: ISO stamps, D.M.YYYY, M/D/YYYY, compact
/// YYYYMMDD, and month names in English, German, French, Spanish, Italian, Portuguese and Dutch
/// ("September 28, 2023", "28. September 2023", "28 septembre 2023", "28 de septiembre de 2023").
/// Times and zones are ignored: the day is the one written, which is the day the page's readers saw.
/// </summary>
public static partial class DateText
{
    // Lower-cased, accents kept; a trailing '.' on abbreviations is consumed by the patterns.
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
            ["february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febbraio", "fevereiro", "fev", "februari"],
            ["march", "mar", "märz", "maerz", "mrz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
            ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
            foreach (var name in names[i]) months[name] = i + 1;
        return months;
    }

    private static readonly string MonthAlternation =
        string.Join("|", Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    // Word-bounded month name; "mar" must not match inside "Marathon".
    private static readonly string Month = $@"(?<![\p{{L}}])(?<month>{MonthAlternation})(?![\p{{L}}])\.?";

    private static readonly Regex DayMonthYear = new(
        $@"(?<![0-9.])(?<day>[0-9]{{1,2}})(?:st|nd|rd|th|er|ᵉʳ|º|°)?\.?\s*(?:de\s+|of\s+)?{Month},?\s*(?:de\s+|del\s+)?(?<year>[0-9]{{4}})(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex MonthDayYear = new(
        $@"{Month}\s*(?<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\.?,?\s+(?<year>[0-9]{{4}})(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"(?<![0-9])(?<year>[0-9]{4})(?<sep>[-/.])(?<month>[0-9]{1,2})\k<sep>(?<day>[0-9]{1,2})(?![0-9])")]
    private static partial Regex YearMonthDay();

    // D.M.YYYY, D/M/YYYY, D-M-YYYY; two-digit years only with '.', which is common in German bylines.
    [GeneratedRegex(@"(?<![0-9.])(?<a>[0-9]{1,2})(?<sep>[-/.])\s?(?<b>[0-9]{1,2})\k<sep>\s?(?<year>[0-9]{4}|[0-9]{2})(?![0-9]|\.[0-9])")]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"(?<![0-9])(?<year>[0-9]{4})\s*年\s*(?<month>[0-9]{1,2})\s*月\s*(?<day>[0-9]{1,2})\s*日")]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"(?<![0-9])(?<year>(?:199|20[0-3])[0-9])(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12][0-9]|3[01])(?![0-9])")]
    private static partial Regex Compact();

    /// <summary>How ambiguous numeric dates like 03/04/2023 are read.</summary>
    public enum NumericOrder { DayFirst, MonthFirst }

    /// <summary>Every date expression in <paramref name="text"/>, in order of position, valid in [earliest, latest].</summary>
    public static List<DateMatch> FindAll(string text, DateOnly earliest, DateOnly latest,
        NumericOrder order = NumericOrder.DayFirst, bool compact = false)
    {
        var found = new List<DateMatch>();
        // The shortest date written with a year, "1.2.22", has four digits; most text segments have fewer.
        if (string.IsNullOrEmpty(text) || CountDigits(text, 4) < 4) return found;
        void Add(Match m, DateOnly? day)
        {
            if (day is { } d && d >= earliest && d <= latest && !found.Any(f => Overlaps(f, m)))
                found.Add(new DateMatch(d, m.Index, m.Length));
        }
        foreach (Match m in YearMonthDay().Matches(text))
            Add(m, Make(Int(m, "year"), Int(m, "month"), Int(m, "day")));
        foreach (Match m in CjkDate().Matches(text))
            Add(m, Make(Int(m, "year"), Int(m, "month"), Int(m, "day")));
        foreach (Match m in DayMonthYear.Matches(text))
            Add(m, Make(Int(m, "year"), Months[m.Groups["month"].Value], Int(m, "day")));
        foreach (Match m in MonthDayYear.Matches(text))
            Add(m, Make(Int(m, "year"), Months[m.Groups["month"].Value], Int(m, "day")));
        foreach (Match m in NumericDayFirst().Matches(text))
            Add(m, FromNumeric(m, order));
        if (compact)
            foreach (Match m in Compact().Matches(text))
                Add(m, Make(Int(m, "year"), Int(m, "month"), Int(m, "day")));
        found.Sort((x, y) => x.Index.CompareTo(y.Index));
        return found;
    }

    private static int CountDigits(string text, int enough)
    {
        var count = 0;
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i < text.Length && count < enough; i++)
            if (char.IsAsciiDigit(text[i])) count++;
        return count;
    }

    /// <summary>The first date expression in the text, or null.</summary>
    public static DateOnly? First(string? text, DateOnly earliest, DateOnly latest,
        NumericOrder order = NumericOrder.DayFirst, bool compact = false) =>
        text is null ? null : FindAll(text, earliest, latest, order, compact) is [var first, ..] ? first.Date : null;

    /// <summary>
    /// A machine-written value (meta content, datetime attribute, JSON-LD): ISO first, then a Unix timestamp,
    /// then anything <see cref="First"/> reads. The day is the one written, not converted to UTC.
    /// </summary>
    public static DateOnly? FromMachineValue(string? value, DateOnly earliest, DateOnly latest)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length is 10 or 13 && s.All(char.IsAsciiDigit) && long.TryParse(s, out var epoch))
        {
            var stamp = s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            var d = DateOnly.FromDateTime(stamp.UtcDateTime);
            return d >= earliest && d <= latest ? d : null;
        }
        // Slashed numeric stamps in markup come from en-US formatting (MM/dd/yyyy HH:mm:ss).
        return First(s, earliest, latest, NumericOrder.MonthFirst, compact: true) ?? RfcDate(s, earliest, latest);
    }

    /// <summary>
    /// For a UTC stamp whose hour is within <paramref name="hours"/> of midnight, the direction of the
    /// neighbouring day on which the same instant falls for readers east (+1) or west (-1) of UTC; else 0.
    /// </summary>
    public static int ZoneShift(string? value, int hours)
    {
        if (value is null || UtcStamp().Match(value.Trim()) is not { Success: true } m) return 0;
        var hour = int.Parse(m.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
        return hour >= 24 - hours ? 1 : hour < hours ? -1 : 0;
    }

    [GeneratedRegex(@"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ](?<hour>[0-9]{2}):[0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?\s*(?:Z|[+-]00:?00|\s?GMT|\s?UTC)$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcStamp();

    // "Thu, 28 Sep 2023 10:00:00 GMT" is read by DayMonthYear; this catches the odd invariant form left over.
    private static DateOnly? RfcDate(string s, DateOnly earliest, DateOnly latest)
    {
        if (!YearOnly().IsMatch(s)) return null;
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp)) return null;
        var d = DateOnly.FromDateTime(stamp.DateTime);
        return d >= earliest && d <= latest ? d : null;
    }

    [GeneratedRegex(@"(?<![0-9])(?:19|20)[0-9][0-9](?![0-9])")]
    private static partial Regex YearOnly();

    private static DateOnly? FromNumeric(Match m, NumericOrder order)
    {
        int a = Int(m, "a"), b = Int(m, "b"), year = Int(m, "year");
        var twoDigitYear = m.Groups["year"].Value.Length == 2;
        if (twoDigitYear)
        {
            // Two-digit years: only the German D.M.YY form, where versions and scores are rarer than dates.
            if (m.Groups["sep"].Value != ".") return null;
            year += year >= 90 ? 1900 : 2000;
        }
        // Month-first only where the order says so and only with '/', the American way of writing it.
        var monthFirst = b > 12 || (a <= 12 && order == NumericOrder.MonthFirst && m.Groups["sep"].Value == "/");
        return monthFirst ? Make(year, a, b) : Make(year, b, a);
    }

    private static bool Overlaps(DateMatch f, Match m) => f.Index < m.Index + m.Length && m.Index < f.Index + f.Length;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Whitespace collapsed to single spaces, non-breaking spaces included.</summary>
    public static string Collapse(string text) => Collapse(text, int.MaxValue);

    /// <summary>
    /// The first <paramref name="max"/> characters of <see cref="Collapse(string)"/>, without collapsing the rest
    /// (<c>Collapse(text, max) == Collapse(text)[..Math.Min(max, Collapse(text).Length)]</c>).
    /// </summary>
    public static string Collapse(string text, int max)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max == int.MaxValue ? text.Length : max + 1));
        var space = false;
        foreach (var c in text)
        {
            if (builder.Length >= max) break;
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        if (builder.Length > max) builder.Length = max;
        return builder.ToString();
    }

    /// <summary>Whitespace collapsed as <see cref="Collapse(string)"/> does, across pieces read in order.</summary>
    internal sealed class Collapser(int capacity = 16)
    {
        private readonly StringBuilder _builder = new(capacity);
        private bool _space;

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) { _space = _builder.Length > 0; continue; }
                if (_space) _builder.Append(' ');
                _space = false;
                _builder.Append(c);
            }
        }

        public override string ToString() => _builder.ToString();
    }
}
