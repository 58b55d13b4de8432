namespace Lede.Extraction;

/// <summary>The article's own text (paragraphs separated by blank lines) and its title, as the extractor found them.</summary>
public sealed record ExtractedContent(string? Title, string Text);

public sealed record ExtractionOptions
{
    /// <summary>Elements whose text is never article text, whatever the page.</summary>
    public IReadOnlySet<string> DroppedElements { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "footer", "header",
        "aside", "form", "button", "select", "input", "textarea", "object", "embed", "head",
    };

    /// <summary>A first line of plain text longer than this is a sentence of the body, not a title.</summary>
    public int MaxTitleLength { get; init; } = 200;

    /// <summary>Headlines have a few words; "fbpx" or "33.1 C" are page residue.</summary>
    public int MinTitleWords { get; init; } = 3;

    /// <summary>How far into a plain text to look for its title before giving up.</summary>
    public int TitleSearchLines { get; init; } = 8;

    public static ExtractionOptions Default { get; } = new();
}
