using Lede.Evaluation;
using Lede.Evaluation.Stories;

namespace Lede.Tests.Stories;

/// <summary>The ECB+ stories eval in file order and three shuffles, run once per test process and shared.</summary>
public static class EcbPlusRuns
{
    public static readonly int?[] Orders = [null, 1, 2, 3];

    private static readonly Lazy<IReadOnlyDictionary<int, EvalReport>> Reports = new(() =>
    {
        var folder = TestPaths.Dataset(Path.Combine("ecbplus", "stories"));
        return Orders.ToDictionary(o => o ?? 0, o => new StoriesEvalTask().Run(new EvalRequest(folder, ShuffleSeed: o)));
    });

    /// <summary>The report for a shuffle seed, or for file order when null.</summary>
    public static EvalReport Report(int? seed) => Reports.Value[seed ?? 0];
}
