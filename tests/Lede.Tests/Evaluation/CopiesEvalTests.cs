using Lede.Evaluation;
using Lede.Evaluation.Copies;

namespace Lede.Tests.Evaluation;

public sealed class CopiesEvalTests
{
    // Family o1 {o1, c1 syndicated, c2 spun} and o2 on event E1; family o3 {o3, c3 excerpt} and x on E2.
    private static readonly CopyGold[] Gold =
    [
        new("o1", "o1", "original", "E1"), new("c1", "o1", "syndicated", "E1"), new("c2", "o1", "spun", "E1"),
        new("o2", "o2", "original", "E1"),
        new("o3", "o3", "original", "E2"), new("c3", "o3", "excerpt", "E2"), new("x", "x", "original", "E2"),
    ];

    // The system misses c2, joins o2 (same event, not a copy) to o1, calls c3 a rewrite and joins x to o3.
    private static readonly Dictionary<string, CopyAnswer> Answers = new()
    {
        ["o1"] = new("o1", "original"), ["c1"] = new("o1", "syndicated"), ["c2"] = new("c2", "original"),
        ["o2"] = new("o1", "duplicate"),
        ["o3"] = new("o3", "original"), ["c3"] = new("o3", "rewrite"), ["x"] = new("o3", "syndicated"),
    };

    [Fact]
    public void Pair_metrics_leave_out_the_ignored_pair()
    {
        // Gold pairs: o1-c1, o1-c2, c1-c2, o3-c3 = 4. Predicted: o1-c1 (right), o1-o2, c1-o2, o3-c3 (right),
        // c3-x, and o3-x which is ignored = 5. P 2/5, R 2/4.
        var score = CopyScorer.Score(Gold, Answers, new HashSet<(string, string)> { CopyScorer.Key("x", "o3") });
        Assert.Equal(new PrecisionRecall(2, 5, 4), score.Pairs);
        Assert.Equal(4.0 / 9, score.Pairs.F1, 10);
        Assert.Equal(new RelationRecall(1, 1, 1), score.ByRelation["syndicated"]);
        Assert.Equal(new RelationRecall(1, 0, 0), score.ByRelation["spun"]);
        Assert.Equal(new RelationRecall(1, 1, 0), score.ByRelation["excerpt"]);
        // Found original-copy pairs: o1-c1 (relation right), o3-c3 (wrong).
        Assert.Equal(0.5, score.RelationAccuracy);
        // Same event, different origin: o1-o2, c1-o2, c2-o2, c3-x (o3-x ignored); called copies: all but c2-o2.
        Assert.Equal(4, score.SameEventPairs);
        Assert.Equal(3, score.SameEventFalsePairs);

        var unignored = CopyScorer.Score(Gold, Answers, new HashSet<(string, string)>());
        Assert.Equal(new PrecisionRecall(2, 6, 4), unignored.Pairs);
        Assert.Equal(5, unignored.SameEventPairs);
    }

    [Fact]
    public void Origin_is_right_only_when_every_member_names_the_gold_original()
    {
        // o1's family: c2 names itself, so wrong; o3's family: both name o3, right (x joining does not matter).
        var score = CopyScorer.Score(Gold, Answers, new HashSet<(string, string)>());
        Assert.Equal(2, score.Families);
        Assert.Equal(1, score.FamiliesRight);
        Assert.Equal(0.5, score.OriginAccuracy);
        // Naming c1 the original of a complete family finds every pair but no origin.
        var swapped = Gold.ToDictionary(g => g.Id, g => new CopyAnswer(g.Origin == "o1" ? "c1" : g.Origin, "original"));
        var score2 = CopyScorer.Score(Gold, swapped, new HashSet<(string, string)>());
        Assert.Equal(1.0, score2.Pairs.F1);
        Assert.Equal(0.5, score2.OriginAccuracy);
    }

