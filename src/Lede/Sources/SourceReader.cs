namespace Lede.Sources;

/// <summary>Placeholder reader (files and folders of .txt/.html/.jsonl) until the full reader lands.</summary>
public sealed class SourceReader(SourceOptions options)
{
    public IEnumerable<SourceEvent> Read(IEnumerable<string> inputs, CancellationToken cancellation = default)
    {
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[input];
            foreach (var file in files)
            {
                cancellation.ThrowIfCancellationRequested();
                if (!File.Exists(file)) { yield return new SourceEvent.Failed(file, "no such file or directory"); continue; }
                if (new FileInfo(file).Length > options.MaxItemBytes) { yield return new SourceEvent.Failed(file, "too large"); continue; }
                var ext = Path.GetExtension(file).ToLowerInvariant();
                switch (ext)
                {
                    case ".txt": yield return new SourceEvent.Item(new RawItem(file, file, RawFormat.Text, File.ReadAllBytes(file), InputMetadata.Empty)); break;
                    case ".html" or ".htm": yield return new SourceEvent.Item(new RawItem(file, file, RawFormat.Html, File.ReadAllBytes(file), InputMetadata.Empty)); break;
                    case ".jsonl":
                        var n = 0;
                        foreach (var line in File.ReadLines(file))
                        {
                            n++;
                            if (string.IsNullOrWhiteSpace(line)) continue;
                            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
                            string id = "", error = "";
                            try
                            {
                                using var doc = System.Text.Json.JsonDocument.Parse(bytes);
                                var m = JsonFields.Metadata(doc.RootElement);
                                id = m.Id ?? m.Url ?? $"{file}:{n}";
                            }
                            catch (System.Text.Json.JsonException e) { error = e.Message; }
                            if (error.Length > 0) yield return new SourceEvent.Failed($"{file}:{n}", error);
                            else yield return new SourceEvent.Item(new RawItem(id, $"{file}:{n}", RawFormat.Json, bytes, InputMetadata.Empty));
                        }
                        break;
                    default: yield return new SourceEvent.Skipped(file, $"not an input kind Lede reads ({ext})"); break;
                }
            }
        }
    }
}
