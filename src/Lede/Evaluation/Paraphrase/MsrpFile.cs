namespace Lede.Evaluation.Paraphrase;

/// <summary>One sentence pair of the MSR Paraphrase Corpus, with the line it was read from.</summary>
public sealed record MsrpPair(int Line, string Id1, string Id2, bool IsParaphrase, string Text1, string Text2)
{
    public (string, string) Key => (Id1, Id2);
}

/// <summary>
/// The MSRP layout: Quality TAB #1 ID TAB #2 ID TAB #1 String TAB #2 String, with or without the official
/// header row. Strings are split on tabs only: they hold quotes, which CSV readers mangle.
/// </summary>
public static class MsrpFile
{
    public static IReadOnlyList<MsrpPair> Read(string path)
    {
        if (!File.Exists(path))
            throw new EvalDatasetException($"MSRP file not found: {path}");
        var pairs = new List<MsrpPair>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var fields = text.TrimEnd('\r').Split('\t');
            if (pairs.Count == 0 && fields[0].Trim().StartsWith("Quality", StringComparison.OrdinalIgnoreCase)) continue;
            if (fields.Length != 5)
                throw new EvalDatasetException($"{path} line {line}: expected 5 tab-separated fields (Quality, #1 ID, #2 ID, #1 String, #2 String), found {fields.Length}");
            var quality = fields[0].Trim();
            if (quality is not ("0" or "1"))
                throw new EvalDatasetException($"{path} line {line}: quality '{quality}' is not 0 or 1");
            pairs.Add(new MsrpPair(line, fields[1].Trim(), fields[2].Trim(), quality == "1", fields[3], fields[4]));
        }
        if (pairs.Count == 0)
            throw new EvalDatasetException($"{path}: no sentence pairs");
        return pairs;
    }
}

/// <summary>
/// The stand-in until Lede has a similarity stage: Jaccard overlap of the two sentences' lowercased word sets,
/// a paraphrase at or above a fixed threshold.
/// </summary>
public static class WordOverlapBaseline
{
    /// <summary>Picked on msr_paraphrase_train (the best of 0.05 steps for accuracy; F1 is flat from 0.25 to 0.35).</summary>
    public const double Threshold = 0.35;

    public static string Name => $"baseline: word-overlap Jaccard of lowercased words >= {Threshold:0.00}";

    public static bool IsParaphrase(string a, string b) => Jaccard(Words(a), Words(b)) >= Threshold;

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>Maximal runs of letters and digits, lowercased.</summary>
    public static IReadOnlySet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
