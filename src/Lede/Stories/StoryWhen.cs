namespace Lede.Stories;

/// <summary>
/// When an event happened, as the report's lead says it: the weekday ("fired coach Maurice Cheeks on Saturday", "four
/// men rammed their car into a store on Monday"). Two same-type events share their setting, their names and their
/// words, but rarely their day; a report of one event names the day its event happened, whether or not the text
/// carries a date (undated texts are common, and the dates stage cannot anchor a bare weekday). A weak mark alone (a
/// report may name the day of the announcement and not of the event), so it is weighed, not a guard: on ECB+ (title
/// and first three sentences) 27% of same-event pairs that both name weekdays share none, 74% of pairs of two
/// same-type events do.
/// </summary>
public static class StoryWhen
{
    private static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>The weekdays the title and lead name, one bit per day (bit 0 Sunday); 0 when none.</summary>
    public static int Weekdays(string title, string lead) => Weekdays(title) | Weekdays(lead);

    private static int Weekdays(string text)
    {
        var tokens = new List<StoryFeaturizer.Token>();
        StoryFeaturizer.Tokenize(text, tokens);
        var mask = 0;
        foreach (var token in tokens) mask |= Weekday(token.Of(text));
        return mask;
    }

    /// <summary>The bit of the weekday a token names, 0 for none.</summary>
    internal static int Weekday(ReadOnlySpan<char> token)
    {
        // Every weekday name is 6 to 9 letters and ends in "day": most tokens are dismissed on length alone.
        // A possessive ("Friday's loss") is left out: it names the day before more often than the event's own
        // (with them counted, FIT_REPORT=split dev F1 in seed 2 fell from 0.903 to 0.880).
        if (token.Length is < 6 or > 9 || !token.EndsWith("day", StringComparison.OrdinalIgnoreCase)) return 0;
        for (var d = 0; d < Days.Length; d++)
            if (token.Equals(Days[d], StringComparison.OrdinalIgnoreCase)) return 1 << d;
        return 0;
    }
}

/// <summary>The weekday mark between a story's members, for the split check.</summary>
public sealed partial class StoryClusterer
{
    /// <summary>
    /// The split check's similarities, lowered by SplitWeekdayPenalty for the pairs of members whose leads name weekdays
    /// and none in common: two events merged in one story then fall apart along their days, where their words, names
    /// and numbers alone leave them too close to cut.
    /// </summary>
    private void WeekdayPenalty(double[,] sim, List<StoryMember> members)
    {
        if (options.SplitWeekdayPenalty == 0) return;
        var keep = 1 - options.SplitWeekdayPenalty;
        for (var i = 0; i < members.Count; i++)
        {
            var a = members[i].Doc.LeadWeekdays;
            if (a == 0) continue;
            for (var j = i + 1; j < members.Count; j++)
            {
                var b = members[j].Doc.LeadWeekdays;
                if (b == 0 || (a & b) != 0) continue;
                sim[i, j] *= keep;
                sim[j, i] *= keep;
            }
        }
    }
}
