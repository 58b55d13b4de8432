namespace Lede.Evaluation.Timex;

/// <summary>Corpus-level match counts, summed over documents as the TempEval-3 scorer's globals are.</summary>
public readonly record struct TimexCounts(int Gold, int System, int Strict, int Relaxed, int TypeMatches, int ValueMatches)
{
    public static TimexCounts operator +(TimexCounts a, TimexCounts b) => new(
        a.Gold + b.Gold, a.System + b.System, a.Strict + b.Strict, a.Relaxed + b.Relaxed,
        a.TypeMatches + b.TypeMatches, a.ValueMatches + b.ValueMatches);
}

public sealed record TimexScores(
    double StrictPrecision, double StrictRecall, double StrictF1,
    double RelaxedPrecision, double RelaxedRecall, double RelaxedF1,
    double TypeAccuracy, double ValueAccuracy, double TypeF1, double ValueF1);

/// <summary>
/// TempEval-3 Task A timex scoring, re-implemented from TE3-evaluation.py: the TimeML-Normalizer pairs gold
/// and system TIMEX3s, then evaluation-entities/evaluate_entities.py counts.
/// <list type="bullet">
/// <item>Pairing (normalizer): walking the text in order, a TIMEX3 that begins inside a TIMEX3 of the other
/// annotation that is still unpaired takes its id; so pairs are overlapping spans, one-to-one, first come first
/// served, gold before system at the same start. The normalizer walks PTB tokens; character offsets give the
/// same pairs unless an annotation boundary falls inside a token.</item>
/// <item>Relaxed match = paired; strict match = paired with identical text.</item>
/// <item>P = matches / system TIMEX3s, R = matches / gold TIMEX3s, F1 = 2PR/(P+R) (0 when P+R = 0), micro over
/// the corpus; with no TIMEX3 on either side every score is 1.</item>
/// <item>Type/value: counted over relaxed matches; attribute F1 = (attribute matches / relaxed matches) × relaxed F1.</item>
/// <item>TIMEX3s with blank text count in the totals but never match, as in the original.</item>
/// </list>
/// </summary>
public static class TimexScorer
{
    public static TimexCounts Count(TimeMlDocument gold, TimeMlDocument system)
    {
        if (!string.Equals(gold.Text, system.Text, StringComparison.Ordinal))
            throw new EvalDatasetException(
                $"timex: the text of {system.Name} differs from the gold file's: a system may only add TIMEX3 tags");

        var strict = 0;
        var relaxed = 0;
        var typeMatches = 0;
        var valueMatches = 0;
        foreach (var (g, s) in Pair(gold, system))
        {
            relaxed++;
            if (gold.TextOf(g) == system.TextOf(s)) strict++;
            if (g.Type == s.Type) typeMatches++;
            if (g.Value == s.Value) valueMatches++;
        }
        return new TimexCounts(gold.Timexes.Count, system.Timexes.Count, strict, relaxed, typeMatches, valueMatches);
    }

    /// <summary>The normalizer's pairing; see the class comment.</summary>
    public static IReadOnlyList<(TimexAnnotation Gold, TimexAnnotation System)> Pair(TimeMlDocument gold, TimeMlDocument system)
    {
        var sides = new[] { Matchable(gold), Matchable(system) };
        var partner = new[] { new int[sides[0].Count], new int[sides[1].Count] };
        Array.Fill(partner[0], -1);
        Array.Fill(partner[1], -1);

        var starts = sides[0].Select((t, i) => (t.Start, Side: 0, Index: i))
            .Concat(sides[1].Select((t, i) => (t.Start, Side: 1, Index: i)))
            .OrderBy(e => e.Start).ThenBy(e => e.Side).ThenBy(e => e.Index);
        foreach (var (start, side, index) in starts)
        {
            if (partner[side][index] >= 0) continue;
            var other = 1 - side;
            // The other annotation's TIMEX3 open at this position, if any (TIMEX3s do not nest).
            var open = sides[other].FindIndex(t => t.Start <= start && start < t.End);
            if (open < 0 || partner[other][open] >= 0) continue;
            partner[side][index] = open;
            partner[other][open] = index;
        }

        var pairs = new List<(TimexAnnotation, TimexAnnotation)>();
        for (var i = 0; i < sides[0].Count; i++)
            if (partner[0][i] >= 0) pairs.Add((sides[0][i], sides[1][partner[0][i]]));
        return pairs;

        static List<TimexAnnotation> Matchable(TimeMlDocument doc) =>
            doc.Timexes.Where(t => !string.IsNullOrWhiteSpace(doc.TextOf(t))).OrderBy(t => t.Start).ToList();
    }

    public static TimexScores Score(TimexCounts c)
    {
        if (c.Gold == 0 && c.System == 0)
            return new TimexScores(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        double strictP = Ratio(c.Strict, c.System), strictR = Ratio(c.Strict, c.Gold);
        double relaxedP = Ratio(c.Relaxed, c.System), relaxedR = Ratio(c.Relaxed, c.Gold);
        var relaxedF1 = F1(relaxedP, relaxedR);
        double typeAccuracy = Ratio(c.TypeMatches, c.Relaxed), valueAccuracy = Ratio(c.ValueMatches, c.Relaxed);
        return new TimexScores(strictP, strictR, F1(strictP, strictR), relaxedP, relaxedR, relaxedF1,
            typeAccuracy, valueAccuracy, typeAccuracy * relaxedF1, valueAccuracy * relaxedF1);
    }

    // The original returns 0, not an error, for an empty denominator.
    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
