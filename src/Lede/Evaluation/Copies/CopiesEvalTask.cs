using System.Diagnostics;
using System.Text.Json.Nodes;
using Lede.Copies;

namespace Lede.Evaluation.Copies;

/// <summary>
/// `lede eval copies FOLDER`: copybench scoring of Lede's copy families (see <see cref="CopyScorer"/>).
/// </summary>
public sealed class CopiesEvalTask : IEvalTask
{
    public static readonly string[] PredictionColumns = ["id", "origin", "relation"];

    public string Name => "copies";

    public string Description =>
        "copybench folder (articles.jsonl, gold.tsv id/origin/relation/event, optional ignore.tsv a/b): pair precision, recall, f1, "
        + "relation_accuracy, origin_accuracy, same_event_false_pairs of same_event_pairs; recall per relation";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var set = ArticleSet.Load(request.DatasetPath, "id", "origin", "relation", "event");
        var gold = ReadGold(set);
        var ignored = ReadIgnored(Path.Combine(set.Folder, "ignore.tsv"), set);
        var notes = new List<string>();
        string system;
        IReadOnlyDictionary<string, CopyAnswer> answers;
        if (request.PredictionsPath is { } predictionsPath)
        {
            answers = ReadPredictions(predictionsPath, set);
            system = $"predictions: {Path.GetFileName(predictionsPath)}";
            progress?.Report(new EvalProgress(set.Articles.Count, set.Articles.Count));
        }
        else
        {
            var run = PipelineRun.Over(set, request.ShuffleSeed, progress);
            // An article Lede could not read is in no family: its own original.
            answers = set.Ids.ToDictionary(
                id => id,
                id => run.Linked.TryGetValue(id, out var linked) && linked.Copy is { } copy
                    ? new CopyAnswer(copy.OriginIdentity, copy.Relation)
                    : new CopyAnswer(id, CopyRelation.Original),
                StringComparer.Ordinal);
            if (request.SavePredictionsPath is { } savePath)
                EvalTsv.Write(savePath, PredictionColumns, set.Ids.Select(id => new[] { id, answers[id].Origin, answers[id].Relation }));
            system = PipelineRun.SystemName(CopyIndex.Version, "MinHash LSH and immutable-anchor candidates, verified by sentence alignment against the family original; the earliest published is the original");
            notes.AddRange(run.Notes("its own original"));
        }
        var goldRelations = gold.Select(g => g.Relation).ToHashSet(StringComparer.Ordinal);
        var foreign = answers.Values.Select(a => a.Relation).Where(r => !goldRelations.Contains(r)).GroupBy(r => r).ToList();
        if (foreign.Count > 0)
            notes.Add("relations the gold never uses, so never right: " + string.Join(", ", foreign.Select(g => $"{g.Key} ({g.Count()})")));

        var score = CopyScorer.Score(gold, answers, ignored);
        var metrics = new Dictionary<string, double>
        {
            ["precision"] = score.Pairs.Precision,
            ["recall"] = score.Pairs.Recall,
            ["f1"] = score.Pairs.F1,
            ["relation_accuracy"] = score.RelationAccuracy,
            ["origin_accuracy"] = score.OriginAccuracy,
            ["same_event_false_pairs"] = score.SameEventFalsePairs,
            ["same_event_pairs"] = score.SameEventPairs,
        };
        var perRelation = new JsonObject();
        foreach (var (relation, recall) in score.ByRelation)
            perRelation[relation] = new JsonObject
            {
                ["recall"] = Math.Round(recall.Recall, 6),
                ["gold_pairs"] = recall.GoldPairs,
                ["found_pairs"] = recall.FoundPairs,
                ["relation_right"] = recall.RelationRight,
            };
        var details = new JsonObject
        {
            ["per_relation"] = perRelation,
            ["pairs"] = score.Pairs.ToJson(),
            ["counts"] = new JsonObject
            {
                ["ignored_pairs"] = score.IgnoredPairs,
                ["found_original_copy_pairs"] = score.FoundOriginalCopyPairs,
                ["relation_right"] = score.RelationRight,
                ["gold_families"] = score.Families,
                ["families_origin_right"] = score.FamiliesRight,
            },
        };
        return new EvalReport(Name, request.DatasetPath, set.Articles.Count, system, metrics, details, clock.Elapsed.TotalSeconds, notes);
    }

    private static List<CopyGold> ReadGold(ArticleSet set)
    {
        var gold = set.Ids.Select(id => set.Gold[id]).Select(r => new CopyGold(r[0], r[1], r[2], r[3])).ToList();
        var stray = gold.FirstOrDefault(g => !set.Gold.ContainsKey(g.Origin));
        if (stray is not null)
            throw set.Gold[stray.Id].Error($"origin '{stray.Origin}' is not an article of the dataset");
        return gold;
    }

    /// <summary>ignore.tsv (a, b) is optional; where present every id must be an article's.</summary>
    private static HashSet<(string, string)> ReadIgnored(string path, ArticleSet set)
    {
        var ignored = new HashSet<(string, string)>();
        if (!File.Exists(path)) return ignored;
        foreach (var row in EvalTsv.Read(path, "ignore.tsv", "a", "b"))
        {
            foreach (var id in new[] { row[0], row[1] })
                if (!set.Gold.ContainsKey(id))
                    throw row.Error($"id '{id}' is not an article of the dataset");
            ignored.Add(CopyScorer.Key(row[0], row[1]));
        }
        return ignored;
    }

    /// <summary>One row per article; the origin must be an article of the dataset.</summary>
    public static IReadOnlyDictionary<string, CopyAnswer> ReadPredictions(string path, ArticleSet set)
    {
        var rows = EvalTsv.ReadById(path, "predictions", set.Ids, PredictionColumns);
        var stray = rows.Values.Where(r => !set.Gold.ContainsKey(r[1])).MinBy(r => r.Line);
        if (stray is not null)
            throw stray.Error($"origin '{stray[1]}' is not an article of the dataset");
        return rows.ToDictionary(r => r.Key, r => new CopyAnswer(r.Value[1], r.Value[2]), StringComparer.Ordinal);
    }
}
