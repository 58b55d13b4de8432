using System.Diagnostics;
using Lede.Copies;
using Lede.Text;

namespace Lede.Streams;

/// <summary>How `lede bench copies` runs.</summary>
public sealed record CopyBenchOptions
{
    public CopyStreamOptions Stream { get; init; } = new();

    /// <summary>The copy index's time window (publication clock), for Lede and the baseline alike.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Threads that fingerprint (Lede) or sign (baseline) ahead of the sequential index.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles fingerprinted together before the index takes them in order.</summary>
    public int BatchSize { get; init; } = 2048;

    /// <summary>Memory checkpoints over the run (every Articles / Checkpoints articles).</summary>
    public int Checkpoints { get; init; } = 10;

    public bool Lede { get; init; } = true;
    public bool Baseline { get; init; } = true;
}

/// <summary>Copies of one relation in the stream, and how many of them the system paired with their original.</summary>
public sealed record CopyBenchRecall(long Copies, long Found)
{
    public double Recall => Copies == 0 ? 0 : (double)Found / Copies;
}

/// <summary>Memory and index size after a number of articles.</summary>
public sealed record CopyBenchCheckpoint(
    long Articles, DateTimeOffset StreamTime, long WorkingSetBytes, long GcHeapBytes, int Live, int Keys, double Seconds);

/// <summary>One system's run over the stream.</summary>
public sealed record CopyBenchResult(
    string System,
    string Timed,
    long Articles,
    double Seconds,
    IReadOnlyDictionary<string, double> PhaseSeconds,
    IReadOnlyDictionary<string, CopyBenchRecall> Recall,
    long FalsePairs,
    long ArticlesWithFalsePair,
    long Relinked,
    IReadOnlyList<CopyBenchCheckpoint> Checkpoints,
    long PeakWorkingSetBytes)
{
    public double ArticlesPerSecond => Seconds <= 0 ? 0 : Articles / Seconds;
    public double MicrosecondsPerArticle => Articles == 0 ? 0 : Seconds * 1e6 / Articles;

    public double OverallRecall
    {
        get
        {
            var copies = Recall.Values.Sum(r => r.Copies);
            return copies == 0 ? 0 : (double)Recall.Values.Sum(r => r.Found) / copies;
        }
    }
}

/// <summary>
/// The copies bench: one seeded stream through Lede's copy index and then through the plain MinHash LSH baseline,
/// each timed over what it does with the text (fingerprinting or signing, candidates, verification, insert and
/// eviction), never the generator's time. Both see the same articles, in publication order, under the same window.
/// </summary>
public sealed class CopyBench(CopySource source, CopyBenchOptions options)
{
    public const string LedeTimed = "text given (no extraction); content hash, fingerprint (sentences, MinHash, band and anchor keys, attribution) on --threads, then in arrival order: eviction, candidates, sentence-alignment verification, classification, link with evidence, insert";
    public const string BaselineTimed = "text given; lower-casing, word 5-gram shingles, 128-permutation MinHash on --threads, then in arrival order: eviction, LSH query, Jaccard estimate per candidate, insert";

    public IEnumerable<CopyBenchResult> Run(IProgress<(string System, long Done, long Total)>? progress = null)
    {
        if (options.Lede) yield return RunLede(progress);
        if (options.Baseline) yield return RunBaseline(progress);
    }

    /// <summary>The copy index options the bench runs Lede with: the defaults, on the stream's own clock and the bench's window.</summary>
    public CopyOptions LedeOptions => CopyOptions.Default with { Window = options.Window, WindowClock = CopyWindowClock.Published };

