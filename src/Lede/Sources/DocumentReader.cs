using System.Text;

namespace Lede.Sources;

/// <summary>A .txt or .html file: the whole file is one article, kept byte for byte.</summary>
internal sealed class DocumentReader(SourceOptions options, RawFormat format) : IKindReader
{
    private const int ChunkBytes = 81920;

    public IEnumerable<SourceEvent> Read(InputFile input, CancellationToken ct)
    {
        if (input.StoredLength > options.MaxItemBytes)
        {
            yield return new SourceEvent.Failed(input.Origin,
                $"{FailureReasons.OverItemLimit(options.MaxItemBytes)}: the file has {input.StoredLength} bytes");
            yield break;
        }
        byte[]? bytes;
        using (var stream = input.Open()) bytes = ReadBounded(stream, options.MaxItemBytes, ct);
        var problem = bytes is null
            ? $"{FailureReasons.OverItemLimit(options.MaxItemBytes)} after decompression"
            : WhyNotText(bytes, options.MaxControlByteShare);
        if (problem is not null)
        {
            yield return new SourceEvent.Failed(input.Origin, problem);
            yield break;
        }
        yield return new SourceEvent.Item(new RawItem(input.IdentityPath, input.Origin, format, bytes!, InputMetadata.Empty));
    }

    /// <summary>All of the stream, or null as soon as it passes <paramref name="max"/>: a gzip bomb is never inflated whole.</summary>
    internal static byte[]? ReadBounded(Stream stream, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            if (buffer.Length + n > max) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>Why the bytes are not a text document, or null when they are.</summary>
    internal static string? WhyNotText(byte[] bytes, double maxControlShare)
    {
        if (bytes.Length == 0) return FailureReasons.Empty;
        string? utf16 = bytes switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2),
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2),
            _ => null,
        };
        if (utf16 is not null)
        {
            if (utf16.Contains('\0')) return "binary content (NUL characters), not text";
            return string.IsNullOrWhiteSpace(utf16) ? $"{FailureReasons.Empty} (only whitespace)" : null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return $"binary content (NUL byte at offset {nul}), not text";
        var controls = 0;
        var blank = true;
        foreach (var b in bytes)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1B) or 0x7F) controls++;
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C)) blank = false;
        }
        if (controls > bytes.Length * maxControlShare)
            return $"binary content ({controls} control bytes in {bytes.Length}), not text";
        return blank ? $"{FailureReasons.Empty} (only whitespace)" : null;
    }
}
