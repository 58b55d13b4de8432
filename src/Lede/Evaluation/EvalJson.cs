using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lede.Evaluation;

public static class EvalJson
{
    public static JsonObject ToJson(EvalReport report)
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in report.Metrics)
            metrics[name] = double.IsFinite(value) ? Math.Round(value, 6) : null;
        if (report.Details is not null)
            foreach (var (name, node) in report.Details)
                metrics[name] = node?.DeepClone();
        var json = new JsonObject
        {
            ["task"] = report.Task,
            ["dataset"] = report.Dataset,
            ["items"] = report.Items,
            ["system"] = report.System,
            ["metrics"] = metrics,
            ["seconds"] = Math.Round(report.Seconds, 3),
        };
        if (report.Notes.Count > 0)
            json["notes"] = new JsonArray(report.Notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        return json;
    }

    public static string Serialize(EvalReport report, bool indented = false) =>
        ToJson(report).ToJsonString(new JsonSerializerOptions { WriteIndented = indented });
}
