using System.IO.Compression;
using System.IO.Hashing;

namespace Lede.Sources;

/// <summary>Forward-only read stream: the readers never seek, so the rest of Stream is refused.</summary>
internal abstract class ReadOnlyForwardStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public abstract override int Read(Span<byte> buffer);
}

/// <summary>
/// Gzip that says when it is truncated. GZipStream (still in .NET 10) ends quietly at the end of
/// truncated input, so the gzip trailer (CRC-32 and length of the last member) is checked here: against
/// all the output for a single member, against the output's tail for concatenated members (WARC),
/// when that tail fits in <paramref name="tailLimit"/> bytes. Needs a seekable input for the trailer;
/// a pipe is read unchecked.
/// </summary>
internal sealed class GzipInput : ReadOnlyForwardStream
{
    private const int TrailerBytes = 8;
    // Deflate cannot inflate one byte to more than ~1032; a larger claimed last member is garbage.
    private const long MaxDeflateRatio = 1032;

    private readonly GZipStream _gzip;
    private readonly Crc32 _crc = new();
    private readonly uint? _trailerCrc;
    private readonly uint _trailerLength;
    private readonly byte[]? _tail;
    private long _total;
    private bool _checked;

    public GzipInput(Stream compressed, long tailLimit)
    {
        if (compressed.CanSeek && compressed.Length >= 18)
        {
            var trailer = new byte[TrailerBytes];
            compressed.Seek(-TrailerBytes, SeekOrigin.End);
            compressed.ReadExactly(trailer);
            compressed.Seek(0, SeekOrigin.Begin);
            _trailerCrc = BitConverter.ToUInt32(trailer, 0);
            _trailerLength = BitConverter.ToUInt32(trailer, 4);
            if (_trailerLength <= tailLimit && _trailerLength <= compressed.Length * MaxDeflateRatio)
                _tail = new byte[_trailerLength];
        }
        _gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: false);
    }

    public override int Read(Span<byte> buffer)
    {
        int n;
        try { n = _gzip.Read(buffer); }
        catch (InvalidDataException ex) { throw new SourceException($"corrupt gzip data ({ex.Message})"); }
        if (n > 0) Record(buffer[..n]);
        else if (!_checked) { _checked = true; CheckTrailer(); }
        return n;
    }

    private void Record(ReadOnlySpan<byte> data)
    {
        _crc.Append(data);
        if (_tail is { Length: > 0 } tail)
        {
            // Ring buffer of the last tail.Length bytes of output.
            var tailData = data.Length > tail.Length ? data[^tail.Length..] : data;
            var at = (int)((_total + data.Length - tailData.Length) % tail.Length);
            var first = Math.Min(tailData.Length, tail.Length - at);
            tailData[..first].CopyTo(tail.AsSpan(at));
            tailData[first..].CopyTo(tail);
        }
        _total += data.Length;
    }

    private void CheckTrailer()
    {
        if (_trailerCrc is not { } expected) return;
        if ((uint)_total == _trailerLength && _crc.GetCurrentHashAsUInt32() == expected) return;
        if (_trailerLength > _total) throw Truncated();
        if (_tail is null) return; // last member too long to check; GZipStream saw no error in it
        var at = (int)(_tail.Length == 0 ? 0 : _total % _tail.Length);
        var lastMember = new Crc32();
        lastMember.Append(_tail.AsSpan(at));
        lastMember.Append(_tail.AsSpan(0, at));
        if (lastMember.GetCurrentHashAsUInt32() != expected) throw Truncated();
    }

    private static SourceException Truncated() =>
        new("truncated or corrupt gzip (the data ends without a matching gzip trailer)");

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>Stops an input after a set number of bytes, with a reason rather than a silent cut.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : ReadOnlyForwardStream
{
    private long _read;

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > limit)
            throw new SourceException($"input over the limit of {limit} bytes after decompression; the rest was not read");
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>Bytes already read to sniff a pipe, then the rest of the pipe.</summary>
internal sealed class PrefixedStream(byte[] prefix, Stream rest) : ReadOnlyForwardStream
{
    private int _at;

    public override int Read(Span<byte> buffer)
    {
        if (_at >= prefix.Length) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, prefix.Length - _at);
        prefix.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes for sniffing, and a stream that still yields them.</summary>
    public static (byte[] Head, Stream Whole) Peek(Stream input, int count)
    {
        var head = new byte[count];
        var got = input.ReadAtLeast(head, count, throwOnEndOfStream: false);
        Array.Resize(ref head, got);
        return (head, new PrefixedStream(head, input));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
