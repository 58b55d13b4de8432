namespace Lede.Dates;

/// <summary>The TIMEX3 type of a temporal expression.</summary>
public enum TimexType
{
    /// <summary>A calendar point or period: "28 September 2023", "last week", "the third quarter", "now".</summary>
    Date,
    /// <summary>A time of day, possibly with its date: "10 a.m.", "Thursday morning", "this evening".</summary>
    Time,
    /// <summary>An amount of time: "three years", "the past six months" (values like P3Y).</summary>
    Duration,
    /// <summary>A recurrence: "every week", "annually", "each Thursday".</summary>
    Set,
}

/// <summary>
/// A temporal expression found in a text: its span, TIMEX3 type and normalised value. Values follow TIMEX3:
/// "2023-09-28", "2023-W38", "2023-Q3", "2023-SU", "199" (the 1990s), "2023-09-28T10:00", "P3Y", "PRESENT_REF";
/// parts that the text and the reference date cannot fix are left as X ("XXXX-03-16", "XXXX-WXX-4").
/// </summary>
/// <param name="Mod">TIMEX3 mod where the wording gives one: START, MID, END, APPROX, MORE_THAN, LESS_THAN...</param>
public sealed record TemporalMention(int Start, int Length, string Text, TimexType Type, string Value, string? Mod = null)
{
    public int End => Start + Length;

    /// <summary>The TIMEX3 type attribute as written in TimeML ("DATE", "TIME", "DURATION", "SET").</summary>
    public string TimexTypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    /// <summary>True when the value names a calendar date, week, month... with every digit known.</summary>
    public bool IsFullySpecified => Type is TimexType.Date or TimexType.Time && Value.Length > 0
        && char.IsAsciiDigit(Value[0]) && !Value.Contains('X');
}
