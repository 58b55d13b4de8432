using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Lede.Evaluation.Paraphrase;

/// <summary>`lede eval paraphrase FILE`: accuracy and positive-class F1 on an MSRP-format file.</summary>
public sealed class ParaphraseEvalTask : IEvalTask
{
    public static readonly string[] PredictionColumns = ["id1", "id2", "label"];

    public string Name => "paraphrase";

    public string Description =>
        "MSRP file (Quality, #1 ID, #2 ID, #1 String, #2 String; TAB): accuracy, f1 of the paraphrase class";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var pairs = MsrpFile.Read(request.DatasetPath);
        var notes = new List<string>();
        string system;
        IReadOnlyDictionary<(string, string), bool> predicted;
        if (request.PredictionsPath is { } predictionsPath)
        {
            predicted = ReadPredictions(predictionsPath, pairs);
            system = $"predictions: {Path.GetFileName(predictionsPath)}";
        }
        else
        {
            var answers = new Dictionary<(string, string), bool>();
            for (var i = 0; i < pairs.Count; i++)
            {
                answers.TryAdd(pairs[i].Key, WordOverlapBaseline.IsParaphrase(pairs[i].Text1, pairs[i].Text2));
                if ((i + 1) % 500 == 0) progress?.Report(new EvalProgress(i + 1, pairs.Count));
            }
            predicted = answers;
            if (request.SavePredictionsPath is { } savePath)
                EvalTsv.Write(savePath, PredictionColumns, answers.Select(a => new[] { a.Key.Item1, a.Key.Item2, a.Value ? "1" : "0" }));
            system = WordOverlapBaseline.Name;
            notes.Add($"baseline: Lede has no similarity stage yet; the threshold {WordOverlapBaseline.Threshold} was chosen on msr_paraphrase_train");
        }
        progress?.Report(new EvalProgress(pairs.Count, pairs.Count));

        var score = Score(pairs.Select(p => (p.IsParaphrase, predicted[p.Key])));
        var metrics = new Dictionary<string, double> { ["accuracy"] = score.Accuracy, ["f1"] = score.Positive.F1 };
        var details = new JsonObject { ["positive_class"] = score.Positive.ToJson() };
        return new EvalReport(Name, request.DatasetPath, pairs.Count, system, metrics, details, clock.Elapsed.TotalSeconds, notes);
    }

    public sealed record BinaryScore(double Accuracy, PrecisionRecall Positive);

    public static BinaryScore Score(IEnumerable<(bool Gold, bool Predicted)> answers)
    {
        long total = 0, right = 0, truePositive = 0, predictedPositive = 0, goldPositive = 0;
        foreach (var (gold, guess) in answers)
        {
            total++;
            if (gold == guess) right++;
            if (gold && guess) truePositive++;
            if (guess) predictedPositive++;
            if (gold) goldPositive++;
        }
        return new BinaryScore(total == 0 ? 0 : (double)right / total, new PrecisionRecall(truePositive, predictedPositive, goldPositive));
    }

    /// <summary>One row per distinct pair of the dataset, label 0 or 1.</summary>
    public static IReadOnlyDictionary<(string, string), bool> ReadPredictions(string path, IReadOnlyList<MsrpPair> pairs)
    {
        var expected = pairs.Select(p => p.Key).ToHashSet();
        var byPair = new Dictionary<(string, string), (bool Label, int Line)>();
        foreach (var row in EvalTsv.Read(path, "predictions", PredictionColumns))
        {
            var key = (row[0], row[1]);
            if (!expected.Contains(key))
                throw row.Error($"pair {row[0]} {row[1]} is not in the dataset");
            if (row[2] is not ("0" or "1"))
                throw row.Error($"label '{row[2]}' is not 0 or 1");
            if (!byPair.TryAdd(key, (row[2] == "1", row.Line)))
                throw row.Error($"pair {row[0]} {row[1]} appears twice (first on line {byPair[key].Line})");
        }
        var missing = pairs.Select(p => p.Key).Where(k => !byPair.ContainsKey(k)).Distinct().ToList();
        if (missing.Count > 0)
            throw new EvalDatasetException($"{path}: predictions have no row for {missing.Count} of {expected.Count} pairs, the first being {missing[0].Item1} {missing[0].Item2}");
        return byPair.ToDictionary(p => p.Key, p => p.Value.Label);
    }
}
