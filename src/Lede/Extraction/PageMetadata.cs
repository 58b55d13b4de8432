namespace Lede.Extraction;

/// <summary>A calendar day a page states, where it was read from (e.g. "meta:article:published_time",
/// "json-ld:datePublished", "url", "text") and how far that kind of source is trusted (0..1).</summary>
public sealed record DateFinding(DateOnly Date, string Source, double Confidence)
{
    public string Day => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Written as a UTC stamp near midnight: +1 when late in the day (readers ahead of UTC saw the next day),
    /// -1 when early (readers behind UTC saw the day before), 0 otherwise.
    /// </summary>
    internal int ZoneShift { get; init; }
}

/// <summary>
/// What a page says about itself. Published and Modified are kept apart: a page updated yesterday was not
/// published yesterday. Language is an ISO 639-1 code ("de"), from the markup when plausible, else detected.
/// </summary>
public sealed record PageMetadata(
    string? Title,
    IReadOnlyList<string> Authors,
    string? SiteName,
    string? CanonicalUrl,
    string? Language,
    DateFinding? Published,
    DateFinding? Modified);

/// <summary>Tuned constants of metadata extraction.</summary>
public sealed record MetadataOptions
{
    /// <summary>htmldate's floor: web pages dated before this are almost always noise (copyright, history).</summary>
    public DateOnly EarliestDate { get; init; } = new(1995, 1, 1);

    /// <summary>The latest plausible date; null means today (UTC) plus <see cref="DaysAfterToday"/>.</summary>
    public DateOnly? LatestDate { get; init; }

    /// <summary>Slack for time zones ahead of UTC.</summary>
    public int DaysAfterToday { get; init; } = 1;

    /// <summary>Only the head of a date-bearing element is read: long text is prose that mentions dates.</summary>
    public int MaxDateElementText { get; init; } = 64;

    /// <summary>More date-classed elements than this is a list page or calendar, not one article's byline.</summary>
    public int MaxDateElements { get; init; } = 300;

    /// <summary>
    /// Date elements are ranked by how many elements away from the headline they are; one before it counts this
    /// many times as far as one after it, since bylines follow headlines more often than they precede them.
    /// </summary>
    public double BeforeHeadlinePenalty { get; init; } = 2;

    /// <summary>How much of the page's text goes to the language detector.</summary>
    public int LanguageSampleChars { get; init; } = 1500;

    /// <summary>Below this many letters the detector's guess is too weak to report.</summary>
    public int MinLanguageLetters { get; init; } = 20;

    /// <summary>Below this many letters of text a declared language is kept whatever the text looks like.</summary>
    public int MinLanguageOverruleLetters { get; init; } = 80;

    /// <summary>How much of the sample the n-gram detector reads, where it is consulted at all.</summary>
    public int LanguageDetectChars { get; init; } = 400;

    /// <summary>Another language's function words must outnumber every other language's, the declared one's included, this many times.</summary>
    public double LanguageVoteMargin { get; init; } = 2;

    /// <summary>Share of words that must be one language's function words for a verdict without the detector.</summary>
    public double LanguageMinWordShare { get; init; } = 0.12;

    public LanguageRules LanguageRules => new(LanguageSampleChars, LanguageDetectChars, MinLanguageLetters, MinLanguageOverruleLetters, LanguageVoteMargin, LanguageMinWordShare);

    /// <summary>Text segments longer than this are prose, not a dateline, in the free-text pass.</summary>
    public int MaxFreeTextSegment { get; init; } = 80;

    /// <summary>A UTC stamp this many hours or fewer from midnight may name another day than the page shows.</summary>
    public int ZoneAmbiguousHours { get; init; } = 7;

    public static MetadataOptions Default { get; } = new();

    public DateOnly Latest => LatestDate ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(DaysAfterToday);
}
