using System.Globalization;
using System.Text.Json.Nodes;
using Lede.Dates;
using Lede.Pipeline;

namespace Lede.Storage;

/// <summary>What a story's timeline date rests on. Stored; never rename.</summary>
public static class StoryDateBasis
{
    /// <summary>An event date of a member (read from its text, or its publication date).</summary>
    public const string Event = "event";

    /// <summary>Only a date a page showed (its header date), which may be the day it was viewed.</summary>
    public const string PageShown = "page-shown";

    /// <summary>A date a page merely showed may be the day it was viewed: it places a story, barely.</summary>
    public const double PageShownConfidence = 0.2;
}

/// <summary>The article fields kept as one JSON column: they are shown, not queried.</summary>
public static class ArticleDetails
{
    /// <summary>The event date kept in the details JSON, read back.</summary>
    public static EventDate? EventDateOf(string? detailsJson)
    {
        if (detailsJson is null || JsonNode.Parse(detailsJson) is not JsonObject details || details["event_date"] is not JsonObject e)
            return null;
        var value = (string?)e["value"];
        if (value is null) return null;
        DateOnly? day = value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
        return new EventDate(value, day, (double?)e["confidence"] ?? 0, (string?)e["basis"] ?? "");
    }

    /// <summary>Whom an article credits as its source: the "originally published by" it names, else its wire agency.</summary>
    public static string? CreditOf(string? detailsJson)
    {
        if (detailsJson is null || JsonNode.Parse(detailsJson) is not JsonObject details) return null;
        return (string?)details["original_source"] ?? (string?)details["wire"];
    }

    public static string ToJson(ProcessedArticle a)
    {
        var json = new JsonObject();
        var at = a.Attribution;
        if (at.Authors.Count > 0) json["authors"] = new JsonArray(at.Authors.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray());
        if (at.DatelinePlace is not null) json["dateline"] = at.DatelinePlace;
        if (at.WireAgency is not null) json["wire"] = at.WireAgency;
        if (at.OriginalSource is not null) json["original_source"] = at.OriginalSource;
        if (a.Modified is { } m) json["modified"] = new JsonObject { ["date"] = m.Day, ["source"] = m.Source };
        if (a.PageDate is { } p)
            json["page_date"] = new JsonObject
            {
                ["date"] = p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["line"] = p.Line,
                ["confidence"] = p.Confidence.ToString().ToLowerInvariant(),
            };
        if (!a.PageKind.IsArticle)
            json["page_kind"] = new JsonObject
            {
                ["article"] = false, ["confidence"] = a.PageKind.Confidence, ["reason"] = a.PageKind.Reason,
            };
        if (a.EventDate is { } e)
            json["event_date"] = new JsonObject { ["value"] = e.Value, ["confidence"] = e.Confidence, ["basis"] = e.Basis };
        return json.ToJsonString();
    }
}
