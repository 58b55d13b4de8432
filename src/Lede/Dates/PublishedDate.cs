using System.Globalization;

namespace Lede.Dates;

/// <summary>A publication date and where it came from.</summary>
public sealed record PublishedDate(DateTimeOffset Value, bool HasTime, string Source);

/// <summary>
/// Reads a publication date the input states (a JSON `published`, a feed's pubDate; a WARC date is when the
/// page was fetched, not published). Dates read from the text are the temporal tagger's.
/// </summary>
public static class PublishedDateParser
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    public static PublishedDate? Parse(string? value, string source)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (DateTime.TryParseExact(s, DateOnlyFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out var day))
            return new PublishedDate(new DateTimeOffset(day.Date, TimeSpan.Zero), false, source);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp))
            return new PublishedDate(stamp, true, source);
        return null;
    }
}
