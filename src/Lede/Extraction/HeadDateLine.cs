using System.Globalization;
using System.Text.RegularExpressions;

namespace Lede.Extraction;

/// <summary>
/// The date a plain text prints between its headline and its body ("May 03, 2013", "Published: July 29, 2004",
/// "PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM", "18 September 2013 Last updated at 13: 59 GMT"): the byline block
/// of a news page, so the article's own date. More lenient than <see cref="DateOnlyLine"/>, which decides what the
/// cleaner drops; this one only reads, and only where a byline block sits. Day-month order is never guessed: a
/// numeric date (3/4/2013) is not read.
/// </summary>
internal static partial class HeadDateLine
{
    /// <summary>Lines longer than this are prose, however they start.</summary>
    private const int MaxWords = 14;

    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Parse(string line)
    {
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return null;
        var m = Pattern().Match(line);
        if (!m.Success) return null;
        var month = Array.IndexOf(Months, m.Groups["m"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return month >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private const string Label = @"(?:(?:article\s+)?(?:published|posted|updated|last\s+updated|date|on)(?:\s+on)?\s*:?\s*)?";
    private const string Weekday = @"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?";
    // A time before the date ("22: 07 GMT, 7 July 2012"); scraped texts often space the colon.
    private const string Time = @"(?:[0-9]{1,2}\s?[:.]\s?[0-9]{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4})?\s*[,|-]?\s*)?";
    private const string Month = @"(?<m>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)";

    [GeneratedRegex(@"^\W{0,3}" + Label + Weekday + Time + Weekday
        + @"(?:" + Month + @"\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9]{2})"
        + @"|(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>(?:19|20)[0-9]{2}))"
        + @"(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
