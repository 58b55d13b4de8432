using Lede.Evaluation;
using Lede.Evaluation.Ner;

namespace Lede.Tests.Evaluation;

public sealed class NerEvalTests
{
    private static ConllScore Score(string gold, string guess) =>
        ConllEval.Score(gold.Split(' ').Zip(guess.Split(' '), (g, p) => g == "|" ? ConllTagPair.Break : new ConllTagPair(g, p)));

    [Fact]
    public void Worked_example_two_of_three_entities_right()
    {
        // U.N. official Ekeus heads for Baghdad . -- Baghdad guessed as a person.
        var score = Score("I-ORG O I-PER O O I-LOC O", "I-ORG O I-PER O O I-PER O");
        Assert.Equal(new PrecisionRecall(2, 3, 3), score.Overall);
        Assert.Equal(new PrecisionRecall(0, 0, 1), score.ByType["LOC"]);
        Assert.Equal(new PrecisionRecall(1, 2, 1), score.ByType["PER"]);
        Assert.Equal(2.0 / 3, score.Overall.F1, 10);
        Assert.Equal(6.0 / 7, score.TokenAccuracy, 10);
    }

    [Fact]
    public void Iob1_b_splits_touching_chunks_of_one_type()
    {
        // Gold: "Smith Jones" then "Brown" as two persons; a guess of one three-token person matches neither.
        var score = Score("I-PER I-PER B-PER", "I-PER I-PER I-PER");
        Assert.Equal(new PrecisionRecall(0, 1, 2), score.Overall);
    }

    [Fact]
    public void Iob1_and_iob2_spellings_of_the_same_chunks_agree()
    {
        var score = Score("I-PER I-PER B-PER O I-LOC", "B-PER I-PER B-PER O B-LOC");
        Assert.Equal(new PrecisionRecall(3, 3, 3), score.Overall);
    }

    [Fact]
    public void A_type_change_inside_a_run_of_i_tags_starts_a_new_chunk()
    {
        var score = Score("I-ORG I-ORG O", "I-ORG I-LOC O");
        Assert.Equal(new PrecisionRecall(0, 2, 1), score.Overall);
        Assert.Equal(new PrecisionRecall(0, 1, 1), score.ByType["ORG"]);
        Assert.Equal(new PrecisionRecall(0, 1, 0), score.ByType["LOC"]);
        // An I- of another type after a B- is its own chunk too, and right when both sides say so.
        Assert.Equal(new PrecisionRecall(2, 2, 2), Score("B-PER I-LOC", "B-PER I-LOC").Overall);
    }

    [Fact]
    public void A_chunk_must_end_where_the_gold_ends()
    {
        Assert.Equal(new PrecisionRecall(0, 1, 1), Score("I-PER I-PER O", "I-PER O O").Overall);
        Assert.Equal(new PrecisionRecall(0, 1, 1), Score("I-PER O O", "I-PER I-PER O").Overall);
    }

    [Fact]
    public void A_sentence_break_ends_a_chunk_and_is_not_a_token()
    {
        var score = Score("I-PER | I-PER", "I-PER | I-PER");
        Assert.Equal(new PrecisionRecall(2, 2, 2), score.Overall);
        Assert.Equal(2, score.Tokens);
    }

    private const string Tiny = """
        -DOCSTART- -X- -X- O

        Ekeus NNP I-NP I-PER
        met VBD I-VP O
        Rolf NNP I-NP I-PER
        Ekeus NNP I-NP I-PER
        in IN I-PP O
        Baghdad NNP I-NP I-LOC
        . . O O

        """;

    [Fact]
    public void Saved_predictions_score_as_the_run_did()
    {
        using var files = new EvalTestFiles();
        var dataset = files.Write("tiny.conll", Tiny);
        var saved = files.PathOf("pred.conll");
        var task = new NerEvalTask();
        var run = task.Run(new EvalRequest(dataset, SavePredictionsPath: saved));
        var lines = File.ReadAllLines(saved);
        Assert.Equal("Rolf NNP I-NP I-PER I-PER", lines[4]);
        Assert.Equal("Baghdad NNP I-NP I-LOC I-LOC", lines[7]);
        Assert.Equal("", lines[1]);
        var rescored = task.Run(new EvalRequest(dataset, PredictionsPath: saved));
        Assert.Equal(run.Metrics, rescored.Metrics);
        Assert.Equal(1, run.Items);
        // Ekeus starts the sentence alone and is left out; Rolf Ekeus and Baghdad are found.
        Assert.Equal(1.0, run.Metrics["precision"]);
        Assert.Equal(2.0 / 3, run.Metrics["recall"], 10);
        Assert.StartsWith("baseline: ", run.System);
    }

    [Fact]
    public void Malformed_predictions_name_the_line()
    {
        using var files = new EvalTestFiles();
        var dataset = files.Write("tiny.conll", Tiny);
        var wrongColumns = files.Write("a.conll", "Ekeus NNP I-NP I-PER O\nmet VBD I-VP O\n");
        Assert.Contains("line 2:", Assert.Throws<EvalDatasetException>(() => new NerEvalTask().Run(new EvalRequest(dataset, wrongColumns))).Message);
        var otherTokens = files.Write("b.conll", "Ekeus NNP I-NP I-PER O\nate VBD I-VP O O\n");
        Assert.Contains("line 2: token 'ate'", Assert.Throws<EvalDatasetException>(() => new NerEvalTask().Run(new EvalRequest(dataset, otherTokens))).Message);
    }

    [Fact]
    public void Not_a_conll_file_is_a_dataset_error()
    {
        using var files = new EvalTestFiles();
        var path = files.Write("x.txt", "1\t702876\t702977\tAmrozi accused\tReferring to him\n");
        Assert.Throws<EvalDatasetException>(() => new NerEvalTask().Run(new EvalRequest(path)));
        Assert.Throws<EvalDatasetException>(() => new NerEvalTask().Run(new EvalRequest(files.PathOf("missing"))));
    }

    [Fact]
    public void Baseline_on_conll2003_testa_holds_its_figures()
    {
        var report = new NerEvalTask().Run(new EvalRequest(EvalTestFiles.Dataset("conll2003-en", "eng.testa")));
        Assert.Equal(3250, report.Items);
        Assert.Equal(5942, report.Details!["counts"]!["gold_phrases"]!.GetValue<long>());
        // Measured baseline: P 0.4035, R 0.3635, F1 0.3825 (conlleval.pl gives the same counts).
        Assert.True(report.Metrics["precision"] >= 0.39, $"precision {report.Metrics["precision"]}");
        Assert.True(report.Metrics["recall"] >= 0.35, $"recall {report.Metrics["recall"]}");
        Assert.True(report.Metrics["f1"] >= 0.37, $"f1 {report.Metrics["f1"]}");
        Assert.IsType<NerEvalTask>(EvalTasks.Find("ner"));
    }
}
