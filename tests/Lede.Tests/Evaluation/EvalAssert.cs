using Lede.Evaluation;

namespace Lede.Tests.Evaluation;

internal static class EvalAssert
{
    /// <summary>Each named metric at or above its floor; the message carries the measured figure.</summary>
    public static void AtLeast(EvalReport report, IReadOnlyDictionary<string, double> floors)
    {
        foreach (var (name, floor) in floors)
            Assert.True(report.Metrics[name] >= floor, $"{report.Task} {name} = {report.Metrics[name]:F4} < floor {floor}");
    }
}
