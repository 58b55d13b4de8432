namespace Lede.Entities;

/// <summary>
/// One entity of an article: the name mentions that refer to it ("Lindsay Lohan", then "Lohan", "Lohan's").
/// Key is its fullest form in lower case; FirstPosition is the first mention's offset in the body, or −1 when only
/// the title names it.
/// </summary>
public sealed record Entity(string Key, string Name, int Mentions, int FirstPosition, IReadOnlyList<string> Variants)
{
    /// <summary>
    /// Likely a person: the text called it by an office or honorific ("Mr.", "President"), or by its last word alone
    /// after the full name (a surname); places and organisations are rarely shortened that way.
    /// </summary>
    public bool Person { get; init; }

    /// <summary>Named in the title.</summary>
    public bool InTitle { get; init; }

    /// <summary>Named in the lead (the body's first EntityOptions.LeadSentences sentences).</summary>
    public bool InLead { get; init; }
}

/// <summary>
/// The entities stage's record of an article: its entities, most mentioned first, and its subjects (those the
/// title and the lead name, ranked by title, then mentions): who or what the report is about.
/// </summary>
public sealed record ArticleEntities(IReadOnlyList<Entity> Entities, IReadOnlyList<Entity> Subjects)
{
    public static ArticleEntities Empty { get; } = new([], []);

    /// <summary>The entity a variant (any of its forms, lower case) refers to, or null.</summary>
    public Entity? Find(string variant)
    {
        foreach (var e in Entities)
            if (e.Key == variant || e.Variants.Contains(variant)) return e;
        return null;
    }
}

/// <summary>The constants of the entities stage.</summary>
public sealed record EntityOptions
{
    /// <summary>Sentences of the body that make the lead, where a report names its subject (a dateline may take one).</summary>
    public int LeadSentences { get; init; } = 3;

    /// <summary>Subjects kept per article: the event's actors, not everyone quoted.</summary>
    public int MaxSubjects { get; init; } = 3;

    public static EntityOptions Default { get; } = new();
}
