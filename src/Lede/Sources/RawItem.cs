namespace Lede.Sources;

/// <summary>How the stored raw bytes of an item are to be read again.</summary>
public enum RawFormat
{
    /// <summary>UTF-8 (or BOM-marked) plain text, as a scraper saved it.</summary>
    Text,
    /// <summary>An HTML document, encoding still to be sniffed.</summary>
    Html,
    /// <summary>One JSON object with the JSONL fields (id, url, site, published, title, text or html).</summary>
    Json,
}

/// <summary>Metadata that came with an item from its container (a JSON line, a feed entry, a WARC header).</summary>
/// <param name="Fetched">When a crawler fetched the page (WARC-Date): not a publication date.</param>
public sealed record InputMetadata(
    string? Id = null,
    string? Url = null,
    string? Site = null,
    string? Published = null,
    string? Title = null,
    string? Fetched = null)
{
    public static InputMetadata Empty { get; } = new();
}

/// <summary>
/// One article as read from an input, before any stage has looked at it. The bytes are kept as they
/// came so that improved stages can be rerun over the store without the original files.
/// </summary>
public sealed record RawItem(
    string Identity,
    string Origin,
    RawFormat Format,
    byte[] Bytes,
    InputMetadata Metadata);

/// <summary>What reading one input item gave: an article, a deliberate skip, or a failure with its reason.</summary>
public abstract record SourceEvent(string Origin)
{
    public sealed record Item(RawItem Raw) : SourceEvent(Raw.Origin);

    /// <summary>Not an input kind Lede reads (a README, an image): said, not an error.</summary>
    public sealed record Skipped(string Origin, string Reason) : SourceEvent(Origin);

    public sealed record Failed(string Origin, string Reason) : SourceEvent(Origin);
}
