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
public sealed record CopyLink(string OriginIdentity, string Relation, double Similarity, string Evidence);

/// <summary>What the copies stage needs to know of one article.</summary>
public sealed record CopyCandidate(string Identity, string ContentHash, DateTimeOffset? Published);
