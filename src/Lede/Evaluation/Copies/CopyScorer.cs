namespace Lede.Evaluation.Copies;

/// <summary>An article's gold place: the id of its family's original, its relation to it, its real-world event.</summary>
public sealed record CopyGold(string Id, string Origin, string Relation, string Event);

/// <summary>What a system answered for an article: the original it names for the family, and the relation.</summary>
public sealed record CopyAnswer(string Origin, string Relation);

public sealed record RelationRecall(long GoldPairs, long FoundPairs, long RelationRight)
{
    public double Recall => GoldPairs == 0 ? 0 : (double)FoundPairs / GoldPairs;
}

public sealed record CopyScore(
    PrecisionRecall Pairs,
    IReadOnlyDictionary<string, RelationRecall> ByRelation,
    long FoundOriginalCopyPairs,
    long RelationRight,
    long Families,
    long FamiliesRight,
    long SameEventPairs,
    long SameEventFalsePairs,
    long IgnoredPairs)
{
    public double RelationAccuracy => FoundOriginalCopyPairs == 0 ? 0 : (double)RelationRight / FoundOriginalCopyPairs;
    public double OriginAccuracy => Families == 0 ? 0 : (double)FamiliesRight / Families;
}

/// <summary>
/// Copybench scoring. Two articles are a copy pair when they share an origin, in gold and in the answers alike;
/// pairs in the ignore list (too close to call) count neither way. Per relation, recall is over the pairs of an
/// original with its copy; relation accuracy is over those pairs found. A gold family of two or more has its
/// origin right when every member names the gold original. Same-event pairs of different origins are the hard
/// negatives: reports of one event by different outlets, which are not copies.
/// </summary>
public static class CopyScorer
{
    public static CopyScore Score(
        IReadOnlyList<CopyGold> gold, IReadOnlyDictionary<string, CopyAnswer> answers, IReadOnlySet<(string, string)> ignored)
    {
        var goldById = gold.ToDictionary(g => g.Id, StringComparer.Ordinal);
        bool IsIgnored(string a, string b) => ignored.Contains(Key(a, b));

        long predictedPairs = 0, truePairs = 0, goldPairs = 0;
        foreach (var family in answers.GroupBy(a => a.Value.Origin, StringComparer.Ordinal))
            foreach (var (a, b) in PairsOf(family.Select(f => f.Key).ToList()))
            {
                if (IsIgnored(a, b)) continue;
                predictedPairs++;
                if (goldById[a].Origin == goldById[b].Origin) truePairs++;
            }
        var goldFamilies = gold.GroupBy(g => g.Origin, StringComparer.Ordinal).ToList();
        foreach (var family in goldFamilies)
            goldPairs += PairsOf(family.Select(f => f.Id).ToList()).Count(p => !IsIgnored(p.A, p.B));

        var byRelation = new SortedDictionary<string, RelationRecall>(StringComparer.Ordinal);
        foreach (var copy in gold.Where(g => g.Id != g.Origin && !IsIgnored(g.Id, g.Origin)))
        {
            var found = answers[copy.Id].Origin == answers[copy.Origin].Origin;
            var right = found && answers[copy.Id].Relation == copy.Relation;
            var sofar = byRelation.GetValueOrDefault(copy.Relation, new RelationRecall(0, 0, 0));
            byRelation[copy.Relation] = new RelationRecall(sofar.GoldPairs + 1, sofar.FoundPairs + (found ? 1 : 0), sofar.RelationRight + (right ? 1 : 0));
        }

        var families = goldFamilies.Where(f => f.Count() >= 2).ToList();
        var familiesRight = families.Count(f => f.All(member => answers[member.Id].Origin == f.Key));

        long sameEventPairs = 0, sameEventFalse = 0;
        foreach (var sameEvent in gold.GroupBy(g => g.Event, StringComparer.Ordinal))
            foreach (var (a, b) in PairsOf(sameEvent.Select(g => g.Id).ToList()))
            {
                if (goldById[a].Origin == goldById[b].Origin || IsIgnored(a, b)) continue;
                sameEventPairs++;
                if (answers[a].Origin == answers[b].Origin) sameEventFalse++;
            }

        return new CopyScore(
            new PrecisionRecall(truePairs, predictedPairs, goldPairs),
            byRelation,
            byRelation.Values.Sum(r => r.FoundPairs),
            byRelation.Values.Sum(r => r.RelationRight),
            families.Count,
            familiesRight,
            sameEventPairs,
            sameEventFalse,
            ignored.Count);
    }

    /// <summary>The order-free key of a pair, as the ignore list is looked up.</summary>
    public static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static IEnumerable<(string A, string B)> PairsOf(IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
                yield return (ids[i], ids[j]);
    }
}
