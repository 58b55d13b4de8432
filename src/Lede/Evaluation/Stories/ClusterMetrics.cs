namespace Lede.Evaluation.Stories;

public sealed record ClusterScore(double BCubedPrecision, double BCubedRecall, double BCubedF1, double AdjustedRand);

/// <summary>Scores of a flat clustering against gold classes, one label of each per item.</summary>
public static class ClusterMetrics
{
    /// <summary>
    /// BCubed (Bagga and Baldwin 1998, item-averaged): an item's precision is the share of its predicted cluster
    /// in its gold class, its recall the share of its gold class in its predicted cluster. ARI is Hubert and
    /// Arabie's, from pair counts; 1 when both clusterings agree on every pair (the case it cannot divide).
    /// </summary>
    public static ClusterScore Score(IReadOnlyList<(string Gold, string Predicted)> labels)
    {
        if (labels.Count == 0) return new ClusterScore(0, 0, 0, 0);
        var cells = labels.GroupBy(l => l).ToDictionary(g => g.Key, g => (long)g.Count());
        var goldSizes = labels.GroupBy(l => l.Gold, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var predictedSizes = labels.GroupBy(l => l.Predicted, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

        // Each of a cell's n items has precision n / |its cluster| and recall n / |its class|.
        double precision = 0, recall = 0;
        foreach (var ((gold, predicted), n) in cells)
        {
            precision += (double)n * n / predictedSizes[predicted];
            recall += (double)n * n / goldSizes[gold];
        }
        precision /= labels.Count;
        recall /= labels.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        double bothSame = cells.Values.Sum(Pairs);
        double goldSame = goldSizes.Values.Sum(Pairs);
        double predictedSame = predictedSizes.Values.Sum(Pairs);
        double all = Pairs(labels.Count);
        var onlyGold = goldSame - bothSame;
        var onlyPredicted = predictedSame - bothSame;
        var neither = all - bothSame - onlyGold - onlyPredicted;
        var ari = onlyGold == 0 && onlyPredicted == 0
            ? 1.0
            : 2 * (bothSame * neither - onlyGold * onlyPredicted)
              / ((bothSame + onlyGold) * (onlyGold + neither) + (bothSame + onlyPredicted) * (onlyPredicted + neither));
        return new ClusterScore(precision, recall, f1, ari);
    }

    private static double Pairs(long n) => n * (n - 1) / 2.0;
}
