namespace Lede.Stories;

/// <summary>A centroid term: the summed unit-length weights of members, and how many members carry it.</summary>
internal sealed class CentroidTerm
{
    public double Weight;
    public int Docs;
}

/// <summary>A centroid's squared length as computed for a story version and a live article count.</summary>
internal readonly record struct CachedNorm(double Value, int Version, int Articles);

/// <summary>A story still open to new articles: its centroid per part, its time span and its best headline.</summary>
internal sealed class LiveStory(long id)
{
    public long Id { get; } = id;
    public Dictionary<string, CentroidTerm>[] Parts { get; } =
        Enumerable.Range(0, StoryDocument.PartCount).Select(_ => new Dictionary<string, CentroidTerm>(StringComparer.Ordinal)).ToArray();
    public HashSet<string> TitleNumbers { get; } = new(StringComparer.Ordinal);
    public HashSet<int> Years { get; } = [];

    /// <summary>Day of the year (1-366, leap-year numbering) of each member's event day, when its text named one.</summary>
    public HashSet<int> EventDaysOfYear { get; } = [];
    public Dictionary<string, string> NameForms { get; } = new(StringComparer.Ordinal);

    /// <summary>How many members name each name in their lead (title and first sentences).</summary>
    public Dictionary<string, int> LeadNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The latest members' top word terms, oldest first, at most StoryOptions.MaxMemberVectors.</summary>
    public Queue<IReadOnlyDictionary<string, double>> MemberWords { get; } = new();
    public DateTimeOffset? First { get; private set; }
    public DateTimeOffset? Last { get; private set; }
    public int Members { get; set; }
    public int Version { get; set; }
    public CachedNorm[] Norms { get; } = Enumerable.Repeat(new CachedNorm(0, -1, 0), StoryDocument.PartCount).ToArray();
    public long Touched { get; set; }
    public string? Headline { get; set; }
    public double HeadlineCentrality { get; set; } = double.NegativeInfinity;

    public void Widen(DateTimeOffset? when)
    {
        if (when is not { } w) return;
        if (First is null || w < First) First = w;
        if (Last is null || w > Last) Last = w;
    }

    /// <summary>Days from `when` to the story's span (0 inside it); null when either side has no date.</summary>
    public double? GapDays(DateTimeOffset? when)
    {
        if (when is not { } w || First is not { } first || Last is not { } last) return null;
        if (w < first) return (first - w).TotalDays;
        if (w > last) return (w - last).TotalDays;
        return 0;
    }
}
