using System.Globalization;
using System.Text.RegularExpressions;

namespace Lede.Extraction;

/// <summary>A line that holds a date and nothing else; <see cref="Date"/> is null when the line is ambiguous (3/4/2023).</summary>
internal sealed partial record DateOnlyLine(DateOnly? Date)
{
    private const int MonthsInYear = 12;

    // English, German, French, Spanish and Italian month names and their usual abbreviations: the languages of
    // most news scraped here. A name's month is its position in a group of twelve.
    private static readonly string[][] MonthNames =
    [
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    ];

    private static readonly Dictionary<string, int> MonthOf = BuildMonths();

    private const string Month = @"(?<m>\p{L}{3,10})\.?";
    private const string Weekday = @"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\.?,?\s+)?";
    private const string Label = @"(?:(?:published|updated|posted|last updated|modified|date|veröffentlicht|aktualisiert|publié le|mis à jour le)(?:\s+on|\s+am)?\s*:?\s*)?";
    private const string Time = @"(?:\s*(?:,|\||at|um|à|-|–|—|•)?\s*[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?|uhr)?(?:\s*(?:[A-Z]{2,4}|GMT|UTC)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?)?";

    /// <summary>The line as a date-only line ("Sunday, December 22, 2024", "Published: 3 March 2023 10:15 GMT"), or null.</summary>
    public static DateOnlyLine? Parse(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        int day, month;
        if (m.Groups["m"].Success)
        {
            if (!MonthOf.TryGetValue(m.Groups["m"].Value.ToLowerInvariant(), out month)) return null;
            day = Int(m.Groups["d"].Value);
        }
        else if (m.Groups["mm"].Success)
            (day, month) = (Int(m.Groups["d"].Value), Int(m.Groups["mm"].Value));
        else
        {
            // Day and month order is the site's convention; only a number above 12 settles it.
            var (a, b) = (Int(m.Groups["a"].Value), Int(m.Groups["b"].Value));
            if (a > MonthsInYear == b > MonthsInYear) return new DateOnlyLine((DateOnly?)null);
            (day, month) = a > MonthsInYear ? (a, b) : (b, a);
        }
        var year = Int(m.Groups["y"].Value);
        return new DateOnlyLine(year >= 1 && month is >= 1 and <= MonthsInYear && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal) { ["sept"] = 9 };
        foreach (var names in MonthNames)
            for (var i = 0; i < names.Length; i++) months.TryAdd(names[i], i + 1);
        return months;
    }

    [GeneratedRegex("^" + Label + Weekday
        + @"(?:" + Month + @"\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>[0-9]{4})"
        + @"|(?<d>[0-9]{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?" + Month + @",?\s+(?:de\s+)?(?<y>[0-9]{4})"
        + @"|(?<y>[0-9]{4})-(?<mm>[0-9]{1,2})-(?<d>[0-9]{1,2})"
        + @"|(?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})[/.](?<y>[0-9]{4}))"
        + Time + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
