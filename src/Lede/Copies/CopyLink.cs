namespace Lede.Copies;

/// <summary>How a copy relates to its family's original. Names are stored and printed; never rename.</summary>
public static class CopyRelation
{
    public const string Original = "original";
    public const string Duplicate = "duplicate";
    public const string Syndicated = "syndicated";
    public const string Excerpt = "excerpt";
    public const string Rewrite = "rewrite";
    public const string Spun = "spun";
}

/// <summary>An article's place in a copy family: the original's identity, and the evidence for the link.</summary>
public sealed record CopyLink(string OriginIdentity, string Relation, double Similarity, string Evidence)
{
    /// <summary>The sentence alignment behind the link, when it was verified in this run (not kept by the store, which keeps Evidence).</summary>
    public CopyAlignment? Alignment { get; init; }

    /// <summary>The aligned sentences themselves, as the store keeps them for `lede copies` and `lede show`.</summary>
    public AlignmentEvidence? Sentences { get; init; }
}

/// <summary>A change to the copy link of an article seen before (its family was re-rooted); null Copy: it is now an original.</summary>
public sealed record CopyRelink(string Identity, CopyLink? Copy);

/// <summary>What the copies stage decided for a new article, and what changed for articles seen before.</summary>
public sealed record CopyOutcome(CopyLink? Copy, IReadOnlyList<CopyRelink> Relinked);

/// <summary>What the copies stage needs to know of one article.</summary>
public sealed record CopyCandidate(
    string Identity,
    string Text,
    string ContentHash,
    DateTimeOffset? Published,
    bool PublishedHasTime = true,
    string? Site = null,
    string? Title = null,
    string? Url = null);
