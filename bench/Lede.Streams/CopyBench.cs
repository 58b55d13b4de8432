using System.Diagnostics;
using Lede.Copies;
using Lede.Text;

namespace Lede.Streams;

/// <summary>How `lede bench copies` runs.</summary>
public sealed record CopyBenchOptions
{
    public CopyStreamOptions Stream { get; init; } = new();

    /// <summary>The copy index's time window (publication clock), for Lede and the baseline alike: longer than the stream's
    /// longest copy delay (96 hours), or late copies would find their original gone.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(5);

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
    double CpuSeconds,
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

    /// <summary>Processor time of the whole process (all threads, the GC's included) over the timed parts, per article: less
    /// swayed than wall time by other work on the machine.</summary>
    public double CpuMicrosecondsPerArticle => Articles == 0 ? 0 : CpuSeconds * 1e6 / Articles;

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
    public const string LedeTimed = "text given (no extraction); content hash, fingerprint (sentences, MinHash, band and anchor keys) on --threads, then in arrival order: eviction, candidates, sentence-alignment verification, classification (wire attribution scored only where publication dates tie), link (its evidence written when first read), insert";
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
        var name = $"lede {CopyIndex.Version}";
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        var run = Pipeline(
            batch =>
            {
                var fingerprints = new CopyFingerprint[batch.Count];
                Parallel.For(0, batch.Count, parallel, i =>
                {
                    var item = batch[i];
                    var candidate = new CopyCandidate(item.Id, item.Text, ContentHash.Of(item.Text), item.Published, true, item.Site, item.Title, item.Url);
                    fingerprints[i] = index.Fingerprint(candidate);
                });
                return fingerprints;
            },
            (_, fingerprint) => index.Observe(fingerprint),
            (item, outcome) =>
            {
                tally.Relinked += outcome.Relinked.Count;
                tally.Answer(item, outcome.Copy is { } link ? [link.OriginIdentity] : []);
            },
            () => (index.Count, index.Keys), name, progress);
        return tally.Result(name, LedeTimed, run, "fingerprint", "index");
    }

    private CopyBenchResult RunBaseline(IProgress<(string, long, long)>? progress)
    {
        var lsh = new CopyLshBaseline(window: options.Window);
        var tally = new Tally();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads };
        var run = Pipeline(
            batch =>
            {
                var signatures = new uint[batch.Count][];
                Parallel.For(0, batch.Count, parallel, i => signatures[i] = lsh.Signature(batch[i].Text));
                return signatures;
            },
            (item, signature) => lsh.QueryInsert(item.Id, item.Origin, item.Published, signature),
            (item, matches) => tally.Answer(item, matches.Select(m => m.Id).ToList()),
            () => (lsh.Count, lsh.Keys), lsh.Name, progress);
        return tally.Result(lsh.Name, BaselineTimed, run, "signature", "index");
    }

    private sealed record RunShape(
        long Articles, TimeSpan Timed, TimeSpan Cpu, TimeSpan Prepare, TimeSpan Sequential, TimeSpan SequentialCpu, TimeSpan GcPause,
        List<CopyBenchCheckpoint> Checkpoints, long PeakWorkingSet);

    /// <summary>
    /// Feeds the stream through a system in batches: while the sequential index takes batch k in arrival order on this
    /// thread, batch k+1 is prepared (fingerprinted, signed) on --threads in the background. Only that overlapped part
    /// is timed; the generator makes each batch before it, outside the clock, and scoring comes after it. Memory
    /// checkpoints fall between batches, on round article counts.
    /// </summary>
    private RunShape Pipeline<TPrepared, TAnswer>(
        Func<List<CopyStreamItem>, TPrepared[]> prepare,
        Func<CopyStreamItem, TPrepared, TAnswer> take,
        Action<CopyStreamItem, TAnswer> score,
        Func<(int Live, int Keys)> size, string name, IProgress<(string, long, long)>? progress)
    {
        var total = options.Stream.Articles;
        var every = Math.Max(1, total / Math.Max(1, options.Checkpoints));
        var checkpoints = new List<CopyBenchCheckpoint>();
        using var items = new CopyStream(source, options.Stream).Items().GetEnumerator();
        var timed = new Stopwatch();
        var sequential = new Stopwatch();
        var preparing = TimeSpan.Zero;
        var sequentialCpu = TimeSpan.Zero;
        var paused = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        var clock = Stopwatch.StartNew();
        long generated = 0, done = 0, nextCheckpoint = every;

        List<CopyStreamItem> NextBatch()
        {
            // A batch never straddles a checkpoint.
            var room = (int)Math.Min(options.BatchSize, every - generated % every);
            var batch = new List<CopyStreamItem>(room);
            while (batch.Count < room && items.MoveNext()) batch.Add(items.Current);
            generated += batch.Count;
            return batch;
        }

        TPrepared[] Prepare(List<CopyStreamItem> batch, out TimeSpan elapsed)
        {
            var watch = Stopwatch.StartNew();
            var result = prepare(batch);
            elapsed = watch.Elapsed;
            return result;
        }

        GC.Collect();
        var current = NextBatch();
        var cpu0 = Cpu();
        var pause0 = GC.GetTotalPauseDuration();
        timed.Start();
        var prepared = Prepare(current, out var first);
        timed.Stop();
        cpu += Cpu() - cpu0;
        paused += GC.GetTotalPauseDuration() - pause0;
        preparing += first;
        while (current.Count > 0)
        {
            var next = NextBatch();
            cpu0 = Cpu();
            pause0 = GC.GetTotalPauseDuration();
            timed.Start();
            var background = next.Count == 0 ? null : Task.Run(() => (Result: Prepare(next, out var elapsed), Elapsed: elapsed));
            sequential.Start();
            var sequentialCpu0 = ThreadClock.Now();
            var answers = new TAnswer[current.Count];
            for (var i = 0; i < current.Count; i++) answers[i] = take(current[i], prepared[i]);
            sequentialCpu += ThreadClock.Now() - sequentialCpu0;
            sequential.Stop();
            if (background is not null)
            {
                var (result, elapsed) = background.GetAwaiter().GetResult();
                prepared = result;
                preparing += elapsed;
            }
            timed.Stop();
            cpu += Cpu() - cpu0;
            paused += GC.GetTotalPauseDuration() - pause0;
            for (var i = 0; i < current.Count; i++) score(current[i], answers[i]);
            done += current.Count;
            var last = current[^1].Published;
            current = next;
            progress?.Report((name, done, total));
            if (done >= nextCheckpoint || current.Count == 0)
            {
                var (live, keys) = size();
                checkpoints.Add(new CopyBenchCheckpoint(done, last, Environment.WorkingSet, GC.GetTotalMemory(false), live, keys, clock.Elapsed.TotalSeconds));
                while (nextCheckpoint <= done) nextCheckpoint += every;
            }
        }
        process.Refresh();
        return new RunShape(done, timed.Elapsed, cpu, preparing, sequential.Elapsed, sequentialCpu, paused, checkpoints, process.PeakWorkingSet64);
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

        public CopyBenchResult Result(string system, string timed, RunShape run, string prepareName, string sequentialName) =>
            new(system, timed, run.Articles, run.Timed.TotalSeconds, run.Cpu.TotalSeconds,
                new Dictionary<string, double>
                {
                    [prepareName] = run.Prepare.TotalSeconds,
                    [sequentialName] = run.Sequential.TotalSeconds,
                    // The in-order step's own processor time (Linux; 0 elsewhere), and the collector's pauses, which stop every thread.
                    [$"{sequentialName} cpu"] = run.SequentialCpu.TotalSeconds,
                    ["gc pauses"] = run.GcPause.TotalSeconds,
                },
                _byRelation.ToDictionary(kv => kv.Key, kv => new CopyBenchRecall(kv.Value.Copies, kv.Value.Found)),
                FalsePairs, ArticlesWithFalsePair, Relinked, run.Checkpoints, run.PeakWorkingSet);
    }
}