    private static string Folder(EvalTestFiles files)
    {
        files.Write("articles.jsonl",
            """
            {"id": "a", "site": "one.example", "published": "2020-01-01T10:00:00Z", "text": "A strong earthquake hit the coast on Monday."}
            {"id": "b", "site": "two.example", "published": "2020-01-01T12:00:00Z", "text": "A strong earthquake hit the coast on Monday."}
            {"id": "c", "site": "three.example", "published": "2020-01-01T13:00:00Z", "text": "Rescuers searched the rubble after the earthquake."}

            """);
        files.Write("gold.tsv", "id\torigin\trelation\tevent\na\ta\toriginal\tq\nb\ta\tsyndicated\tq\nc\tc\toriginal\tq\n");
        return files.Folder;
    }

    [Fact]
    public void Saved_predictions_score_as_the_run_did()
    {
        using var files = new EvalTestFiles();
        var folder = Folder(files);
        var saved = Path.Combine(folder, "pred.tsv");
        var task = new CopiesEvalTask();
        var run = task.Run(new EvalRequest(folder, SavePredictionsPath: saved));
        Assert.Equal(["id\torigin\trelation", "a\ta\toriginal", "b\ta\tsyndicated", "c\tc\toriginal"], File.ReadAllLines(saved));
        Assert.Equal(1.0, run.Metrics["f1"]);
        Assert.Equal(1.0, run.Metrics["origin_accuracy"]);
        Assert.Equal(1.0, run.Metrics["relation_accuracy"]);
        Assert.Equal(2.0, run.Metrics["same_event_pairs"]);
        Assert.Equal(0.0, run.Metrics["same_event_false_pairs"]);
        Assert.Equal(run.Metrics, task.Run(new EvalRequest(folder, PredictionsPath: saved)).Metrics);
    }

    [Theory]
    [InlineData("id\torigin\trelation\na\ta\toriginal\nb\tz\tduplicate\nc\tc\toriginal\n", "line 3: origin 'z'")]
    [InlineData("id\torigin\trelation\na\ta\toriginal\nb\ta\n", "line 3: expected 3 tab-separated fields")]
    [InlineData("id\torigin\n", "line 1: predictions must start with the header row")]
    public void Malformed_predictions_name_the_line(string content, string message)
    {
        using var files = new EvalTestFiles();
        var folder = Folder(files);
        var predictions = files.Write("pred.tsv", content);
        var e = Assert.Throws<EvalDatasetException>(() => new CopiesEvalTask().Run(new EvalRequest(folder, predictions)));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Lede_on_copybench_holds_its_figures()
    {
        var report = new CopiesEvalTask().Run(new EvalRequest(EvalTestFiles.Dataset("copybench")));
        Assert.Equal(1168, report.Items);
        // Measured with copies/2 (file order): precision 1.0, recall 0.968, F1 0.984; relation accuracy 0.914, origin
        // accuracy 0.970; recall syndicated 0.992, excerpt 1.0, rewrite 0.953, spun 1.0; 0 of 10,815 same-event pairs.
        Assert.True(report.Metrics["precision"] >= 0.99, $"precision {report.Metrics["precision"]}");
        Assert.True(report.Metrics["recall"] >= 0.96, $"recall {report.Metrics["recall"]}");
        Assert.True(report.Metrics["f1"] >= 0.975, $"f1 {report.Metrics["f1"]}");
        Assert.True(report.Metrics["relation_accuracy"] >= 0.905, $"relation_accuracy {report.Metrics["relation_accuracy"]}");
        Assert.True(report.Metrics["origin_accuracy"] >= 0.96, $"origin_accuracy {report.Metrics["origin_accuracy"]}");
        var perRelation = report.Details!["per_relation"]!;
        foreach (var (relation, floor) in new[] { ("syndicated", 0.98), ("excerpt", 0.98), ("rewrite", 0.94), ("spun", 0.98) })
        {
            var recall = perRelation[relation]!["recall"]!.GetValue<double>();
            Assert.True(recall >= floor, $"{relation} recall {recall}");
        }
        Assert.Equal(10815, report.Metrics["same_event_pairs"]);
        // A ceiling: independent reports of one event called copies, at most 1 % of such pairs.
        Assert.True(report.Metrics["same_event_false_pairs"] <= 0.01 * report.Metrics["same_event_pairs"],
            $"same_event_false_pairs {report.Metrics["same_event_false_pairs"]}");
        Assert.IsType<CopiesEvalTask>(EvalTasks.Find("copies"));
    }
}
