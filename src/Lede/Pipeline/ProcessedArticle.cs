using Lede.Copies;
using Lede.Dates;
using Lede.Extraction;
using Lede.Sources;
using Lede.Stories;

namespace Lede.Pipeline;

/// <summary>Who an article credits for its text: its byline, dateline, wire agency, "originally published by".</summary>
public sealed record Attribution(
    IReadOnlyList<string> Authors,
    string? DatelinePlace,
    string? WireAgency,
    string? OriginalSource)
{
    public static Attribution None { get; } = new([], null, null, null);
}

public sealed record PageKind(bool IsArticle, double Confidence, string? Reason)
{
    public static PageKind Article { get; } = new(true, 1, null);
}

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

    public string? Language { get; init; }

    public Attribution Attribution { get; init; } = Attribution.None;

    /// <summary>The date the page says it was last changed; never taken as the publication date.</summary>
    public DateFinding? Modified { get; init; }

    /// <summary>A date a flattened page showed (its header date), which may be the day it was viewed.</summary>
    public ShownDate? PageDate { get; init; }

    public EventDate? EventDate { get; init; }

    /// <summary>
    /// The extractor's judgement that the page is a single article; a section front or list says so here
    /// (with why) and later stages may leave it out of stories.
    /// </summary>
    public PageKind PageKind { get; init; } = PageKind.Article;

    /// <summary>The title, or for an untitled text its opening words: what a list of stories can show.</summary>
    public string DisplayTitle => Title ?? Opening(Text);

    private const int OpeningChars = 90;

    private static string Opening(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOf('\n');
        if (end >= 0) line = line[..end];
        if (line.Length <= OpeningChars) return line.ToString();
        var cut = line[..OpeningChars].LastIndexOf(' ');
        return string.Concat(line[..(cut > 0 ? cut : OpeningChars)], "…");
    }
}

/// <summary>An article with its copy family and story.</summary>
public sealed record LinkedArticle(ProcessedArticle Article, CopyLink? Copy, StoryAssignment Story)
{
    /// <summary>Copy links of articles linked before that changed with this one (it is their family's earlier original).</summary>
    public IReadOnlyList<CopyRelink> Relinked { get; init; } = [];

    /// <summary>Articles linked before that moved into this one's story with the family it took over from another story.</summary>
    public IReadOnlyList<StoryMove> Moved { get; init; } = [];
}

/// <summary>An article that changed story: a copy follows its family's original, so that a family is never split across stories.</summary>
public sealed record StoryMove(string Identity, long StoryId, string Reason)
{
    /// <summary>The headline of the story it moved to, for a story that a split opened and the store has not seen.</summary>
    public string? Headline { get; init; }
}
