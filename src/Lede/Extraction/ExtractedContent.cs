namespace Lede.Extraction;

/// <summary>
/// The article's own text (one block per line) and its title, as the extractor found them, with the
/// extractor's judgement of whether the page is an article at all: section fronts and lists still return
/// their text, but say so, so that later stages can treat them with suspicion.
/// </summary>
public sealed record ExtractedContent(string? Title, string Text)
{
    public bool IsArticle { get; init; } = true;

    /// <summary>0 to 1: how sure the extractor is that the page is a single article.</summary>
    public double ArticleConfidence { get; init; } = 1;

    /// <summary>The signals behind the judgement, for people reading the record; null when nothing was judged.</summary>
    public string? PageKindReason { get; init; }

    /// <summary>Which rule chose the text ("body-name", "article", "main", "scored", "json-ld", "paragraphs", "links", "text").</summary>
    public string? Method { get; init; }

    /// <summary>How much of the page the extractor examined, so that tests can hold hostile pages to the limits by count.</summary>
    public ExtractionWork Work { get; init; }
}

/// <summary>Nodes flattened and the deepest level reached; Truncated when a limit cut the page short.</summary>
public readonly record struct ExtractionWork(int Nodes, int Depth, bool Truncated);

public sealed record ExtractionOptions
{
    /// <summary>Elements whose content is never article text, whatever the page: not even read.</summary>
    public IReadOnlySet<string> DroppedElements { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "iframe", "svg", "canvas", "button", "select", "input", "textarea",
        "object", "embed", "head", "video", "audio", "picture", "map", "math", "link", "meta", "title", "dialog",
        "option", "datalist",
    };

    /// <summary>
    /// Elements that are page furniture by tag, dropped like furniture-named ones, and like them kept when a
    /// broken page nests most of its text inside one (an unclosed &lt;header&gt; or &lt;noscript&gt;).
    /// </summary>
    public IReadOnlySet<string> FurnitureElements { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "footer", "aside", "figure", "figcaption", "menu", "noscript", "fieldset", "label", "form",
    };

    // Bounds on work: a hostile or broken page costs at most this much.

    /// <summary>Characters of HTML parsed; the rest of a larger page is ignored.</summary>
    public int MaxHtmlChars { get; init; } = 8_000_000;

    /// <summary>Elements and text nodes examined; a larger page is read up to this many.</summary>
    public int MaxNodes { get; init; } = 200_000;

    /// <summary>Nesting depth examined; deeper content is ignored (real articles sit well under 100).</summary>
    public int MaxDepth { get; init; } = 400;

    /// <summary>Characters of a class or id attribute matched against the concept words.</summary>
    public int MaxAttributeChars { get; init; } = 256;

    /// <summary>Largest JSON-LD script read for articleBody.</summary>
    public int MaxJsonLdChars { get; init; } = 1_000_000;

    // Tuned on the development sets (AEB and trafilatura-eval); see ExtractionBenchmarkTests for the figures.

    /// <summary>A block shorter than this does not vote for its ancestors as the article container.</summary>
    public int MinScoredParagraphChars { get; init; } = 25;

    /// <summary>
    /// A named container (articleBody, article, main) is trusted when it holds at least this share of the
    /// paragraph text of the best container found by scoring; less means the name matched a teaser or a fragment.
    /// </summary>
    public double NamedContainerMinShare { get; init; } = 0.5;

    /// <summary>A container with less paragraph text than this is not trusted by name alone.</summary>
    public int NamedContainerMinChars { get; init; } = 200;

    /// <summary>
    /// Long paragraphs above the body container in its &lt;article&gt; (the standfirst) are read when the article
    /// holds at most this much more prose than the body; more means the article element wraps the page.
    /// </summary>
    public double ArticleWideningMaxRatio { get; init; } = 1.3;

    /// <summary>
    /// Long unlinked blocks between the headline and the body container are read as the lead when the wrapper
    /// around both holds at most this much more prose than the body.
    /// </summary>
    public double LeadWrapperMaxRatio { get; init; } = 1.5;

    /// <summary>A line right above a dropped box with at most this many words is its lead-in ("Mehr zum Thema:").</summary>
    public int LeadInMaxWords { get; init; } = 6;

    /// <summary>A heading with more words than this is a lead set large: kept even with no text under it.</summary>
    public int LongHeadingWords { get; init; } = 12;

    /// <summary>Furniture-named wrappers holding more than this share of the page's paragraph text are kept.</summary>
    public double RescueShare { get; init; } = 0.5;

    /// <summary>Inside the article, a list, box or paragraph whose text is more than this share links is dropped.</summary>
    public double MaxBlockLinkDensity { get; init; } = 0.5;

    /// <summary>Below this many characters the answer is retried trusting furniture names, then tags, less.</summary>
    public int RetryBelowChars { get; init; } = 500;

    /// <summary>Below this many characters the answer looks wrong and JSON-LD or all paragraphs are tried.</summary>
    public int MinExtractedChars { get; init; } = 250;

    /// <summary>Paragraphs at least this long count as article prose when judging the page kind.</summary>
    public int LongParagraphChars { get; init; } = 80;

    public static ExtractionOptions Default { get; } = new();
}
