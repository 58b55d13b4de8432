using System.Globalization;
using NodaTime;

namespace Lede.Dates;

/// <summary>
/// When an article's main event happened. Value is a TIMEX3 date: "2023-09-28", or "XXXX-03-16" when the
/// text names a day but no year and nothing gives one. Day is set only when the value is a full date.
/// Basis says what the date rests on, for a person to check.
/// </summary>
public sealed record EventDate(string Value, DateOnly? Day, double Confidence, string Basis);

public sealed record EventDateOptions
{
    /// <summary>
    /// A news report's event lies near its publication: a full date in the text further than this from the
    /// publication date is background ("since February 2022"), not the event.
    /// </summary>
    public int MaxDaysBeforePublication { get; init; } = 14;

    public int MaxDaysAfterPublication { get; init; } = 14;

    /// <summary>The event is named early: only mentions in the first this many characters are considered.</summary>
    public int LeadChars { get; init; } = 1500;

    public double TextDateWithReferenceConfidence { get; init; } = 0.8;

    /// <summary>A full date in a text without a publication date may still be background, so it is trusted less.</summary>
    public double TextDateWithoutReferenceConfidence { get; init; } = 0.6;

    /// <summary>With no date in the text, news is usually about the day it was published or the day before.</summary>
    public double PublicationDateConfidence { get; init; } = 0.5;

    public double PartialDateConfidence { get; init; } = 0.3;

    public static EventDateOptions Default { get; } = new();
}

/// <summary>
/// Picks the event date from the temporal expressions of the article's lead, resolved against the
/// publication date when there is one. Never guesses a year the text and input do not give.
/// </summary>
public sealed class EventDater(TemporalTagger tagger, EventDateOptions options)
{
    public EventDater() : this(new TemporalTagger(), EventDateOptions.Default) { }

    public EventDate? Date(string text, DateOnly? published)
    {
        var lead = text.Length <= options.LeadChars ? text : text[..options.LeadChars];
        LocalDate? reference = published is { } p ? new LocalDate(p.Year, p.Month, p.Day) : null;
        var mentions = tagger.Tag(lead, reference);
        EventDate? partial = null;
        foreach (var mention in mentions)
        {
            if (mention.Type is not (TimexType.Date or TimexType.Time)) continue;
            var day = DayOf(mention.Value);
            if (day is { } d)
            {
                if (published is { } pub &&
                    (d < pub.AddDays(-options.MaxDaysBeforePublication) || d > pub.AddDays(options.MaxDaysAfterPublication)))
                    continue;
                var confidence = published is null ? options.TextDateWithoutReferenceConfidence : options.TextDateWithReferenceConfidence;
                return new EventDate(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, confidence, $"text: \"{mention.Text}\"");
            }
            if (partial is null && IsYearlessDay(mention.Value))
                partial = new EventDate(mention.Value[..10], null, options.PartialDateConfidence, $"text: \"{mention.Text}\", year unknown");
        }
        if (published is { } known)
            return new EventDate(known.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), known, options.PublicationDateConfidence,
                "publication date (no date of the event in the text)");
        return partial;
    }

    /// <summary>A full calendar day from a TIMEX3 value ("2023-09-28" or "2023-09-28T10:00").</summary>
    internal static DateOnly? DayOf(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    private static bool IsYearlessDay(string value) =>
        value.Length >= 10 && value.StartsWith("XXXX-", StringComparison.Ordinal)
        && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]) && value[7] == '-'
        && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]);
}
