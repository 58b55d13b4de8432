using System.Buffers;

namespace Lede.Sources;

/// <summary>
/// Lines and exact byte counts from a stream, for the line- and record-based formats. Never holds more
/// than one bounded line or block, so a huge input streams through in constant memory.
/// </summary>
internal sealed class ByteReader(Stream input)
{
    private const int BufferBytes = 64 * 1024;

    private readonly byte[] _buffer = new byte[BufferBytes];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Offset of the next unread byte from the start of the (decompressed) input.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// The next line without its '\n' (a '\r' before it is kept), or null at the end of the input.
    /// A line longer than <paramref name="maxBytes"/> is read through and dropped: <paramref name="tooLong"/>.
    /// </summary>
    public byte[]? ReadLine(long maxBytes, out bool tooLong)
    {
        tooLong = false;
        var line = new ArrayBufferWriter<byte>();
        var any = false;
        while (true)
        {
            if (_start == _end && !Fill()) return any ? Finish(line, tooLong) : null;
            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (!tooLong && line.WrittenCount + take <= maxBytes) line.Write(span[..take]);
            else { tooLong = true; line.Clear(); }
            Consume(newline < 0 ? take : take + 1);
            if (newline >= 0) return Finish(line, tooLong);
        }
    }

    /// <summary>Fills <paramref name="destination"/>; returns how many bytes there were (fewer at the end).</summary>
    public int ReadExactly(Span<byte> destination)
    {
        var done = 0;
        while (done < destination.Length)
        {
            if (_start == _end && !Fill()) break;
            var n = Math.Min(destination.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination[done..]);
            Consume(n);
            done += n;
        }
        return done;
    }

    /// <summary>Reads past <paramref name="count"/> bytes; returns how many there were.</summary>
    public long Skip(long count)
    {
        var done = 0L;
        while (done < count)
        {
            if (_start == _end && !Fill()) break;
            var n = (int)Math.Min(count - done, _end - _start);
            Consume(n);
            done += n;
        }
        return done;
    }

    private static byte[] Finish(ArrayBufferWriter<byte> line, bool tooLong) =>
        tooLong ? [] : line.WrittenSpan.ToArray();

    private void Consume(int n)
    {
        _start += n;
        Position += n;
    }

    private bool Fill()
    {
        if (_eof) return false;
        _start = 0;
        _end = input.Read(_buffer, 0, _buffer.Length);
        if (_end == 0) _eof = true;
        return _end > 0;
    }
}
