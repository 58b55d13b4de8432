using Lede.Evaluation;

namespace Lede.Tests.Evaluation;

/// <summary>Synchronous, unlike Progress&lt;T&gt;, so a test can count reports right after Run returns.</summary>
internal sealed class RecordingProgress : IProgress<EvalProgress>
{
    public List<EvalProgress> Reports { get; } = [];

    public void Report(EvalProgress value) => Reports.Add(value);
}
