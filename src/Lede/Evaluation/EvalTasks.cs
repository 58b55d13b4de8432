using Lede.Evaluation.PubDate;
using Lede.Evaluation.Timex;

namespace Lede.Evaluation;

/// <summary>The registry of `lede eval` tasks. Task names are a public contract: add, never rename.</summary>
public static class EvalTasks
{
    public static IReadOnlyList<IEvalTask> All { get; } =
    [
        new Extraction.ExtractionEvalTask(),
        new PubDateTask(),
        new TimexTask(),
        new Ner.NerEvalTask(),
        new Paraphrase.ParaphraseEvalTask(),
        new Stories.StoriesEvalTask(),
        new Copies.CopiesEvalTask(),
    ];

    public static IEvalTask? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
