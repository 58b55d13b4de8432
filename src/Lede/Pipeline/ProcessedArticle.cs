using Lede.Copies;
using Lede.Dates;
using Lede.Sources;
using Lede.Stories;

namespace Lede.Pipeline;

/// <summary>An article after the per-article stages: what it says, where it came from, when.</summary>
public sealed record ProcessedArticle(
    RawItem Raw,
    InputMetadata Metadata,
    string? Title,
    string Text,
    string ContentHash,
    PublishedDate? Published,
    IReadOnlyDictionary<string, string> StageVersions)
{
    public string Identity => Raw.Identity;
}

/// <summary>An article with its copy family and story.</summary>
public sealed record LinkedArticle(ProcessedArticle Article, CopyLink? Copy, StoryAssignment Story)
{
    /// <summary>Copy links of articles linked before that changed with this one (it is their family's earlier original).</summary>
    public IReadOnlyList<CopyRelink> Relinked { get; init; } = [];
}
