namespace Lede.Sources;

/// <summary>An input cannot be read further; the message is the reason given in its Failed event.</summary>
internal sealed class SourceException(string reason) : Exception(reason);

internal static class FailureReasons
{
    public const string NoSuchFile = "no such file or directory";
    public const string PermissionDenied = "permission denied";
    public const string Empty = "empty file";

    public static string NotReadKind(string extension) => $"not an input kind Lede reads ({extension})";

    public static string OverItemLimit(long limit) => $"over the per-item size limit ({limit} bytes)";

    /// <summary>
    /// The reason for what stopped reading an input. Anything unexpected is reported too, never thrown,
    /// because one bad input must not stop a run over thousands.
    /// </summary>
    public static string For(Exception ex) => ex switch
    {
        SourceException => ex.Message,
        FileNotFoundException or DirectoryNotFoundException => NoSuchFile,
        UnauthorizedAccessException => PermissionDenied,
        System.Xml.XmlException => $"not well-formed XML: {ex.Message}",
        InvalidDataException => $"invalid data: {ex.Message}",
        EndOfStreamException => "ends in the middle of an item",
        IOException => $"read error: {ex.Message}",
        _ => $"unexpected {ex.GetType().Name}: {ex.Message}",
    };
}
