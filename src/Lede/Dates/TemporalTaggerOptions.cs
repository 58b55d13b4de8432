namespace Lede.Dates;

/// <summary>Tuned constants of the temporal tagger.</summary>
public sealed record TemporalTaggerOptions(
    // A bare four-digit number is read as a year only inside this range; below it, numbers such as "1200
    // troops" are far more often counts than years in news.
    int MinYear = 1600,
    int MaxYear = 2099,
    // A month (or month and day) without a year is put in the reference year, then moved a year back when the
    // sentence looks back and it would lie more than PastSlackDays after the reference (a past-tense verb often
    // announces a coming date: "declared a dividend payable Dec. 15"), or a year ahead when the sentence looks
    // forward and it lies more than FutureSlackDays before.
    int PastSlackDays = 120,
    int FutureSlackDays = 31,
    // With no tense cue, a month (and day) more than this many days after the reference is put in the year
    // before, and one more than a year less this before it in the year after: news mostly looks back.
    int UncuedAheadDays = 120,
    // How far back within its sentence "a year earlier" looks for the period it compares ("the first nine
    // months"); a sentence rarely runs longer before it.
    int PeriodLookBackChars = 300,
    // Words either side of an expression that are searched for tense cues ("said", "will"), within the clause.
    int TenseWindowLeft = 10,
    int TenseWindowRight = 6,
    // Patterns run sentence by sentence; a stretch with no sure sentence end is cut at the first space after
    // this many characters (an expression spans a few words, so a cut rarely falls inside one).
    int MaxSentenceChars = 2000,
    // A pattern runs only within this many characters before and after a word that every one of its matches
    // contains ("years" in "each of the past twenty-five years", "10" in "10:35 a.m. EST, Nov. 6"); they must
    // exceed the longest reach of a match (with what its look-arounds inspect) from that word. Matches lean
    // left of their trigger, as modifiers precede the unit or name.
    int TriggerReachBefore = 64,
    int TriggerReachAfter = 48)
{
    public static TemporalTaggerOptions Default { get; } = new();
}

/// <summary>Which way an underspecified expression points from the reference date.</summary>
public enum TemporalDirection
{
    /// <summary>No cue: news looks back, so weekdays resolve to the last such day; months to the nearest.</summary>
    Unknown,
    Past,
    Present,
    Future,
}