    private CopyBenchResult RunLede(IProgress<(string, long, long)>? progress)
    {
        var index = new CopyIndex(LedeOptions);
        var tally = new Tally();
        var fingerprint = new Stopwatch();
        var observe = new Stopwatch();
        var fingerprints = new CopyFingerprint[options.BatchSize];
        var outcomes = new CopyOutcome[options.BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        var name = $"lede {CopyIndex.Version}";
        var run = Batches(tally, batch =>
        {
            fingerprint.Start();
            Parallel.For(0, batch.Count, parallel, i =>
            {
                var item = batch[i];
                var candidate = new CopyCandidate(item.Id, item.Text, ContentHash.Of(item.Text), item.Published, true, item.Site, item.Title, item.Url);
                fingerprints[i] = index.Fingerprint(candidate);
            });
            fingerprint.Stop();
            observe.Start();
            for (var i = 0; i < batch.Count; i++) outcomes[i] = index.Observe(fingerprints[i]);
            observe.Stop();
            for (var i = 0; i < batch.Count; i++)
            {
                var item = batch[i];
                var link = outcomes[i].Copy;
                tally.Relinked += outcomes[i].Relinked.Count;
                if (link is null) tally.Answer(item, []);
                else tally.Answer(item, [link.OriginIdentity]);
                fingerprints[i] = null!;
            }
            return (index.Count, index.Keys);
        }, name, progress);
        return tally.Result(name, LedeTimed, fingerprint.Elapsed + observe.Elapsed,
            new Dictionary<string, double> { ["fingerprint"] = fingerprint.Elapsed.TotalSeconds, ["index"] = observe.Elapsed.TotalSeconds }, run);
    }

    private CopyBenchResult RunBaseline(IProgress<(string, long, long)>? progress)
    {
        var lsh = new CopyLshBaseline(window: options.Window);
        var tally = new Tally();
        var sign = new Stopwatch();
        var query = new Stopwatch();
        var signatures = new uint[options.BatchSize][];
        var matches = new IReadOnlyList<CopyLshBaseline.Document>[options.BatchSize];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        var run = Batches(tally, batch =>
        {
            sign.Start();
            Parallel.For(0, batch.Count, parallel, i => signatures[i] = lsh.Signature(batch[i].Text));
            sign.Stop();
            query.Start();
            for (var i = 0; i < batch.Count; i++)
                matches[i] = lsh.QueryInsert(batch[i].Id, batch[i].Origin, batch[i].Published, signatures[i]);
            query.Stop();
            for (var i = 0; i < batch.Count; i++)
            {
                tally.Answer(batch[i], matches[i].Select(m => m.Id).ToList());
                signatures[i] = null!;
                matches[i] = null!;
            }
            return (lsh.Count, lsh.Keys);
        }, lsh.Name, progress);
        return tally.Result(lsh.Name, BaselineTimed, sign.Elapsed + query.Elapsed,
            new Dictionary<string, double> { ["signature"] = sign.Elapsed.TotalSeconds, ["index"] = query.Elapsed.TotalSeconds }, run);
    }

    private sealed record RunShape(long Articles, List<CopyBenchCheckpoint> Checkpoints, long PeakWorkingSet);

    /// <summary>Feeds the stream to `process` in batches (the generator's time is outside every timed phase) and takes memory checkpoints.</summary>
    private RunShape Batches(Tally tally, Func<List<CopyStreamItem>, (int Live, int Keys)> process, string name,
        IProgress<(string, long, long)>? progress)
    {
        var stream = new CopyStream(source, options.Stream);
        var total = options.Stream.Articles;
        var every = Math.Max(1, total / Math.Max(1, options.Checkpoints));
        var nextCheckpoint = every;
        var checkpoints = new List<CopyBenchCheckpoint>();
        var batch = new List<CopyStreamItem>(options.BatchSize);
        var clock = Stopwatch.StartNew();
        long done = 0;
        GC.Collect();
        foreach (var item in stream.Items())
        {
            batch.Add(item);
            // A batch never straddles a checkpoint, so checkpoints fall on round article counts.
            if (batch.Count < options.BatchSize && done + batch.Count < nextCheckpoint && done + batch.Count < total) continue;
            var (live, keys) = process(batch);
            done += batch.Count;
            var last = batch[^1].Published;
            batch.Clear();
            progress?.Report((name, done, total));
            if (done >= nextCheckpoint || done == total)
            {
                checkpoints.Add(new CopyBenchCheckpoint(done, last, Environment.WorkingSet, GC.GetTotalMemory(false), live, keys, clock.Elapsed.TotalSeconds));
                nextCheckpoint += every;
            }
        }
        if (batch.Count > 0)
        {
            process(batch);
            done += batch.Count;
        }
        using var self = Process.GetCurrentProcess();
        return new RunShape(done, checkpoints, self.PeakWorkingSet64);
    }

    /// <summary>Scores answers as they come: a copy is found when its original is among the articles it was paired with.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, (long Copies, long Found)> _byRelation = CopyStreamRelation.Copies.ToDictionary(r => r, _ => (0L, 0L));
        public long FalsePairs;
        public long ArticlesWithFalsePair;
        public long Relinked;

        // Stream ids are "g00000012" for an original and "g00000012-spun" for its copy: the family is the part before '-'.
        private static ReadOnlySpan<char> Family(string id) => id.AsSpan(0, id.IndexOf('-') is var k and >= 0 ? k : id.Length);

        public void Answer(CopyStreamItem item, IReadOnlyList<string> pairedWith)
        {
            if (item.IsCopy)
            {
                var (copies, found) = _byRelation[item.Relation];
                _byRelation[item.Relation] = (copies + 1, found + (pairedWith.Contains(item.Origin) ? 1 : 0));
            }
            var wrong = pairedWith.Count(p => !Family(p).SequenceEqual(item.Origin));
            FalsePairs += wrong;
            if (wrong > 0) ArticlesWithFalsePair++;
        }

        public CopyBenchResult Result(string system, string timed, TimeSpan elapsed, Dictionary<string, double> phases, RunShape run) =>
            new(system, timed, run.Articles, elapsed.TotalSeconds, phases,
                _byRelation.ToDictionary(kv => kv.Key, kv => new CopyBenchRecall(kv.Value.Copies, kv.Value.Found)),
                FalsePairs, ArticlesWithFalsePair, Relinked, run.Checkpoints, run.PeakWorkingSet);
    }
}
