namespace Lede.Sources;

public sealed record SourceOptions
{
    /// <summary>
    /// Largest single item (a page, a JSON line, a WARC payload) read, after decompression. News pages
    /// are rarely above 2 MB; 16 MB leaves room for bloated pages while bounding memory per item.
    /// </summary>
    public long MaxItemBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Most bytes read from one input after decompression (a whole JSONL, feed or WARC file, or stdin).
    /// Items are bounded by <see cref="MaxItemBytes"/>; this bounds the time a gzip bomb of many small
    /// items, or an endless pipe, can take. A Common Crawl WARC is about 5 GB inflated.
    /// </summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024 * 1024;

    /// <summary>
    /// Share of control bytes (C0 other than tab, newlines, form feed and escape; DEL) above which a
    /// .txt or .html file is called binary. Scraped text has a stray one at most; random bytes have ~10%.
    /// </summary>
    public double MaxControlByteShare { get; init; } = 0.01;

    /// <summary>
    /// Longest WARC header block. Real headers are under 2 KB; the bound stops a file that is not a
    /// WARC from being read as one endless header.
    /// </summary>
    public int MaxWarcHeaderBytes { get; init; } = 64 * 1024;

    /// <summary>What stdin ("-") holds; null sniffs it from its first bytes.</summary>
    public InputKind? StdinKind { get; init; }

    public static SourceOptions Default { get; } = new();
}
