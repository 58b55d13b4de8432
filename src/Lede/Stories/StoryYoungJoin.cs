namespace Lede.Stories;

/// <summary>
/// The young story's guard (StoryOptions.YoungJoinMaxZ): a report that only modestly beats the join bar of a story of
/// one kept report opens a story of its own when the two read as two dated events: the story's report names a year and
/// the article none, the article's lead names a weekday and the story's lead another, and no lead name is shared. A
/// one-report story's centroid is one report's words, so a report of another event of the same kind (another cable cut
/// in the same sea) scores it about as well as a report of its own event, and that first join seeds a whole-event merge;
/// a second report of the same event says the same day, or shares a lead name.
/// </summary>
public sealed partial class StoryClusterer
{
    private bool YoungJoinRefused(StoryDocument doc, StoryCandidate candidate)
    {
        if (options.YoungJoinMaxZ is not { } maxZ || candidate.Score >= maxZ) return false;
        if (doc.LatestYear is not null || doc.LeadWeekdays == 0) return false;
        if (!_live.TryGetValue(candidate.StoryId, out var story) || story.Indexed > options.YoungJoinMaxReports
            || story.Kept is not { } kept) return false;
        bool year = false;
        var days = 0;
        foreach (var m in kept)
        {
            year |= m.Doc.LatestYear is not null;
            days |= m.Doc.LeadWeekdays;
        }
        if (!year || days == 0 || (days & doc.LeadWeekdays) != 0) return false;
        foreach (var name in doc.LeadNames)
            if (story.LeadNames.ContainsKey(name)) return false;
        return true;
    }
}
