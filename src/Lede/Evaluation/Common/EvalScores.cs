namespace Lede.Evaluation;

/// <summary>Counts behind precision, recall and F1; a ratio with nothing to divide by is 0, as conlleval has it.</summary>
public readonly record struct PrecisionRecall(long Correct, long Predicted, long Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public PrecisionRecall Add(PrecisionRecall other) =>
        new(Correct + other.Correct, Predicted + other.Predicted, Gold + other.Gold);

    public System.Text.Json.Nodes.JsonObject ToJson() => new()
    {
        ["precision"] = Math.Round(Precision, 6),
        ["recall"] = Math.Round(Recall, 6),
        ["f1"] = Math.Round(F1, 6),
        ["correct"] = Correct,
        ["predicted"] = Predicted,
        ["gold"] = Gold,
    };
}
