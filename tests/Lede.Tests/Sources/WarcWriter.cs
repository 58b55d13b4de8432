using System.Text;

namespace Lede.Tests.Sources;

/// <summary>Just enough of a WARC writer to make test files: records with the usual headers.</summary>
internal sealed class WarcWriter
{
    private readonly MemoryStream _plain = new();
    private readonly List<byte[]> _members = [];

    public WarcWriter Record(string type, string? uri, string contentType, byte[] block)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append("WARC-Date: 2024-05-01T12:00:00Z\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\n").Append($"Content-Length: {block.Length}\r\n\r\n");
        var record = new MemoryStream();
        record.Write(Encoding.UTF8.GetBytes(header.ToString()));
        record.Write(block);
        record.Write("\r\n\r\n"u8);
        _plain.Write(record.ToArray());
        _members.Add(TempFolder.Gzip(record.ToArray()));
        return this;
    }

    public WarcWriter Response(string? uri, string mediaType, byte[] body, bool chunked = false, int status = 200) =>
        Record("response", uri, "application/http; msgtype=response", Http(status, mediaType, body, chunked));

    public WarcWriter Request(string uri) =>
        Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public WarcWriter Info() => Record("warcinfo", null, "application/warc-fields", "software: lede-tests\r\n"u8.ToArray());

    public byte[] Plain() => _plain.ToArray();

    /// <summary>One gzip member per record, as crawlers write .warc.gz.</summary>
    public byte[] Gzipped() => _members.SelectMany(m => m).ToArray();

    public static byte[] Http(int status, string mediaType, byte[] body, bool chunked)
    {
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: {mediaType}\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {body.Length}\r\n") + "\r\n";
        var message = new MemoryStream();
        message.Write(Encoding.ASCII.GetBytes(head));
        if (!chunked) message.Write(body);
        else
        {
            // Uneven chunks, so that boundaries fall anywhere in the payload.
            for (var at = 0; at < body.Length;)
            {
                var size = Math.Min(body.Length - at, 1 + at % 7 * 5);
                message.Write(Encoding.ASCII.GetBytes($"{size:x}\r\n"));
                message.Write(body, at, size);
                message.Write("\r\n"u8);
                at += size;
            }
            message.Write("0\r\n\r\n"u8);
        }
        return message.ToArray();
    }
}
