using Lede.Sources;

namespace Lede.Storage;

/// <summary>One stored article as listings show it.</summary>
public sealed record ArticleRow(
    long Id,
    string Identity,
    string Origin,
    string? Url,
    string? Site,
    string? Title,
    string? Published,
    string ContentHash,
    long? StoryId,
    string? CopyOf,
    string? Relation,
    string FirstSeen);

public sealed record CopyEvidence(string OriginIdentity, string Relation, double Similarity, string Evidence)
{
    /// <summary>The aligned sentences; null for a link stored before they were kept, or one made without an alignment.</summary>
    public Lede.Copies.AlignmentEvidence? Alignment { get; init; }
}

/// <summary>Everything the store knows of one article, for `lede show`.</summary>
public sealed record ArticleDetail(
    ArticleRow Row,
    string Text,
    string? PublishedSource,
    IReadOnlyDictionary<string, string> StageVersions,
    CopyEvidence? CopyOf,
    IReadOnlyList<ArticleRow> Copies,
    string? StoryReason,
    RawFormat RawFormat,
    int RawCompressedBytes)
{
    public string? Language { get; init; }

    /// <summary>TIMEX3 value of the event date ("2023-09-28", or "XXXX-03-16" when the year is unknown).</summary>
    public string? EventDate { get; init; }

    /// <summary>Attribution, modified, page-shown and event-date details as JSON (see ArticleDetails).</summary>
    public string? DetailsJson { get; init; }
}

/// <summary>A story as listings show it. Independent counts each copy family once.</summary>
public sealed record StoryRow(
    long Id,
    string? Headline,
    int Articles,
    int Independent,
    string? FirstTime,
    string? LastTime,
    IReadOnlyList<string> Sites)
{
    /// <summary>The story's place on the timeline (yyyy-MM-dd), and what it rests on (StoryDateBasis).</summary>
    public string? EventDate { get; init; }

    public string? EventBasis { get; init; }

    /// <summary>0 to 1: the confidence of the member event date that places the story.</summary>
    public double? EventConfidence { get; init; }
}

/// <summary>A copy family: its original and how many stored articles copy it.</summary>
public sealed record FamilyRow(
    string OriginIdentity,
    string? OriginTitle,
    string? OriginSite,
    int Copies,
    IReadOnlyList<string> Relations,
    long StoryId)
{
    /// <summary>The original's number in the store: `lede copies family:N` names the family by it.</summary>
    public long OriginId { get; init; }

    /// <summary>The wire agency or "originally published by" the original credits, when it credits one.</summary>
    public string? OriginCredit { get; init; }
}

/// <summary>One copy of a family with the evidence of its link.</summary>
public sealed record FamilyMember(ArticleRow Article, CopyEvidence Link);

/// <summary>A copy family: its original and each copy with its evidence, in publication order.</summary>
public sealed record FamilyDetail(ArticleRow Origin, string? OriginCredit, IReadOnlyList<FamilyMember> Copies);

public sealed record StoryMember(ArticleRow Article, string Reason);

public sealed record StoryDetail(StoryRow Story, IReadOnlyList<StoryMember> Members);

/// <summary>A stored raw input, for `reprocess`.</summary>
public sealed record StoredRaw(long Id, RawItem Raw);

public enum SaveOutcome { New, Updated, Unchanged }

public sealed record RunCounts(int Stored, int Skipped, int Failed);
