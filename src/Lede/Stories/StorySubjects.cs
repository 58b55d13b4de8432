namespace Lede.Stories;

/// <summary>
/// The entities stage's subjects against a story: who each member is about. Two reports of one event name the same
/// protagonist in their title and lead; two same-type events (a coach fired one year, another the next) share the
/// setting, the team and the event words, but not the person.
/// </summary>
public sealed partial class StoryClusterer
{
    private void AddSubjects(LiveStory story, StoryDocument doc)
    {
        if (story.Subjects.Count == 0) story.Subjects.EnsureCapacity(Math.Min(doc.Subjects.Count, options.MaxCentroidTerms));
        foreach (var s in doc.Subjects)
            if (story.Subjects.Count < options.MaxCentroidTerms || story.Subjects.ContainsKey(s))
                story.Subjects[s] = story.Subjects.GetValueOrDefault(s) + 1;
        if (doc.SubjectPerson is { } p && (story.SubjectPersons.Count < options.MaxCentroidTerms || story.SubjectPersons.ContainsKey(p)))
            story.SubjectPersons[p] = story.SubjectPersons.GetValueOrDefault(p) + 1;
    }

    /// <summary>The largest share of the story's members that have one of the article's subjects among theirs.</summary>
    private static double SubjectMatch(StoryDocument doc, LiveStory story)
    {
        if (story.Indexed == 0) return 0;
        var best = 0;
        // By index, not foreach: through the interface a foreach boxed the list's enumerator, once per candidate
        // (1.2 % of the assigning thread's sampled bytes between the bench's 40k and 100k).
        var subjects = doc.Subjects;
        for (var i = 0; i < subjects.Count; i++) best = Math.Max(best, story.Subjects.GetValueOrDefault(subjects[i]));
        return Math.Min(1.0, (double)best / story.Indexed);
    }

    /// <summary>
    /// 1 when the article is about one person and most of the story's members about another, and neither side names
    /// the other's: not a mere change of angle (a report about the lawyer still names the defendant).
    /// </summary>
    private static double SubjectConflict(StoryDocument doc, LiveStory story)
    {
        if (doc.SubjectPerson is not { } person || story.Indexed == 0) return 0;
        string? dominant = null;
        var most = 0;
        foreach (var (p, n) in story.SubjectPersons)
            if (n > most || (n == most && string.CompareOrdinal(p, dominant) < 0)) (dominant, most) = (p, n);
        if (dominant is null || dominant == person || 2 * most < story.Indexed) return 0;
        var names = story.Parts[(int)StoryPart.Names];
        if (Names(doc, dominant) || names.ContainsKey(person) || names.ContainsKey(Surname(person))) return 0;
        return 1;
    }

    /// <summary>Whether the article names the person, in full or by surname.</summary>
    private static bool Names(StoryDocument doc, string person)
    {
        var names = doc[StoryPart.Names];
        return names.ContainsKey(person) || names.ContainsKey(Surname(person));
    }

    private static string Surname(string person) => person[(person.LastIndexOf(' ') + 1)..];
}
