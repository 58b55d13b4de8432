using System.Collections.Concurrent;
using System.Diagnostics;
using Lede.Stories;

namespace Lede.Streams;

/// <summary>The state of a stories bench after its first Articles items.</summary>
public sealed record StoryBenchCheckpoint(
    long Articles,
    double Seconds,
    double ArticlesPerSecond,
    double IntervalArticlesPerSecond,
    int LiveStories,
    int LiveArticles,
    long IndexedTerms,
    long Postings,
    long StoriesOpened,
    long WorkingSetBytes,
    long GcHeapBytes,
    double BuildSeconds,
    double AssignSeconds,
    double GenerateSeconds,
    StoryBenchQuality Quality)
{
    /// <summary>Originals assigned (copies only touch their original's story): what the phase times are per.</summary>
    public long Originals { get; init; }

    /// <summary>Processor time of the whole process (all threads): the figure a loaded machine distorts least.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>
    /// Processor time of the assigning thread alone (Linux: /proc/thread-self/stat; -1 where unreadable): the
    /// assignment without the parallel build and the collector's threads, whose spinning a loaded machine inflates.
    /// </summary>
    public double AssignThreadCpuSeconds { get; init; } = -1;

    /// <summary>
    /// Page faults, user and system time of the whole process and of the assigning thread alone (getrusage; -1 where
    /// unreadable). Read before the checkpoint's own full collection, so earlier checkpoints' collections are in.
    /// Where the assigning thread's faults come from (s29-mem, stories/25, perf record -e page-faults -g on the bench, load
    /// 15 to 20): up to 100k, 81 % in the runtime's memset of a fresh allocation context (first touch of heap the process
    /// never had: allocations in Assign's body and what the JIT inlined into it 29 %, Add 26 %, Open 5.5 %, Vectors 4 %)
    /// and 18 % in TermTable.Grow copying into its doubled slot array; the kernel took 6.3 % of the thread's processor
    /// samples and memset 2.9 %. From 120k to 200k the thread faulted 9.8k times (0.15 per original, 97 % in that memset),
    /// its system time was 1.1 s of 52.3 s, and the kernel 2.5 % and memset 0.7 % of its samples: the zeroing is the heap's
    /// growth to its working set, paid once, not a cost per article.
    /// </summary>
    public ResourceUsage ProcessUsage { get; init; } = ResourceUsage.Unknown;
    public ResourceUsage AssignThreadUsage { get; init; } = ResourceUsage.Unknown;

    /// <summary>
    /// Time the garbage collector paused the process (less the checkpoints' own full collections, see LiveHeapBytes),
    /// and its collections of generation 0, 1 and 2 (those included: one more of each per earlier checkpoint).
    /// </summary>
    public double GcPauseSeconds { get; init; }
    public int[] GcCollections { get; init; } = [];

    /// <summary>The clusterer's phases (StoryTimings) in seconds, summed over originals.</summary>
    public double RetrievalSeconds { get; init; }
    public double FeatureSeconds { get; init; }
    public double ReasonSeconds { get; init; }
    public double UpdateSeconds { get; init; }

    /// <summary>
    /// The update phase in parts (StoryTimings.UpdateParts: add, open, split, the four merges, close), each in seconds
    /// summed over originals and in bytes the assigning thread allocated: they sum to UpdateSeconds and UpdateAllocatedBytes.
    /// </summary>
    public IReadOnlyList<(string Name, double Seconds, long AllocatedBytes)> UpdateParts { get; init; } = [];

    /// <summary>Originals the clusterer's repairs (split and merge checks) moved to another story so far.</summary>
    public long RepairMoves { get; init; }

    /// <summary>Bytes the whole process allocated so far (GC.GetTotalAllocatedBytes): building, generating and assigning.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Bytes the assigning thread allocated inside Assign and Touch so far: the clusterer's own garbage.</summary>
    public long AssignAllocatedBytes { get; init; }

    /// <summary>Of those, the bytes allocated in the reason and update phases (StoryTimings).</summary>
    public long ReasonAllocatedBytes { get; init; }
    public long UpdateAllocatedBytes { get; init; }

    /// <summary>
    /// Bytes the build threads allocated inside StoryFeaturizer.Build so far (each build's GC.GetAllocatedBytesForCurrentThread
    /// difference, summed): the representation's garbage and the documents themselves, which the assignment lets go.
    /// </summary>
    public long BuildAllocatedBytes { get; init; }

    /// <summary>
    /// Bytes still reachable after a full blocking collection at the checkpoint (its time is left out of the rates):
    /// GcHeapBytes also counts garbage not yet collected, which Server GC lets build up, so this is the flatness figure.
    /// </summary>
    public long LiveHeapBytes { get; init; }

    /// <summary>The widest span of a live story (days) and the most articles one live story indexes.</summary>
    public double LongestSpanDays { get; init; }
    public int LargestStory { get; init; }

    /// <summary>
    /// Entries of the bench's own tallies (scoring cells, story sizes, placed originals, originals awaiting copies):
    /// the scoring tallies grow with the stream's stories (a few tens of bytes each), unlike the clusterer's state.
    /// </summary>
    public long BenchEntries { get; init; }
}

