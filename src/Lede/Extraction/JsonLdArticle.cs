using System.Text.Json;

namespace Lede.Extraction;

/// <summary>What the page's JSON-LD says: its articleBody (the last resort for the text) and whether it declares an article.</summary>
internal sealed record JsonLdArticle(string? Body, bool DeclaresArticle, bool DeclaresList)
{
    private static readonly JsonDocumentOptions Bounded = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static JsonLdArticle Read(IReadOnlyList<string> scripts)
    {
        string? body = null;
        bool article = false, list = false;
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, Bounded);
                // Iterative walk: @graph arrays nest objects at any depth.
                var stack = new Stack<JsonElement>();
                stack.Push(json.RootElement);
                while (stack.Count > 0)
                {
                    var element = stack.Pop();
                    if (element.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var item in element.EnumerateArray()) stack.Push(item);
                        continue;
                    }
                    if (element.ValueKind != JsonValueKind.Object) continue;
                    foreach (var property in element.EnumerateObject())
                    {
                        switch (property.Name)
                        {
                            case "@type":
                                var (isArticle, isList) = TypeOf(property.Value);
                                article |= isArticle;
                                list |= isList;
                                break;
                            case "articleBody" when property.Value.ValueKind == JsonValueKind.String:
                                var text = property.Value.GetString();
                                if (text is not null && (body is null || text.Length > body.Length)) body = text;
                                break;
                            default:
                                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) stack.Push(property.Value);
                                break;
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common and says nothing: the page is read without it.
            }
        }
        return new JsonLdArticle(body, article, list);
    }

    private static (bool Article, bool List) TypeOf(JsonElement type)
    {
        bool article = false, list = false;
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                var (a, l) = TypeOf(t);
                article |= a;
                list |= l;
            }
            return (article, list);
        }
        if (type.ValueKind != JsonValueKind.String) return (false, false);
        var name = type.GetString() ?? "";
        article = name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting";
        list = name is "CollectionPage" or "ItemList" or "SearchResultsPage";
        return (article, list);
    }
}
