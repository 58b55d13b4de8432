using System.Diagnostics;

namespace Lede.Evaluation.Extraction;

/// <summary>Per-page latency over a run, from Stopwatch ticks.</summary>
public sealed record LatencySummary(int Pages, double MedianMs, double P90Ms, double P99Ms, double MeanMs)
{
    /// <summary>Pages per second at the mean: one core, one page after another.</summary>
    public double PagesPerSecond => MeanMs > 0 ? 1000 / MeanMs : 0;

    public static LatencySummary Of(IReadOnlyCollection<long> ticks)
    {
        if (ticks.Count == 0) return new LatencySummary(0, 0, 0, 0, 0);
        var ms = ticks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LatencySummary(ms.Length, Quantile(ms, 0.5), Quantile(ms, 0.9), Quantile(ms, 0.99), ms.Average());
    }

    /// <summary>Linear interpolation between closest ranks (numpy's default), on sorted values.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
