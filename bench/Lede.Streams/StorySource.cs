using System.Text.Json;
using System.Text.RegularExpressions;
using Lede.Evaluation;

namespace Lede.Streams;

/// <summary>One development article and the gold event it reports.</summary>
public sealed record StorySourceArticle(string Id, string Title, string Text, string Event);

/// <summary>
/// A gold event of the development set: its articles, and its names (the capitalised words its articles never
/// write in lower case), which a stream renames per instance so that two instances of one event are two events.
/// </summary>
public sealed record StorySourceEvent(string Name, IReadOnlyList<StorySourceArticle> Articles, HashSet<string> Names);

/// <summary>The events a story stream re-uses: ECB+ stories (articles.jsonl {id, title, text} and gold.tsv id, event).</summary>
public sealed partial class StorySource
{
    public required IReadOnlyList<StorySourceEvent> Events { get; init; }

    public int ArticleCount => Events.Sum(e => e.Articles.Count);

    /// <summary>Reads a stories folder (the layout of ../shared/datasets/ecbplus/stories), events in name order.</summary>
    public static StorySource Load(string folder)
    {
        // The evaluation's reader: the same checks (gold covers every article, ids unique) as `lede eval stories`.
        var set = ArticleSet.Load(folder, "id", "event");
        var articles = new List<StorySourceArticle>();
        foreach (var article in set.Articles)
        {
            using var json = JsonDocument.Parse(article.Json);
            var root = json.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
            var text = root.TryGetProperty("text", out var x) ? x.GetString() ?? "" : "";
            articles.Add(new StorySourceArticle(article.Id, title, text, set.Gold[article.Id][1]));
        }
        return new StorySource
        {
            Events = articles.GroupBy(a => a.Event, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new StorySourceEvent(g.Key, g.ToList(), Names(g.ToList())))
                .ToList(),
        };
    }

    /// <summary>
    /// Capitalised words that no article of the event writes in lower case: every name, the rare ones too, since an
    /// article's own names (a witness, a street) would otherwise tie its re-uses in different instances together.
    /// </summary>
    private static HashSet<string> Names(List<StorySourceArticle> articles)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in articles)
            foreach (Match m in Word().Matches(a.Title + "\n" + a.Text))
            {
                if (char.IsLower(m.Value[0])) lower.Add(m.Value);
                else if (m.Value.Length >= 3 && m.Value.Skip(1).Any(char.IsLower)) capitalised.Add(m.Value);
            }
        capitalised.RemoveWhere(lower.Contains);
        return capitalised;
    }

    [GeneratedRegex(@"\b[\p{L}][\p{L}]+\b")]
    private static partial Regex Word();

    /// <summary>The stories folder under ../shared/datasets beside the repository, searched upwards from a folder.</summary>
    public static string? FindDefault(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets", "ecbplus", "stories"));
            if (File.Exists(Path.Combine(path, "articles.jsonl"))) return path;
        }
        return null;
    }
}
