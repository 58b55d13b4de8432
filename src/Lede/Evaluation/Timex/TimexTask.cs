using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Lede.Dates;
using NodaTime;

namespace Lede.Evaluation.Timex;

/// <summary>
/// `lede eval timex DATASET`: TempEval-3 Task A temporal expressions (extent, type, value) on every *.tml below
/// the folder. Lede's system is its temporal tagger (Lede.Dates), each file's DCT as the reference date.
/// </summary>
public sealed class TimexTask : IEvalTask
{
    public string Name => "timex";

    public string Description =>
        "temporal expressions; TimeML *.tml files below the folder (TempEval-3 layout, DCT per file); " +
        "TempEval-3 strict/relaxed extent f1 and type/value attribute f1";

    public EvalReport Run(EvalRequest request, IProgress<EvalProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var root = request.DatasetPath;
        if (!Directory.Exists(root))
            throw new EvalDatasetException($"timex: dataset folder not found: {root}");
        var files = Directory.GetFiles(root, "*.tml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new EvalDatasetException($"timex: no *.tml files below {root} (expected TimeML files with a DCT)");
        if (request.PredictionsPath is { } p && !Directory.Exists(p))
            throw new EvalDatasetException($"timex: predictions folder not found: {p}");

        var tagger = new TemporalTagger();
        var counts = new TimexCounts();
        for (var i = 0; i < files.Count; i++)
        {
            var gold = TimeMl.Read(Path.Combine(root, files[i]), files[i]);
            var system = request.PredictionsPath is { } predictions
                ? TimeMl.Read(PredictionFile(predictions, files[i]), files[i])
                : gold with { Timexes = Tag(tagger, gold) };
            if (request.SavePredictionsPath is { } save)
            {
                var target = Path.Combine(save, files[i]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, TimeMl.Write(system));
            }
            counts += TimexScorer.Count(gold, system);
            progress?.Report(new EvalProgress(i + 1, files.Count));
        }

        var s = TimexScorer.Score(counts);
        var metrics = new Dictionary<string, double>
        {
            ["strict_f1"] = s.StrictF1,
            ["relaxed_f1"] = s.RelaxedF1,
            ["type_f1"] = s.TypeF1,
            ["value_f1"] = s.ValueF1,
            ["strict_precision"] = s.StrictPrecision,
            ["strict_recall"] = s.StrictRecall,
            ["relaxed_precision"] = s.RelaxedPrecision,
            ["relaxed_recall"] = s.RelaxedRecall,
        };
        var details = new JsonObject
        {
            ["counts"] = new JsonObject
            {
                ["gold"] = counts.Gold,
                ["system"] = counts.System,
                ["strict_matches"] = counts.Strict,
                ["relaxed_matches"] = counts.Relaxed,
                ["type_matches"] = counts.TypeMatches,
                ["value_matches"] = counts.ValueMatches,
            },
            ["type_accuracy"] = Math.Round(s.TypeAccuracy, 6),
            ["value_accuracy"] = Math.Round(s.ValueAccuracy, 6),
        };
        var notes = new List<string>();
        string systemName;
        if (request.PredictionsPath is { } scored)
            systemName = $"predictions: {Path.GetFileName(Path.TrimEndingDirectorySeparator(scored))}";
        else
        {
            systemName = $"lede {TemporalTagger.Version}: rule-based temporal tagger, values resolved against the DCT";
        }
        notes.Add("Pairing follows the TimeML-Normalizer on character offsets rather than PTB tokens.");
        return new EvalReport(Name, root, files.Count, systemName, metrics, details, clock.Elapsed.TotalSeconds, notes);
    }

    /// <summary>The tagger's mentions as TIMEX3 annotations, resolved against the file's DCT (its date part).</summary>
    public static IReadOnlyList<TimexAnnotation> Tag(TemporalTagger tagger, TimeMlDocument doc)
    {
        LocalDate? reference = doc.DctValue is { Length: >= 10 } dct
            && DateOnly.TryParseExact(dct[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? LocalDate.FromDateOnly(d) : null;
        return tagger.Tag(doc.Text, reference)
            .Select((m, i) => new TimexAnnotation(m.Start, m.End, $"t{i + 1}", m.TimexTypeName, m.Value))
            .ToList();
    }

    /// <summary>Same relative path as the gold file, else the same file name at the top of the folder.</summary>
    private static string PredictionFile(string folder, string relative)
    {
        var same = Path.Combine(folder, relative);
        if (File.Exists(same)) return same;
        var flat = Path.Combine(folder, Path.GetFileName(relative));
        if (File.Exists(flat)) return flat;
        throw new EvalDatasetException($"timex: no prediction for {relative} in {folder}");
    }
}
