namespace Lede.Sources;

/// <summary>One input to read: where it is, how to name it, and how to open it (decompressed and bounded).</summary>
/// <param name="Origin">The path as the user gave it (or "stdin"), for messages.</param>
/// <param name="IdentityPath">The full path (or "stdin"): identity of items with no id or URL, the same whatever the working folder.</param>
/// <param name="StoredLength">Bytes on disk (compressed if gzip), when known.</param>
internal sealed record InputFile(
    string Origin,
    string IdentityPath,
    InputKind Kind,
    string Extension,
    long? StoredLength,
    Func<Stream> Open);

/// <summary>
/// Reads one kind of input. May throw when the input as a whole cannot be read further (the caller turns
/// that into one Failed event); a bad item inside a container is a Failed event and reading goes on.
/// </summary>
internal interface IKindReader
{
    IEnumerable<SourceEvent> Read(InputFile input, CancellationToken ct);
}
