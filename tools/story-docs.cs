#:project ../bench/Lede.Streams/Lede.Streams.csproj
#:property ServerGarbageCollection=false
// The stories featurizer alone, on the bench's stream (`lede bench stories`' generator, default options), from a
// checkout root so that ../shared resolves (or STORIES=FOLDER):
//   dotnet run -c Release tools/story-docs.cs dump N OUT   writes the StoryDocument of every original among the first
//     N items to OUT, every field (parts and top words in listing order, weights as their bits): a featurizer change
//     meant to be result-identical must leave the file byte-identical (cmp against one written by the old code);
//   dotnet run -c Release tools/story-docs.cs time N ROUNDS   featurizes those originals ROUNDS times on this one
//     thread and prints its processor time and allocation per original: steadier on a shared machine than the
//     bench's build_seconds, which is wall time of builder threads competing with the assigning thread;
//   dotnet run -c Release tools/story-docs.cs gen N ROUNDS   prints the stream's hash over its first N items and the
//     generator's processor time and allocation per item (a generator change must leave the hash as it was).
// The workstation collector here: one thread's allocation, not a heap per core.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lede.Stories;
using Lede.Streams;

if (args.Length < 2 || args[0] is not ("dump" or "time" or "gen") || (args[0] == "dump" && args.Length < 3))
{
    Console.Error.WriteLine("usage: dotnet run -c Release tools/story-docs.cs dump|time|gen N [OUT|ROUNDS]");
    return 2;
}
var mode = args[0];
var n = int.Parse(args[1], CultureInfo.InvariantCulture);
var folder = Environment.GetEnvironmentVariable("STORIES") ?? "../shared/datasets/ecbplus/stories";
var sw = Stopwatch.StartNew();
var cpu0 = Environment.CpuUsage.TotalTime;
var alloc0 = GC.GetAllocatedBytesForCurrentThread();
var source = StorySource.Load(folder);
var t1 = sw.Elapsed.TotalSeconds;
var cpu1 = Environment.CpuUsage.TotalTime;
var alloc1 = GC.GetAllocatedBytesForCurrentThread();
var items = new StoryStream(source, new StoryStreamOptions()).Take(n).ToList();
var cpu2 = Environment.CpuUsage.TotalTime;
var alloc2 = GC.GetAllocatedBytesForCurrentThread();
Console.Error.WriteLine($"load {t1:F2}s cpu {(cpu1 - cpu0).TotalSeconds:F2}s; generate {n} cpu {(cpu2 - cpu1).TotalSeconds:F2}s alloc {(alloc2 - alloc1) / (double)n:F0} B/item");
var originals = items.Where(i => i.CopyOf is null).ToList();
var featurizer = new StoryFeaturizer(StoryOptions.Default);
if (mode == "gen")
{
    // The stream's hash over every item's fields: a generator change must leave it as it was.
    var h = new System.IO.Hashing.XxHash64();
    foreach (var it in items) h.Append(Encoding.UTF8.GetBytes($"{it.Ordinal}|{it.Id}|{it.Title}|{it.Text}|{it.Published.UtcTicks}|{it.TrueStory}|{it.CopyOf}|{it.CopiesToCome}\n"));
    Console.WriteLine($"stream hash {Convert.ToHexString(h.GetCurrentHash())}");
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    for (var r = 0; r < rounds; r++)
    {
        var c0 = Environment.CpuUsage.TotalTime; var a0 = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        foreach (var it in new StoryStream(source, new StoryStreamOptions()).Take(n)) count += it.Text.Length & 1;
        var c1 = Environment.CpuUsage.TotalTime; var a1 = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"gen round {r}: {(c1 - c0).TotalSeconds * 1e6 / n:F1} us/item, {(a1 - a0) / (double)n:F0} B/item");
    }
    return 0;
}
if (mode == "dump")
{
    using var w = new StreamWriter(args[2]);
    foreach (var it in originals)
    {
        var d = featurizer.Build(it.Title, it.Text, null, it.Published);
        var sb = new StringBuilder();
        sb.Append(it.Id).Append('\n');
        for (var p = 0; p < d.Parts.Length; p++)
        {
            sb.Append('P').Append(p).Append(':');
            foreach (var (k, v) in d.Parts[p]) sb.Append(k).Append('=').Append(BitConverter.DoubleToInt64Bits(v).ToString("X", CultureInfo.InvariantCulture)).Append(';');
            sb.Append('\n');
        }
        sb.Append("TN:").AppendJoin(';', d.TitleNumbers).Append('\n');
        sb.Append("NF:").AppendJoin(';', d.NameForms.Select(kv => kv.Key + "=" + kv.Value)).Append('\n');
        sb.Append("LY:").Append(d.LatestYear).Append(" W:").Append(d.When?.UtcTicks).Append(" EMD:").Append(d.EventMonthDay)
            .Append(" EDS:").Append(d.EventDaySeparates).Append(" EY:").Append(d.EventYear).Append(" TD:").Append(d.TitleIsDateline)
            .Append(" LW:").Append(d.LeadWeekdays).Append(" SP:").Append(d.SubjectPerson).Append('\n');
        sb.Append("LN:").AppendJoin(';', d.LeadNames).Append('\n');
        sb.Append("TW:").AppendJoin(';', d.TopWords.Select(kv => kv.Key + "=" + BitConverter.DoubleToInt64Bits(kv.Value).ToString("X", CultureInfo.InvariantCulture))).Append('\n');
        sb.Append("SU:").AppendJoin(';', d.Subjects).Append('\n');
        w.Write(sb);
    }
    Console.Error.WriteLine($"dumped {originals.Count} originals");
    return 0;
}
if (mode == "time")
{
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    // Two passes over the first 3,000 first, so that the featurizer runs tiered-up code when it is timed.
    for (var r = 0; r < 2; r++) foreach (var it in originals.Take(3000)) featurizer.Build(it.Title, it.Text, null, it.Published);
    Thread.Sleep(300);
    for (var r = 0; r < rounds; r++)
    {
        GC.Collect();
        var g0 = GC.CollectionCount(0);
        var c0 = ThreadCpu(); var a0 = GC.GetAllocatedBytesForCurrentThread();
        long terms = 0;
        foreach (var it in originals) terms += featurizer.Build(it.Title, it.Text, null, it.Published).Parts[0].Count;
        var c1 = ThreadCpu(); var a1 = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"round {r}: {(c1 - c0) * 1e6 / originals.Count:F1} us/original thread cpu, {(a1 - a0) / (double)originals.Count:F0} B/original, gen0 {GC.CollectionCount(0) - g0}");
    }
}
return 0;

static double ThreadCpu()
{
    var stat = File.ReadAllText("/proc/thread-self/stat");
    var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    return (long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture)) / 100.0;
}
