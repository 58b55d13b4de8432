using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Lede.Evaluation.Ner;

/// <summary>
/// `lede eval ner FILE`: entity-level precision, recall and F1 on a CoNLL-2003 file (IOB1 or IOB2), per type
/// too, exactly as conlleval computes them. Predictions are the file with a guessed tag column added.
/// </summary>
public sealed class NerEvalTask : IEvalTask
{
    public string Name => "ner";

    public string Description =>
        "CoNLL-2003 file (token ... tag, IOB1 or IOB2): conlleval entity precision, recall, f1 (0-1), per type in per_type";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var dataset = ConllFile.Read(request.DatasetPath, "CoNLL file", minColumns: 2);
        CheckGoldTags(request.DatasetPath, dataset);
        var sentences = ConllFile.Sentences(dataset);
        var notes = new List<string>();
        string system;
        IReadOnlyList<ConllTagPair> scored;
        if (request.PredictionsPath is { } predictionsPath)
        {
            var predictions = ConllFile.Read(predictionsPath, "predictions file", minColumns: 3);
            CheckSameTokens(request.DatasetPath, dataset, predictionsPath, predictions);
            scored = predictions.Select(l => l.IsBoundary ? ConllTagPair.Break : new ConllTagPair(l.Fields[^2], l.Fields[^1])).ToList();
            system = $"predictions: {Path.GetFileName(predictionsPath)}";
            progress?.Report(new EvalProgress(sentences.Count, sentences.Count));
        }
        else
        {
            var guesses = TagAll(dataset, sentences, progress);
            if (request.SavePredictionsPath is { } savePath)
                ConllFile.WriteWithColumn(savePath, dataset, guesses);
            scored = dataset.Select(l => l.IsBoundary ? ConllTagPair.Break : new ConllTagPair(l.Fields[^1], guesses[l.Number])).ToList();
            system = CapitalisedRunTagger.Name;
            notes.Add("baseline: Lede has no entity stage yet; this is a gazetteer-free capitalisation heuristic, not Lede");
        }

        var score = ConllEval.Score(scored);
        var perType = new JsonObject();
        foreach (var (type, counts) in score.ByType)
            perType[type.Length == 0 ? "(untyped)" : type] = counts.ToJson();
        var details = new JsonObject
        {
            ["per_type"] = perType,
            ["counts"] = new JsonObject
            {
                ["tokens"] = score.Tokens,
                ["token_accuracy"] = Math.Round(score.TokenAccuracy, 6),
                ["gold_phrases"] = score.Overall.Gold,
                ["predicted_phrases"] = score.Overall.Predicted,
                ["correct_phrases"] = score.Overall.Correct,
            },
        };
        var metrics = new Dictionary<string, double>
        {
            ["precision"] = score.Overall.Precision,
            ["recall"] = score.Overall.Recall,
            ["f1"] = score.Overall.F1,
        };
        return new EvalReport(Name, request.DatasetPath, sentences.Count, system, metrics, details, clock.Elapsed.TotalSeconds, notes);
    }

    private static Dictionary<int, string> TagAll(
        IReadOnlyList<ConllLine> lines, IReadOnlyList<IReadOnlyList<ConllLine>> sentences, IProgress<EvalProgress>? progress)
    {
        var guesses = lines.Where(l => !l.IsBoundary).ToDictionary(l => l.Number, _ => "O");
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var tags = CapitalisedRunTagger.Tag(sentence.Select(l => l.Fields[0]).ToList());
            for (var t = 0; t < sentence.Count; t++) guesses[sentence[t].Number] = tags[t];
            if ((i + 1) % 500 == 0 || i + 1 == sentences.Count) progress?.Report(new EvalProgress(i + 1, sentences.Count));
        }
        return guesses;
    }

    /// <summary>A file whose last column is not NER tags is not a CoNLL NER file (a wrong path, most likely).</summary>
    private static void CheckGoldTags(string path, IReadOnlyList<ConllLine> lines)
    {
        foreach (var line in lines.Where(l => !l.IsBoundary))
        {
            var tag = line.Fields[^1];
            if (tag != "O" && !(tag.Length > 2 && tag[1] == '-' && "BIES".Contains(tag[0])))
                throw line.Error(path, $"last column '{tag}' is not an NER tag (O, B-TYPE, I-TYPE)");
        }
    }

    /// <summary>
    /// A predictions file is scored on its own gold column, as conlleval does; it must be this dataset's, token
    /// for token, or the report would name a dataset it was not made from.
    /// </summary>
    private static void CheckSameTokens(string datasetPath, IReadOnlyList<ConllLine> dataset, string predictionsPath, IReadOnlyList<ConllLine> predictions)
    {
        using var expected = dataset.Where(l => !l.IsBoundary && !l.IsDocStart).GetEnumerator();
        foreach (var line in predictions.Where(l => !l.IsBoundary && !l.IsDocStart))
        {
            if (!expected.MoveNext())
                throw line.Error(predictionsPath, $"more tokens than the dataset {datasetPath}");
            var want = expected.Current;
            if (line.Fields[0] != want.Fields[0] || line.Fields[^2] != want.Fields[^1])
                throw line.Error(predictionsPath,
                    $"token '{line.Fields[0]}' with gold '{line.Fields[^2]}' where the dataset has '{want.Fields[0]}' with '{want.Fields[^1]}' (line {want.Number})");
        }
        if (expected.MoveNext())
            throw new EvalDatasetException($"{predictionsPath}: ends before the dataset's token on line {expected.Current.Number}");
    }
}
