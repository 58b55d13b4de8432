using System.Text.Json.Nodes;

namespace Lede.Evaluation;

/// <summary>
/// What `lede eval TASK DATASET` was asked: the dataset path, and either to run Lede or to score a
/// predictions file that someone saved (ours or another tool's).
/// </summary>
public sealed record EvalRequest(
    string DatasetPath,
    string? PredictionsPath = null,
    string? SavePredictionsPath = null,
    int? ShuffleSeed = null);

/// <summary>
/// The public contract of `lede eval --json`: {"task","dataset","items","system","metrics","seconds"}.
/// Flat metric names are fixed per task and never change meaning; nested breakdowns go in Details and
/// are written inside "metrics" beside the flat names.
/// </summary>
public sealed record EvalReport(
    string Task,
    string Dataset,
    int Items,
    string System,
    IReadOnlyDictionary<string, double> Metrics,
    JsonObject? Details,
    double Seconds,
    IReadOnlyList<string> Notes);

public interface IEvalTask
{
    /// <summary>The task name on the command line, part of the public contract.</summary>
    string Name { get; }

    /// <summary>One line for `lede eval --help`: dataset layout and metrics.</summary>
    string Description { get; }

    EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null);
}

public readonly record struct EvalProgress(int Done, int Total);

/// <summary>A dataset that is missing or not in the layout the task reads: reported as a usage error.</summary>
public sealed class EvalDatasetException(string message) : Exception(message);
