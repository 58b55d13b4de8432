namespace Lede.Sources;

/// <summary>
/// Turns inputs (files, folders, "-" for stdin) into a stream of events, one per input item: an article,
/// a deliberate skip, or a failure with its reason. Nothing an input holds stops the run or throws out
/// of <see cref="Read"/>; only cancellation does. Items are produced one at a time, never all in memory.
/// </summary>
public sealed class SourceReader
{
    public const string StdinInput = "-";
    private const string StdinName = "stdin";
    private const int SniffBytes = 4096;

    private readonly SourceOptions _options;
    private readonly Func<Stream> _openStdin;
    private readonly Dictionary<InputKind, IKindReader> _readers;

    /// <param name="openStdin">Where "-" reads from; the process's stdin unless a test gives its own.</param>
    public SourceReader(SourceOptions? options = null, Func<Stream>? openStdin = null)
    {
        _options = options ?? SourceOptions.Default;
        _openStdin = openStdin ?? Console.OpenStandardInput;
        _readers = new()
        {
            [InputKind.Text] = new DocumentReader(_options, RawFormat.Text),
            [InputKind.Html] = new DocumentReader(_options, RawFormat.Html),
            [InputKind.JsonLines] = new JsonLinesReader(_options),
            [InputKind.Feed] = new FeedReader(_options),
            [InputKind.Warc] = new WarcReader(_options),
        };
    }

    public IEnumerable<SourceEvent> Read(IEnumerable<string> inputs, CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            var events = input == StdinInput ? ReadStdin(ct)
                : Directory.Exists(input) ? ReadFolder(input, ct)
                : File.Exists(input) ? ReadFile(input, ct)
                : [new SourceEvent.Failed(input, FailureReasons.NoSuchFile)];
            foreach (var e in events) yield return e;
        }
    }

    /// <summary>Files in ordinal name order, each folder's entries before the next sibling: the same order on every machine.</summary>
    private IEnumerable<SourceEvent> ReadFolder(string folder, CancellationToken ct)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new SourceEvent.Failed(folder, FailureReasons.For(ex))];
        }
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return ReadEntries(folder, entries, ct);
    }

    private IEnumerable<SourceEvent> ReadEntries(string folder, FileSystemInfo[] entries, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Join(folder, entry.Name);
            IEnumerable<SourceEvent> events = entry switch
            {
                // A linked folder can loop back on its parent; a hidden one is tooling (.git), not news.
                DirectoryInfo { LinkTarget: not null } => [new SourceEvent.Skipped(path, "folder link not followed")],
                DirectoryInfo when entry.Name.StartsWith('.') => [new SourceEvent.Skipped(path, "hidden folder not read")],
                DirectoryInfo => ReadFolder(path, ct),
                _ => ReadFile(path, ct),
            };
            foreach (var e in events) yield return e;
        }
    }

    private IEnumerable<SourceEvent> ReadFile(string path, CancellationToken ct)
    {
        var (kind, gzip, extension) = InputKinds.FromName(path);
        if (kind is not { } known)
            return [new SourceEvent.Skipped(path, FailureReasons.NotReadKind(extension))];
        long? length = null;
        try { length = new FileInfo(path).Length; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* opening says why */ }
        var input = new InputFile(path, Path.GetFullPath(path), known, extension, length, () => Open(path, gzip));
        return Guarded(_readers[known].Read(input, ct), path);
    }

    private Stream Open(string path, bool gzip)
    {
        Stream file = File.OpenRead(path);
        return gzip ? new LimitedStream(new GzipInput(file, _options.MaxItemBytes), _options.MaxInputBytes) : file;
    }

    private IEnumerable<SourceEvent> ReadStdin(CancellationToken ct)
    {
        InputFile input;
        try
        {
            var stream = OpenStdin(out var kind);
            input = new InputFile(StdinName, StdinName, kind, "", null, () => stream);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [new SourceEvent.Failed(StdinName, FailureReasons.For(ex))];
        }
        return Guarded(_readers[input.Kind].Read(input, ct), StdinName);
    }

    /// <summary>Stdin, unzipped if it starts with the gzip magic, and its kind: as set in the options, or sniffed.</summary>
    private Stream OpenStdin(out InputKind kind)
    {
        var (head, stream) = PrefixedStream.Peek(_openStdin(), SniffBytes);
        if (head is [0x1F, 0x8B, ..])
            (head, stream) = PrefixedStream.Peek(new GzipInput(stream, _options.MaxItemBytes), SniffBytes);
        kind = _options.StdinKind ?? InputKinds.Sniff(head);
        return new LimitedStream(stream, _options.MaxInputBytes);
    }

    /// <summary>
    /// The reader's events until it throws, then one Failed event saying why: the input is given up,
    /// the run goes on. (C# cannot yield inside a try with a catch, hence the hand-driven enumerator.)
    /// </summary>
    private static IEnumerable<SourceEvent> Guarded(IEnumerable<SourceEvent> events, string origin)
    {
        using var enumerator = events.GetEnumerator();
        while (true)
        {
            SourceEvent? failed = null;
            bool more;
            try { more = enumerator.MoveNext(); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                more = false;
                failed = new SourceEvent.Failed(origin, FailureReasons.For(ex));
            }
            if (failed is not null) yield return failed;
            if (!more) yield break;
            yield return enumerator.Current;
        }
    }
}
