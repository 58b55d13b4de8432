namespace Lede.Stories;

/// <summary>
/// The split's second look (StoryOptions.SplitRejoinScore): the split check cuts a story where its members' words and
/// names fall in two groups, and two angles of one event (the death and the career of the man who died; the shooting
/// and the charge) can fall that way as well as two same-type events. The join model then tells them apart: a group
/// whose every report would still join the other by a wide margin is an angle, and the split is taken back.
/// </summary>
public sealed partial class StoryClusterer
{
    /// <summary>
    /// After a split of story `stayId` (its moves, all to the one new story): the smaller group's kept reports are scored
    /// against the larger group's story; when each scores at least SplitRejoinScore the new story is folded back and
    /// the split is undone (no moves). Otherwise the moves stand.
    /// </summary>
    private List<StoryRepairMove> RejoinCheck(long stayId, List<StoryRepairMove> moves)
    {
        if (options.SplitRejoinScore is not { } minScore || moves.Count == 0) return moves;
        if (!_live.TryGetValue(stayId, out var stay) || !_live.TryGetValue(moves[0].StoryId, out var leave)) return moves;
        if (stay.Kept is not { Count: > 0 } || leave.Kept is not { Count: > 0 } theirs) return moves;
        var (big, small) = leave.Kept.Count > stay.Kept.Count ? (leave, stay) : (stay, leave);
        if (LeadConflict(stay, leave) || LeadConflict(leave, stay)) return moves;
        foreach (var m in small.Kept!)
            if (ScoreAgainst(Rebuilt(m), big) < minScore) return moves;
        // The leaving group holds no copies (Split left them with the story that stays): its members go back as they came.
        Close(leave.Id);
        foreach (var m in theirs) Add(stay, m.Doc, m.Title, m.Weight, m.Centrality, m.Key, m);
        return [];
    }

    /// <summary>
    /// Whether one story names someone in every one of its members' leads (a rare name) that no member of the other
    /// story names at all: who the reports are about differs. Two angles of one event name its subject on both sides
    /// (the man who died); two same-type events do not (a receiver arrested for drink-driving, and in another
    /// story a lineman arrested for it, whose reports never name the receiver).
    /// </summary>
    private bool LeadConflict(LiveStory from, LiveStory to)
    {
        var p = (int)StoryPart.Names;
        foreach (var (term, count) in from.LeadNames)
        {
            if (count < from.Indexed || to.Parts[p].ContainsKey(term)) continue;
            if (Rare(Df(p, term))) return true;
        }
        return false;
    }

    /// <summary>
    /// A kept member's document with its part tables rebuilt from its kept terms, in the document's order: a kept member
    /// keeps its terms as entries, not its tables, and the join model reads the tables. Only after a split, for the
    /// smaller group's few members.
    /// </summary>
    private static StoryDocument Rebuilt(StoryMember m)
    {
        var parts = new IReadOnlyDictionary<string, double>[StoryDocument.PartCount];
        for (var p = 0; p < parts.Length; p++)
        {
            var table = new Dictionary<string, double>(m.Terms[p].Length, StringComparer.Ordinal);
            foreach (var (stats, w) in m.Terms[p]) table[stats.Term] = w;
            parts[p] = table;
        }
        return m.Doc with { Parts = parts };
    }

    /// <summary>The join model's score of a document against a story, as Score would compute it for an arriving article.</summary>
    private double ScoreAgainst(StoryDocument doc, LiveStory story)
    {
        MarkArticleWords(doc);
        MarkArticleNames(doc);
        return Features(doc, story, CheapFeatures(doc, story)).Score(options.Model, options.TimeSigmaDays);
    }
}
