using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The merge check's second look (StoryOptions.SubjectMergeMinScore): two young stories that are about the same person
/// (the entities stage's first subject of half the members of each or more) are one event told from two angles more
/// often than two events, however little vocabulary they share (the offer of a post and the doctor's career). Two
/// same-type events about one person (a coach hired, and fired three years on) differ in their year or in the
/// weekdays their leads name, and those keep them apart, as does a rare name in all of one story's leads that the
/// other never names (LeadConflict).
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> SubjectMergeCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.SubjectMergeMinScore is not { } minScore) return [];
        if (story.Kept is not { Count: >= 2 } || !Due(story.Kept.Count)) return [];
        var moves = new List<StoryRepairMove>();
        foreach (var (other, theirs) in MergeableCandidates(story, candidates, minScore, options.SubjectMergeMaxCandidates))
        {
            if (SharedSubject(story, other) is not { } person || LeadConflict(story, other) || LeadConflict(other, story) || ActorsDiffer(story, other)) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: both stories are about {story.NameForms.GetValueOrDefault(person, person)}");
            TakeIn(story, other, theirs, reason, moves);
            if (story.Kept is null) break;
        }
        return moves;
    }

    /// <summary>
    /// The live candidate stories, best first, that a merge look may take into the story: scored at least minScore, with
    /// kept members, small enough together for a split check and within MaxSpanDays; at most maxLooked of them. Read
    /// lazily, so that a look that empties the story stops before the next one is fetched.
    /// </summary>
    private IEnumerable<(LiveStory Other, List<StoryMember> Theirs)> MergeableCandidates(LiveStory story,
        IReadOnlyList<StoryCandidate> candidates, double minScore, int maxLooked)
    {
        var looked = 0;
        foreach (var c in candidates)
        {
            if (c.Score < minScore) yield break;
            if (c.StoryId == story.Id || !_live.TryGetValue(c.StoryId, out var other)) continue;
            if (other.Kept is not { Count: > 0 } theirs) continue;
            if (story.Kept!.Count + theirs.Count > options.SplitMaxMembers) continue;
            if (story.SpanWithDays(other) > options.MaxSpanDays) continue;
            if (TextDatesDiffer(story, other)) continue;
            if (++looked > maxLooked) yield break;
            yield return (other, theirs);
        }
    }

    /// <summary>
    /// The person that half the members of each story or more are about, when the stories' years agree and their
    /// leads' weekdays do not conflict; null otherwise.
    /// </summary>
    private string? SharedSubject(LiveStory a, LiveStory b)
    {
        if (YearsApart(a, b)) return null;
        if (options.SubjectMergeWeekdays && Weekdays(a) is var wa and not 0 && Weekdays(b) is var wb and not 0 && (wa & wb) == 0) return null;
        foreach (var (person, count) in a.SubjectPersons)
        {
            if (options.SubjectMergeShare * a.Indexed > count) continue;
            if (options.SubjectMergeShare * b.Indexed > b.SubjectPersons.GetValueOrDefault(person)) continue;
            return person;
        }
        return null;
    }

    /// <summary>The weekdays the kept members' leads name, as StoryDocument.LeadWeekdays bits.</summary>
    private static int Weekdays(LiveStory story)
    {
        var bits = 0;
        foreach (var m in story.Kept!) bits |= m.Doc.LeadWeekdays;
        return bits;
    }
}
