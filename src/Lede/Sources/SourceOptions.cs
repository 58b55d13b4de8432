namespace Lede.Sources;

public sealed record SourceOptions
{
    /// <summary>
    /// Largest single item (a page, a JSON line, a WARC payload) read, after decompression. News pages
    /// are rarely above 2 MB; 16 MB leaves room for bloated pages while bounding memory per item.
    /// </summary>
    public long MaxItemBytes { get; init; } = 16L * 1024 * 1024;

    public static SourceOptions Default { get; } = new();
}
