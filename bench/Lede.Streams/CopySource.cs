using System.Text.Json;

namespace Lede.Streams;

/// <summary>One paragraph of a dev article: its sentences, as written.</summary>
public sealed record CopySourceParagraph(string Text, int Words);

/// <summary>
/// The material the copies stream recombines: the paragraphs of copybench's originals and independent reports
/// (never its derived copies), grouped by ECB+ topic so that a generated article reads as one kind of news, and
/// the capitalised words of running text, from which generated articles take their names.
/// </summary>
public sealed class CopySource
{
    // Lines shorter than this are datelines, bylines and section labels: not material for a body.
    private const int MinParagraphWords = 6;

    private CopySource(IReadOnlyList<IReadOnlyList<CopySourceParagraph>> topics, IReadOnlyList<string> names, int articles)
    {
        Topics = topics;
        Names = names;
        Articles = articles;
    }

    /// <summary>Paragraphs per topic, in article then text order.</summary>
    public IReadOnlyList<IReadOnlyList<CopySourceParagraph>> Topics { get; }

    /// <summary>Capitalised words found inside sentences (names, places, organisations), distinct, in first-seen order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Dev articles read.</summary>
    public int Articles { get; }

    /// <summary>Reads copybench's articles.jsonl and gold.tsv; only articles whose gold relation is original are used.</summary>
    public static CopySource Load(string copybenchFolder)
    {
        var goldPath = Path.Combine(copybenchFolder, "gold.tsv");
        var articlesPath = Path.Combine(copybenchFolder, "articles.jsonl");
        if (!File.Exists(goldPath) || !File.Exists(articlesPath))
            throw new FileNotFoundException($"no copybench at {copybenchFolder} (articles.jsonl and gold.tsv expected)");
        var originals = File.ReadLines(goldPath).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(r => r.Length >= 3 && r[2] == "original")
            .Select(r => r[0])
            .ToHashSet(StringComparer.Ordinal);
        var byTopic = new SortedDictionary<string, List<CopySourceParagraph>>(StringComparer.Ordinal);
        var names = new List<string>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var articles = 0;
        // Sorted by id: the file is shuffled, and the stream must not depend on its order.
        var rows = File.ReadLines(articlesPath)
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Id: e.GetProperty("id").GetString() ?? "", Text: e.GetProperty("text").GetString() ?? ""))
            .Where(r => originals.Contains(r.Id))
            .OrderBy(r => r.Id, StringComparer.Ordinal);
        foreach (var (id, text) in rows)
        {
            articles++;
            var topic = id.Split('_')[0];
            if (!byTopic.TryGetValue(topic, out var list)) byTopic[topic] = list = [];
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim();
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length < MinParagraphWords) continue;
                list.Add(new CopySourceParagraph(line, words.Length));
                for (var i = 1; i < words.Length; i++)
                {
                    var core = CopyTokens.Core(words[i]);
                    if (core.Length >= 3 && char.IsUpper(core[0]) && core.All(char.IsLetter) && !CopyTokens.IsCalendarWord(core)
                        && !words[i - 1].EndsWith('.') && seenNames.Add(core))
                        names.Add(core);
                }
            }
        }
        var topics = byTopic.Values.Where(t => t.Count >= 8).Select(t => (IReadOnlyList<CopySourceParagraph>)t).ToList();
        if (topics.Count == 0 || names.Count < 100) throw new InvalidDataException($"{copybenchFolder}: too little text to make a stream from");
        return new CopySource(topics, names, articles);
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
