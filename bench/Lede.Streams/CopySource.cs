using System.Text.Json;
using Lede.Copies;
using Lede.Evaluation;

namespace Lede.Streams;

/// <summary>One paragraph of a dev article: its sentences, as written.</summary>
public sealed record CopySourceParagraph(string Text, int Words);

/// <summary>
/// The material the copies stream recombines: the paragraphs of copybench's originals and independent reports
/// (never its derived copies), and the capitalised words of running text, from which generated articles take their
/// names. A paragraph that mostly repeats one read before (the dev set holds wire stories carried by several
/// outlets) is read once: otherwise two generated originals would share it often enough to be copies of each other.
/// </summary>
public sealed class CopySource
{
    // Lines shorter than this are datelines, bylines and section labels: not material for a body.
    private const int MinParagraphWords = 6;

    // Word 5-grams of a paragraph already seen, as a share of its own, above which it is a repeat.
    private const double RepeatShare = 0.3;

    private CopySource(IReadOnlyList<CopySourceParagraph> paragraphs, IReadOnlyList<string> names, int articles)
    {
        Paragraphs = paragraphs;
        Names = names;
        Articles = articles;
    }

    /// <summary>Distinct paragraphs, in article (by id) then text order.</summary>
    public IReadOnlyList<CopySourceParagraph> Paragraphs { get; }

    /// <summary>Capitalised words found inside sentences (names, places, organisations), distinct, in first-seen order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Dev articles read.</summary>
    public int Articles { get; }

    private static string ArticleText(EvalArticle article)
    {
        using var json = JsonDocument.Parse(article.Json);
        return json.RootElement.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
    }

    /// <summary>Reads copybench's articles.jsonl and gold.tsv; only articles whose gold relation is original are used.</summary>
    public static CopySource Load(string copybenchFolder)
    {
        // The evaluation's reader: the same checks (gold covers every article, ids unique) as `lede eval copies`.
        var set = ArticleSet.Load(copybenchFolder, "id", "origin", "relation", "event");
        var paragraphs = new List<CopySourceParagraph>();
        var seenGrams = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var articles = 0;
        // Sorted by id: the file is shuffled, and the stream must not depend on its order.
        var rows = set.Articles
            .Where(a => set.Gold[a.Id][2] == CopyRelation.Original)
            .Select(a => (a.Id, Text: ArticleText(a)))
            .OrderBy(r => r.Id, StringComparer.Ordinal);
        foreach (var (id, text) in rows)
        {
            articles++;
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < MinParagraphWords || Renamable(words) < MinRenamable) continue;
                var grams = Enumerable.Range(0, words.Length - 4)
                    .Select(k => string.Join(' ', words.Skip(k).Take(5).Select(w => CopyTokens.Core(w).ToLowerInvariant()))).ToList();
                if (grams.Count(seenGrams.Contains) > RepeatShare * grams.Count) continue;
                seenGrams.UnionWith(grams);
                paragraphs.Add(new CopySourceParagraph(line, words.Length));
                for (var i = 1; i < words.Length; i++)
                {
                    var core = CopyTokens.Core(words[i]);
                    if (core.Length >= 3 && char.IsUpper(core[0]) && core.All(char.IsLetter) && !CopyTokens.IsCalendarWord(core)
                        && !words[i - 1].EndsWith('.') && seenNames.Add(core))
                        names.Add(core);
                }
            }
        }
        if (paragraphs.Count < 100 || names.Count < 100) throw new InvalidDataException($"{copybenchFolder}: too little text to make a stream from");
        return new CopySource(paragraphs, names, articles);
    }

    // Names and numbers a paragraph needs: they are always made new, so each use of the paragraph reads differently. A plain
    // sentence of common words would otherwise come through unchanged thousands of times over a long stream.
    private const int MinRenamable = 2;

    private static int Renamable(string[] words)
    {
        var n = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var core = CopyTokens.Core(words[i]);
            if (core.Length == 0) continue;
            if (core.Any(char.IsDigit) || i > 0 && char.IsUpper(core[0]) && !words[i - 1].EndsWith('.') && !CopyTokens.IsCalendarWord(core)) n++;
        }
        return n;
    }

    /// <summary>copybench under ../shared/datasets, searched from the working directory upwards; null when none.</summary>
    public static string? FindCopybench()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets", "copybench"));
            if (File.Exists(Path.Combine(path, "articles.jsonl"))) return path;
            path = Path.GetFullPath(Path.Combine(dir.FullName, "shared", "datasets", "copybench"));
            if (File.Exists(Path.Combine(path, "articles.jsonl"))) return path;
        }
        return null;
    }
}
