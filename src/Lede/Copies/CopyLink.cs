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

/// <summary>
/// An article's place in a copy family: the original's identity, and the evidence for the link. A link made by the copy
/// index writes its evidence (the sentence and the aligned sentences) when first read: a stream links about one article
/// in three, and writing out each link's sentences was most of the garbage of taking an article in, for links that a
/// bench or a re-rooted family never reads. Until then the link holds both articles' fingerprints.
/// </summary>
public sealed record CopyLink(string OriginIdentity, string Relation, double Similarity, string Evidence)
{
    private string? _evidence = Evidence;
    private AlignmentEvidence? _sentences;
    private readonly Func<string>? _writeEvidence;
    private readonly Func<AlignmentEvidence>? _writeSentences;

    /// <summary>A link whose evidence is written when first read (written once; reads from several threads may each write it).</summary>
    internal CopyLink(string originIdentity, string relation, double similarity, Func<string> writeEvidence, Func<AlignmentEvidence> writeSentences)
        : this(originIdentity, relation, similarity, "")
    {
        _evidence = null;
        _writeEvidence = writeEvidence;
        _writeSentences = writeSentences;
    }

    /// <summary>Why the article is a copy, in a sentence a person reads.</summary>
    public string Evidence
    {
        get => _evidence ??= _writeEvidence!();
        init => _evidence = value;
    }

    /// <summary>The sentence alignment behind the link, when it was verified in this run (not kept by the store, which keeps Evidence).</summary>
    public CopyAlignment? Alignment { get; init; }

    /// <summary>The aligned sentences themselves, as the store keeps them for `lede copies` and `lede show`.</summary>
    public AlignmentEvidence? Sentences
    {
        get => _sentences ??= _writeSentences?.Invoke();
        init => _sentences = value;
    }

    // By what a reader sees, whether or not the evidence has been written yet.
    public bool Equals(CopyLink? other) =>
        other is not null && OriginIdentity == other.OriginIdentity && Relation == other.Relation && Similarity.Equals(other.Similarity)
        && Evidence == other.Evidence && Equals(Alignment, other.Alignment) && Equals(Sentences, other.Sentences);

    public override int GetHashCode() => HashCode.Combine(OriginIdentity, Relation, Similarity, Evidence);
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
