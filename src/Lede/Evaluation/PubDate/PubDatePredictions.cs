using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lede.Evaluation.PubDate;

/// <summary>The pubdate predictions file: {url: "YYYY-MM-DD" or null}, readable from any tool's output.</summary>
public static class PubDatePredictions
{
    public static void Write(string path, IEnumerable<KeyValuePair<string, string?>> predictions)
    {
        var json = new JsonObject();
        foreach (var (url, date) in predictions) json[url] = date;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Blank strings read as "no date output", the same as null.</summary>
    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        if (!File.Exists(path))
            throw new EvalDatasetException($"pubdate: predictions file not found: {path}");
        JsonNode? root;
        try { root = JsonNode.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new EvalDatasetException($"pubdate: {path} is not valid JSON: {e.Message}"); }
        if (root is not JsonObject obj)
            throw new EvalDatasetException($"pubdate: {path} must be a JSON object {{url: \"YYYY-MM-DD\" or null}}");
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (url, node) in obj)
        {
            if (node is null) { result[url] = null; continue; }
            if (node is not JsonValue value || !value.TryGetValue<string>(out var date))
                throw new EvalDatasetException($"pubdate: {path}: the value for {url} must be a string or null");
            result[url] = string.IsNullOrWhiteSpace(date) ? null : date.Trim();
        }
        return result;
    }
}
