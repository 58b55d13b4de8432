namespace Lede.Stories;

/// <summary>
/// The near join (StoryOptions.NearJoinMinZ): a report scored just under the join bar by one large story, and far
/// under it by every other, joins that story instead of opening one of its own. A grown story's centroid holds many
/// reports' words, so a report of its event that tells it from another side (other quotes, another angle, a short
/// wire) scores it lower than the story's own members did; but when no other live story comes near, the report is far
/// likelier a late report of that event than the first of a new one. Left out: a report whose lead names someone the
/// story never names, whose text dates it months away, or whose title carries a number the story's titles never carry
/// (another edition of the event type; a title that is only its dateline excepted), and a story its last split check
/// nearly cut (two events may already share it).
/// It reads only the candidates the article already scored: no story is scanned.
/// </summary>
public sealed partial class StoryClusterer
{
    private bool JoinsNearBar(StoryDocument doc, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.NearJoinMinZ is not { } minZ) return false;
        var best = candidates[0];
        if (best.Score < minZ) return false;
        var f = best.Features;
        if (f.LeadConflict > 0 || f.TextDateConflict > 0) return false;
        var minWords = doc[StoryPart.Words].Count <= options.NearJoinShortTerms ? options.NearJoinShortMinWords : options.NearJoinMinWords;
        if (f.Names < options.NearJoinMinNames || f.Words < minWords) return false;
        if (candidates.Count > 1 && best.Score - candidates[1].Score < options.NearJoinMargin) return false;
        return _live.TryGetValue(best.StoryId, out var story) && story.Indexed >= options.NearJoinMinReports
               && story.NearSplitGap < options.OrphanMaxNearGap
               && (f.TitleNumberConflict <= 0 || (options.NearJoinDatelineTitles && doc.TitleIsDateline));
    }
}
