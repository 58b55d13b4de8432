using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lede.Dates;
using NodaTime;

namespace Lede.Bench;

/// <summary>
/// Tagging and resolving throughput on news text: the TempEval-3 TimeBank + AQUAINT articles with their tags
/// stripped, concatenated, tagged as one document. MB/s = <see cref="Bytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public partial class TemporalTaggerBenchmarks
{
    private readonly TemporalTagger tagger = new();
    private string text = "";

    private const int WarmupRuns = 30;

    /// <summary>UTF-8 size of the input, printed once so that the mean time can be turned into MB/s.</summary>
    public int Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindDataset();
        var sb = new StringBuilder();
        foreach (var file in Directory.GetFiles(root, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(file);
            var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
            var end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
            if (start < 0 || end < start) continue;
            sb.Append(System.Net.WebUtility.HtmlDecode(Tags().Replace(xml[(start + 6)..end], ""))).Append("\n\n");
        }
        text = sb.ToString();
        Bytes = Encoding.UTF8.GetByteCount(text);
        Console.WriteLine($"// TemporalTaggerBenchmarks input: {Bytes} bytes from {root}");
        // One op is a whole corpus, so a short job's three warm-up ops leave the regex loops in the JIT's first
        // tiers; a long-running pipeline runs the tiered, profile-guided code, which is what is measured here.
        for (var i = 0; i < WarmupRuns; i++) TagTempEval3();
    }

    [Benchmark]
    public int TagTempEval3() => tagger.Tag(text, new LocalDate(1998, 10, 26)).Count;

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "tempeval3");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "datasets", "tempeval3");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("shared/datasets/tempeval3 not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
