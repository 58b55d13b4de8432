using System.IO.Compression;
using System.Text;

namespace Lede.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on Dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lede-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>A path inside the folder; nothing is created.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file inside the folder (creating its subfolders) and returns its path.</summary>
    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteGzip(string name, string content) => Write(name, Gzip(Encoding.UTF8.GetBytes(content)));

    public static byte[] Gzip(byte[] data, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level)) gzip.Write(data);
        return output.ToArray();
    }

    public void Dispose()
    {
        // Best effort: a leftover temp folder must not fail a test that passed.
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
