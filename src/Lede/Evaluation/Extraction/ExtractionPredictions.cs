using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lede.Evaluation.Extraction;

/// <summary>
/// The predictions file of the extraction task, the benchmark's own output shape:
/// {id: {"articleBody": text}}, also accepted wrapped as {"version": .., "output": {id: {...}}}.
/// </summary>
public static class ExtractionPredictions
{
    public const string BodyField = "articleBody";
    private const string WrapperField = "output";

    /// <summary>Id to predicted text; a missing or null articleBody reads as null.</summary>
    public static Dictionary<string, string?> Read(string path)
    {
        if (!File.Exists(path)) throw new EvalDatasetException($"predictions file not found: {path}");
        JsonDocument document;
        try { document = JsonDocument.Parse(File.ReadAllBytes(path)); }
        catch (JsonException e) { throw new EvalDatasetException($"{path}: not valid JSON: {e.Message}"); }
        using (document)
        {
            var root = Unwrap(document.RootElement);
            if (root.ValueKind != JsonValueKind.Object)
                throw new EvalDatasetException($"{path}: expected {{id: {{\"{BodyField}\": text}}}}");
            var predictions = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                    throw new EvalDatasetException($"{path}: prediction {property.Name} is not an object");
                predictions[property.Name] = property.Value.TryGetProperty(BodyField, out var body) ? body.ValueKind switch
                {
                    JsonValueKind.String => body.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw new EvalDatasetException($"{path}: prediction {property.Name}: {BodyField} is not a string"),
                } : null;
            }
            return predictions;
        }
    }

    /// <summary>Writes predictions in the given (dataset) order, non-ASCII text kept readable.</summary>
    public static void Write(string path, IEnumerable<KeyValuePair<string, string?>> predictions)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        foreach (var (id, text) in predictions)
        {
            json.WriteStartObject(id);
            json.WriteString(BodyField, text);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    // Some published outputs carry the tool version around the pages; a page id is never "output".
    private static JsonElement Unwrap(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty(WrapperField, out var inner) && inner.ValueKind == JsonValueKind.Object
        && root.EnumerateObject().All(p => p.Name == WrapperField || p.Value.ValueKind != JsonValueKind.Object)
            ? inner
            : root;
}