/// <summary>BCubed of the clustering so far against the generator's instances (copies included).</summary>
public sealed record StoryBenchQuality(double BCubedPrecision, double BCubedRecall, double BCubedF1, long TrueStories);

/// <summary>
/// Clusters a story stream as `lede stories` would, minus extraction and copy detection: each original's story
/// representation is built from its title, text and publication date (in parallel: it is pure), then assigned in
/// arrival order by one StoryClusterer; a copy joins its original's story as the generator marks it (copy
/// detection is `lede bench copies`' business). The generator runs on its own thread, ahead of the assignment.
/// Tried: batches of 128 instead of 1024 (fewer built documents waiting, so fewer to survive into gen1/gen2): one
/// alternated pair at 100k, load 12-15, results identical: collections 24/14/8 against 21/10/6, GC pause 38.9 against
/// 29.9 s, build 90.2 against 61.1 s, process CPU 102.2 against 93.1 s, assigning-thread CPU 51.2 against 51.3 s, live
/// heap 1,099 against 1,116 MB: no gain seen (noisy at that load; the second pair was cut short by load 33-36).
/// </summary>
public sealed class StoryBench(StoryOptions options, int batchSize = 1024)
{
    private sealed record Built(StoryStreamItem Item, StoryDocument? Doc);

    private sealed record Batch(Built[] Items, double GenerateSeconds, double BuildSeconds, long BuildAllocatedBytes);

