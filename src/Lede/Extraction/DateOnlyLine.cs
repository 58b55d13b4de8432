using System.Globalization;
using System.Text.RegularExpressions;

namespace Lede.Extraction;

/// <summary>A line that holds a date and nothing else; <see cref="Date"/> is null when the line is ambiguous (3/4/2023).</summary>
internal sealed partial record DateOnlyLine(DateOnly? Date)
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const int MonthsInYear = 12;

    /// <summary>The line as a date-only line ("Sunday, December 22, 2024", "Published: 3 March 2023 10:15 GMT"), or null.</summary>
    public static DateOnlyLine? Parse(string line)
    {
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var year = Int(m.Groups["y"].Value);
        var day = Int(m.Groups["d"].Value);
        int month;
        if (m.Groups["m"].Success)
            month = Array.IndexOf(Months, m.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
        else if (m.Groups["mm"].Success)
            month = Int(m.Groups["mm"].Value);
        else
        {
            // Day and month order is the site's convention; only a number above 12 settles it.
            var (a, b) = (Int(m.Groups["a"].Value), Int(m.Groups["b"].Value));
            if (a > MonthsInYear == b > MonthsInYear) return new DateOnlyLine((DateOnly?)null);
            (day, month) = a > MonthsInYear ? (a, b) : (b, a);
        }
        return new DateOnlyLine(year >= 1 && month is >= 1 and <= MonthsInYear && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?:published|updated|posted|last updated|modified|date)(?:\s+on)?\s*:?\s*)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?(?:(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(?<y>\d{4})|(?<y>\d{4})-(?<mm>\d{1,2})-(?<d>\d{1,2})|(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4}))(?:\s*(?:,|\||at|-|–|—|•)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
