#:project ../src/Lede/Lede.csproj
// Scores story-option variants over many ECB+ orders at once, so that a rule or bar is judged on the mean of many
// orders (single orders swing +-0.015-0.03 between variants) rather than on the four `lede eval stories` reports.
// Featurizes once (StoryModelFit.Read), then replays each order with each variant (StoryModelFit.Cluster: a fresh
// ArticleLinker per call, the documents only read, so the replays run in parallel; one order's F1 equals
// `lede eval stories --shuffle-seed N` to the last digit, checked), and prints per variant the mean BCubed F1 over the
// orders, its standard error, min and max, mean P and R, and against the first variant the paired mean difference, its
// standard error and how many orders rose, fell or stayed.
// usage: dotnet run -c Release tools/many-orders.cs ORDERS [VARIANT ...]
//   ORDERS: "21-60", "0-3,13-20" (0 = file order, N = --shuffle-seed N).
//   VARIANT: a FIT_SET string ("MergeRatio=0.6,Model.Bias=-4.6"; "" or "-" = the defaults; "NearJoinMinZ=null" switches a
//   nullable bar off), optionally labelled "label:settings". The first variant is the base of the paired differences.
//   VARIANTS="a;b;c" (separated by ';') adds variants from the environment, after those on the command line.
//   With no variant the defaults alone are scored. FIT_SET applies to every variant first (a common base).
// Environment: PER_ORDER=1 prints each order's F1 per variant; THREADS=N (default: the cores) limits the parallelism;
// FOLDER=... another stories set; CACHE=FILE keeps each (settings, order) score in FILE and reads it back instead of
// replaying (the base of many runs costs once): a cache is only good for the code that wrote it, delete it on a change.
using System.Globalization;
using Lede.Evaluation;
using Lede.Evaluation.Stories;
using Lede.Stories;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run -c Release tools/many-orders.cs ORDERS [VARIANT ...]  (e.g. 21-60 \"\" \"MergeRatio=0.6\")");
    return 2;
}
var inv = CultureInfo.InvariantCulture;
var orders = StoryModelFit.Orders(args[0]).Select(o => o ?? 0).ToList();
var given = args.Skip(1).Concat((Environment.GetEnvironmentVariable("VARIANTS") ?? "")
    .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
if (given.Count == 0) given.Add("");
var common = StoryOptionSettings.Apply(StoryOptions.Default, Environment.GetEnvironmentVariable("FIT_SET"));
// A label may stand before the settings ("no-orphan:OrphanJoinMinZ=99"); settings hold no ':' of their own.
var variants = given.Select(v =>
{
    var colon = v.IndexOf(':', StringComparison.Ordinal);
    var (label, settings) = colon >= 0 ? (v[..colon], v[(colon + 1)..]) : (v, v);
    if (settings == "-") settings = "";
    return (Label: label is "" or "-" ? "(defaults)" : label, Options: StoryOptionSettings.Apply(common, settings),
        Key: $"{Environment.GetEnvironmentVariable("FIT_SET")}|{settings}");
}).ToList();

var folder = Environment.GetEnvironmentVariable("FOLDER") is { Length: > 0 } f ? f : "../shared/datasets/ecbplus/stories";
var articles = StoryModelFit.Read(ArticleSet.Load(folder, "id", "event"), common);
var threads = int.TryParse(Environment.GetEnvironmentVariable("THREADS"), inv, out var t) ? t : Environment.ProcessorCount;
var scores = new ClusterScore[variants.Count, orders.Count];
var cacheFile = Environment.GetEnvironmentVariable("CACHE");
var cached = new Dictionary<string, ClusterScore>(StringComparer.Ordinal);
if (cacheFile is { Length: > 0 } && File.Exists(cacheFile))
    foreach (var row in File.ReadLines(cacheFile).Select(l => l.Split('\t')))
        cached[$"{row[0]}\t{row[1]}"] = new ClusterScore(double.Parse(row[2], inv), double.Parse(row[3], inv),
            double.Parse(row[4], inv), double.Parse(row[5], inv));
// Order-major, so that the variants of one order run side by side.
var jobs = Enumerable.Range(0, orders.Count).SelectMany(o => Enumerable.Range(0, variants.Count).Select(v => (v, o)))
    .Where(job => !cached.ContainsKey(CacheKey(job.v, job.o))).ToList();
foreach (var (v, o) in Enumerable.Range(0, orders.Count).SelectMany(o => Enumerable.Range(0, variants.Count).Select(v => (v, o))))
    if (cached.TryGetValue(CacheKey(v, o), out var hit)) scores[v, o] = hit;
Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = threads }, job =>
    scores[job.v, job.o] = StoryModelFit.Cluster(articles, variants[job.v].Options, orders[job.o] == 0 ? null : orders[job.o]));
if (cacheFile is { Length: > 0 })
    File.AppendAllLines(cacheFile, jobs.Select(job => string.Join('\t', CacheKey(job.v, job.o),
        scores[job.v, job.o].BCubedPrecision.ToString("R", inv), scores[job.v, job.o].BCubedRecall.ToString("R", inv),
        scores[job.v, job.o].BCubedF1.ToString("R", inv), scores[job.v, job.o].AdjustedRand.ToString("R", inv))));

Console.WriteLine($"orders {args[0]} ({orders.Count}), {articles.Count} articles");
var perOrder = Environment.GetEnvironmentVariable("PER_ORDER") is "1" or "true";
for (var v = 0; v < variants.Count; v++)
{
    var f1 = Enumerable.Range(0, orders.Count).Select(o => scores[v, o].BCubedF1).ToArray();
    var p = Enumerable.Range(0, orders.Count).Average(o => scores[v, o].BCubedPrecision);
    var r = Enumerable.Range(0, orders.Count).Average(o => scores[v, o].BCubedRecall);
    var line = $"{variants[v].Label}: F1 mean {f1.Average():F4} se {Se(f1):F4} min {f1.Min():F4} max {f1.Max():F4} P {p:F4} R {r:F4}";
    if (v > 0)
    {
        var d = Enumerable.Range(0, orders.Count).Select(o => f1[o] - scores[0, o].BCubedF1).ToArray();
        line += $" | diff {d.Average():+0.0000;-0.0000;0.0000} se {Se(d):F4} up {d.Count(x => x > 1e-12)} down {d.Count(x => x < -1e-12)} same {d.Count(x => Math.Abs(x) <= 1e-12)}";
    }
    Console.WriteLine(line);
    if (perOrder)
        Console.WriteLine("  " + string.Join(' ', Enumerable.Range(0, orders.Count).Select(o => $"{orders[o]}:{f1[o]:F4}")));
}
return 0;

string CacheKey(int v, int o) => $"{variants[v].Key}\t{orders[o].ToString(inv)}";

static double Se(double[] x)
{
    if (x.Length < 2) return 0;
    var mean = x.Average();
    return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1) / x.Length);
}