    public IReadOnlyList<StoryBenchCheckpoint> Run(IEnumerable<StoryStreamItem> stream, IReadOnlyCollection<long> checkpoints,
        Action<StoryBenchCheckpoint>? onCheckpoint = null, CancellationToken cancel = default)
    {
        var featurizer = new StoryFeaturizer(options);
        var clusterer = new StoryClusterer(options);
        var stops = new SortedSet<long>(checkpoints);
        var results = new List<StoryBenchCheckpoint>();
        var batches = new BlockingCollection<Batch>(boundedCapacity: 2);
        var producer = Task.Run(() => Produce(stream, featurizer, batches, cancel), cancel);

        var tally = new StoryBenchTally(clusterer);
        long moves = 0, opened = 0, lastDone = 0, originals = 0, assignAllocated = 0, buildAllocated = 0;
        double assign = 0, build = 0, generate = 0, lastSeconds = 0, excluded = 0, excludedPause = 0;
        var clock = Stopwatch.StartNew();
        var watch = new Stopwatch();
        foreach (var batch in batches.GetConsumingEnumerable(cancel))
        {
            build += batch.BuildSeconds;
            buildAllocated += batch.BuildAllocatedBytes;
            generate += batch.GenerateSeconds;
            foreach (var (item, doc) in batch.Items)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                if (!tally.TryJoinCopy(item.CopyOf, item.Published, out var story))
                {
                    var assignment = clusterer.Assign(doc!, item.Title, item.Id);
                    originals++;
                    story = assignment.StoryId;
                    if (assignment.IsNewStory) opened++;
                    moves += tally.PlaceOriginal(assignment, item.Id, item.TrueStory, item.Ordinal, item.CopiesToCome);
                }
                assign += watch.Elapsed.TotalSeconds;
                assignAllocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                tally.Count(item.TrueStory, story);
                var done = tally.Done;
                if (stops.Count > 0 && done == stops.Min)
                {
                    stops.Remove(stops.Min);
                    var seconds = clock.Elapsed.TotalSeconds - excluded;
                    var checkpoint = new StoryBenchCheckpoint(
                        done, seconds, done / seconds, (done - lastDone) / (seconds - lastSeconds),
                        clusterer.LiveCount, clusterer.LiveArticles, clusterer.IndexedTerms, clusterer.Postings, opened,
                        Environment.WorkingSet, GC.GetTotalMemory(false), build, assign, generate,
                        tally.Score())
                    {
                        Originals = originals,
                        RepairMoves = moves,
                        AllocatedBytes = GC.GetTotalAllocatedBytes(),
                        AssignAllocatedBytes = assignAllocated,
                        ReasonAllocatedBytes = clusterer.Timings.ReasonBytes,
                        UpdateAllocatedBytes = clusterer.Timings.UpdateBytes,
                        BuildAllocatedBytes = buildAllocated,
                        CpuSeconds = Environment.CpuUsage.TotalTime.TotalSeconds,
                        AssignThreadCpuSeconds = ThreadCpuSeconds(),
                        ProcessUsage = ResourceUsage.OfProcess(),
                        AssignThreadUsage = ResourceUsage.OfThread(),
                        GcPauseSeconds = GC.GetTotalPauseDuration().TotalSeconds - excludedPause,
                        GcCollections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)],
                        RetrievalSeconds = Seconds(clusterer.Timings.Retrieval),
                        FeatureSeconds = Seconds(clusterer.Timings.Features),
                        ReasonSeconds = Seconds(clusterer.Timings.Reason),
                        UpdateSeconds = Seconds(clusterer.Timings.Update),
                        UpdateParts = clusterer.Timings.UpdateParts().Select(t => (t.Name, Seconds(t.Ticks), t.Bytes)).ToList(),
                        LongestSpanDays = clusterer.LongestSpanDays,
                        LargestStory = clusterer.LargestStory,
                        BenchEntries = tally.Entries,
                    };
                    var (collecting, pausedBefore) = (clock.Elapsed.TotalSeconds, GC.GetTotalPauseDuration().TotalSeconds);
                    checkpoint = checkpoint with { LiveHeapBytes = GC.GetTotalMemory(forceFullCollection: true) };
                    excluded += clock.Elapsed.TotalSeconds - collecting;
                    excludedPause += GC.GetTotalPauseDuration().TotalSeconds - pausedBefore;
                    results.Add(checkpoint);
                    onCheckpoint?.Invoke(checkpoint);
                    (lastDone, lastSeconds) = (done, clock.Elapsed.TotalSeconds - excluded);
                }
            }
        }
        producer.GetAwaiter().GetResult();
        return results;
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

    /// <summary>The calling thread's user and system time from /proc (clock ticks of 1/100 s), or -1 where there is none.</summary>
    private static double ThreadCpuSeconds()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // Fields after the command name (which may hold spaces, so read past its closing parenthesis): utime and
            // stime are the 14th and 15th fields of the line, the 12th and 13th after the name.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
                    + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return -1;
        }
        catch (UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>Generates a batch, then builds its originals' representations on every core.</summary>
    private void Produce(IEnumerable<StoryStreamItem> stream, StoryFeaturizer featurizer, BlockingCollection<Batch> batches, CancellationToken cancel)
    {
        try
        {
            var clock = new Stopwatch();
            using var items = stream.GetEnumerator();
            while (true)
            {
                clock.Restart();
                var chunk = new List<StoryStreamItem>(batchSize);
                while (chunk.Count < batchSize && items.MoveNext()) chunk.Add(items.Current);
                if (chunk.Count == 0) break;
                var generated = clock.Elapsed.TotalSeconds;
                clock.Restart();
                var built = new Built[chunk.Count];
                long allocated = 0;
                Parallel.For(0, chunk.Count, new ParallelOptions { CancellationToken = cancel }, i =>
                {
                    var item = chunk[i];
                    if (item.CopyOf is not null)
                    {
                        built[i] = new Built(item, null);
                        return;
                    }
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var doc = featurizer.Build(item.Title, item.Text, null, item.Published);
                    Interlocked.Add(ref allocated, GC.GetAllocatedBytesForCurrentThread() - before);
                    built[i] = new Built(item, doc);
                });
                batches.Add(new Batch(built, generated, clock.Elapsed.TotalSeconds, Interlocked.Read(ref allocated)), cancel);
            }
        }
        finally
        {
            batches.CompleteAdding();
        }
    }
}
