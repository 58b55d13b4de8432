using System.Text.Json;
using Lede.Pipeline;
using Lede.Sources;

namespace Lede.Evaluation;

/// <summary>One line of an articles.jsonl, kept as bytes so that it enters Lede exactly as `lede run` would read it.</summary>
public sealed record EvalArticle(string Id, int Line, byte[] Json);

/// <summary>
/// A dataset folder of articles.jsonl and gold.tsv keyed by id (the stories and copies layouts). The gold
/// must cover exactly the articles, so that a score never silently leaves some out.
/// </summary>
public sealed record ArticleSet(string Folder, IReadOnlyList<EvalArticle> Articles, IReadOnlyDictionary<string, TsvRow> Gold)
{
    public IReadOnlyList<string> Ids { get; } = Articles.Select(a => a.Id).ToList();

    public static ArticleSet Load(string folder, params string[] goldColumns)
    {
        if (!Directory.Exists(folder))
            throw new EvalDatasetException($"dataset folder not found: {folder} (expected articles.jsonl and gold.tsv)");
        var articles = ReadJsonl(Path.Combine(folder, "articles.jsonl"));
        var gold = EvalTsv.ReadById(Path.Combine(folder, "gold.tsv"), "gold.tsv", articles.Select(a => a.Id).ToList(), goldColumns);
        return new ArticleSet(folder, articles, gold);
    }

    /// <summary>One JSON object per line, each with an "id" (the article's identity).</summary>
    public static IReadOnlyList<EvalArticle> ReadJsonl(string path)
    {
        if (!File.Exists(path))
            throw new EvalDatasetException($"articles not found: {path}");
        var articles = new List<EvalArticle>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0) continue;
            string? id;
            try
            {
                using var doc = JsonDocument.Parse(text);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new EvalDatasetException($"{path} line {line}: not a JSON object");
                id = JsonFields.Metadata(doc.RootElement).Id;
            }
            catch (JsonException e)
            {
                throw new EvalDatasetException($"{path} line {line}: not valid JSON ({e.Message})");
            }
            if (id is null)
                throw new EvalDatasetException($"{path} line {line}: no \"id\" field");
            if (!seen.TryAdd(id, line))
                throw new EvalDatasetException($"{path} line {line}: id '{id}' appears twice (first on line {seen[id]})");
            articles.Add(new EvalArticle(id, line, System.Text.Encoding.UTF8.GetBytes(text)));
        }
        if (articles.Count == 0)
            throw new EvalDatasetException($"{path}: no articles");
        return articles;
    }
}

/// <summary>What Lede's pipeline made of an article set: the linked articles, and those it could not read.</summary>
public sealed record PipelineRun(IReadOnlyDictionary<string, LinkedArticle> Linked, IReadOnlyList<string> Failures, int? ShuffleSeed)
{
    /// <summary>The system line of a report: the stage under test, then every stage version that took part.</summary>
    public static string SystemName(string stageVersion, string summary) =>
        $"lede {stageVersion} ({summary}; pipeline {string.Join(", ", ArticleProcessor.StageVersions.Values)})";

    /// <summary>
    /// Runs ArticleProcessor and ArticleLinker over the whole set in memory, in file order or the seeded
    /// shuffle, as one `lede run` over a single input would. An article that cannot be read is listed, not fatal.
    /// </summary>
    public static PipelineRun Over(ArticleSet set, int? shuffleSeed, IProgress<EvalProgress>? progress)
    {
        var articles = EvalOrder.Arrange(set.Articles, shuffleSeed);
        var path = Path.Combine(set.Folder, "articles.jsonl");
        var processor = new ArticleProcessor();
        var linker = new ArticleLinker();
        var linked = new Dictionary<string, LinkedArticle>(StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            var raw = new RawItem(article.Id, $"{path}:{article.Line}", RawFormat.Json, article.Json, InputMetadata.Empty);
            try
            {
                var result = linker.Link(processor.Process(raw));
                linked[article.Id] = result;
                // A later article can be the earlier original of a family: score the families as they end up.
                foreach (var relink in result.Relinked)
                    if (linked.TryGetValue(relink.Identity, out var before))
                        linked[relink.Identity] = before with { Copy = relink.Copy };
                // And the stories as they end up: a family taken over from another story moves with it.
                foreach (var move in result.Moved)
                    if (linked.TryGetValue(move.Identity, out var before))
                        linked[move.Identity] = before with { Story = before.Story with { StoryId = move.StoryId, IsNewStory = false, Reason = move.Reason } };
            }
            catch (InvalidDataException e)
            {
                failures.Add($"{article.Id}: {e.Message}");
            }
            progress?.Report(new EvalProgress(i + 1, articles.Count));
        }
        return new PipelineRun(linked, failures, shuffleSeed);
    }

    /// <summary>The notes for the report: the order fed, and what became of unreadable articles.</summary>
    public IEnumerable<string> Notes(string unreadScoredAs)
    {
        yield return ShuffleSeed is { } seed ? $"articles fed in a shuffled order, seed {seed}" : "articles fed in file order";
        if (Failures.Count > 0)
            yield return $"{Failures.Count} articles unreadable, each scored as {unreadScoredAs}; first: {Failures[0]}";
    }
}

/// <summary>The order in which a task feeds its items: as in the file, or a seeded shuffle that is the same on every runtime.</summary>
public static class EvalOrder
{
    public static IReadOnlyList<T> Arrange<T>(IReadOnlyList<T> items, int? shuffleSeed)
    {
        if (shuffleSeed is not { } seed) return items;
        // SplitMix64 rather than System.Random, whose sequence for a seed is not promised across .NET versions.
        var state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL);
        var shuffled = items.ToArray();
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }
        return shuffled;
    }

    private static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
