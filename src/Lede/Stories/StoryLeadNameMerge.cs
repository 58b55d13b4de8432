using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// The lead-name merge (StoryOptions.LeadNameMergeRatio): one event's pieces that the merge check's bar (MergeRatio)
/// keeps apart, because one piece tells the scene (the avenue, the disguises) and the other the haul, still name the
/// event's rare own name (the store robbed, the plant that burnt) in the leads of several reports on both sides. A
/// same-type event of the topic (another heist in the same city) reads as close by words, but names its own store in
/// its leads. Two stories whose leads share such a name merge at a lower similarity bar when the smaller's reports would
/// nearly join the larger (LeadNameMergeMinZ, the least of them), and no other story the article retrieved leads with
/// that name. Reads only the article's candidates, on the repair schedule, and never folds back a cut the split check
/// keeps (MayRefold).
/// </summary>
public sealed partial class StoryClusterer
{
    private List<StoryRepairMove> LeadNameMergeCheck(LiveStory story, IReadOnlyList<StoryCandidate> candidates)
    {
        if (options.LeadNameMergeRatio is not { } ratio) return [];
        if (story.Kept is not { } kept || kept.Count < options.LeadNameMergeMinMembers || !Due(kept.Count)) return [];
        List<StoryRepairMove>? moves = null;
        foreach (var (other, theirs) in MergeableCandidates(story, candidates, options.LeadNameMergeMinScore, options.LeadNameMergeMaxCandidates))
        {
            if (theirs.Count < options.LeadNameMergeMinMembers || SharedLeadName(story, other) is not { } name) continue;
            if (SiblingLeads(name, story, other, candidates)) continue;
            if (YearsApart(story, other) || LeadConflict(story, other) || LeadConflict(other, story) || LeadsDiffer(story, other)) continue;
            var members = story.Kept!;
            var ours = Vectors(members);
            var within = MeanSimilarity(Similarities(ours, members.Count), 0, members.Count, 0, members.Count);
            var cross = MeanCross(ours, members.Count, Vectors(theirs), theirs.Count);
            if (cross < ratio * within) continue;
            var (large, small) = members.Count >= theirs.Count ? (story, other) : (other, story);
            if (LeastScore(small, large, options.LeadNameMergeMinZ) < options.LeadNameMergeMinZ) continue;
            if (ActorsDiffer(story, other) || !MayRefold(story, other)) continue;
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"merged into story {story.Id}: both stories' leads name {story.NameForms.GetValueOrDefault(name, name)}, and its reports resemble that story's ({cross:0.00}, theirs {within:0.00})");
            TakeIn(story, other, theirs, reason, moves ??= []);
            if (story.Kept is null) break;
        }
        return moves ?? [];
    }

    /// <summary>
    /// A rare name of several words that LeadNameMergeMinLeads leads or more, and LeadNameMergeMinShare of the members or
    /// more, name in each story, and not a person either
    /// story's members are about; null when none. Several words: a full name (a store, a plant) is the event's own, a
    /// single word is often its setting.
    /// </summary>
    private string? SharedLeadName(LiveStory a, LiveStory b)
    {
        var p = (int)StoryPart.Names;
        foreach (var (term, count) in a.LeadNames)
        {
            if (count < options.LeadNameMergeMinLeads || count < options.LeadNameMergeMinShare * a.Kept!.Count || !term.Contains(' ')) continue;
            var theirs = b.LeadNames.GetValueOrDefault(term);
            if (theirs < options.LeadNameMergeMinLeads || theirs < options.LeadNameMergeMinShare * b.Kept!.Count) continue;
            // A person is the subject of several events (a coach hired, then fired); a store or a plant of one.
            if (a.SubjectPersons.ContainsKey(term) || b.SubjectPersons.ContainsKey(term)) continue;
            if (Rare(Df(p, term))) return term;
        }
        return null;
    }

    /// <summary>
    /// Whether another of the article's candidates (the stories it retrieved, no others) names the name in a lead: a
    /// name several events of the stream lead with (a law, a kind of accident, a store robbed twice) does not tell the
    /// pieces' event from its siblings.
    /// </summary>
    private bool SiblingLeads(string name, LiveStory story, LiveStory other, IReadOnlyList<StoryCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.StoryId == story.Id || c.StoryId == other.Id || !_live.TryGetValue(c.StoryId, out var sibling)) continue;
            if (sibling.LeadNames.ContainsKey(name)) return true;
        }
        return false;
    }
}
