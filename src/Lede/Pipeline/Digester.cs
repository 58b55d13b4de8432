using System.Diagnostics;
using System.Text.Json;
using Lede.Sources;
using Lede.Storage;

namespace Lede.Pipeline;

public sealed record DigestOptions
{
    /// <summary>Items per transaction: large enough that commits cost little, small enough that a crash loses little work.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>A slow input still commits (and reports) its items at least this often.</summary>
    public TimeSpan BatchInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Skips and failures kept in memory for the end-of-run report; all of them are in the store.</summary>
    public int MaxProblemsReported { get; init; } = 1000;

    public static DigestOptions Default { get; } = new();
}

public sealed record ItemProblem(string Origin, string Outcome, string Reason);

/// <summary>Counts reported only for committed work.</summary>
public sealed record DigestProgress(int Seen, int Stored, int Skipped, int Failed, string? Current);

public sealed record DigestResult(
    long RunId,
    int New,
    int Updated,
    int Unchanged,
    int Copies,
    int Skipped,
    int Failed,
    IReadOnlyList<ItemProblem> Problems,
    IReadOnlySet<long> Stories)
{
    public int Stored => New + Updated + Unchanged;
}

/// <summary>
/// Runs every stage over a stream of input events and stores the results in batches. An item is
/// counted stored only once its batch has committed, so a run killed at any point has reported nothing
/// it did not keep, and a rerun finds what it kept by identity and adds it only once.
/// </summary>
public sealed class Digester(ArticleStore store, ArticleProcessor processor, DigestOptions options)
{
    private sealed class Tally
    {
        public int New, Updated, Unchanged, Copies, Skipped, Failed;
        public readonly List<ItemProblem> Problems = [];
        public readonly HashSet<long> Stories = [];
    }

    public DigestResult Run(IEnumerable<SourceEvent> events, string command, Action<DigestProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var linker = SeededLinker(store);
        var runId = store.StartRun(command);
        var committed = new Tally();
        var pending = new Tally();
        var seen = 0;
        var batch = store.BeginBatch();
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (var e in events)
            {
                cancellation.ThrowIfCancellationRequested();
                seen++;
                Handle(e, batch, linker, runId, pending);
                if (batch.Saved + pending.Skipped + pending.Failed >= options.BatchSize || clock.Elapsed >= options.BatchInterval)
                {
                    Commit(batch, pending, committed);
                    batch = store.BeginBatch();
                    clock.Restart();
                }
                progress?.Invoke(new DigestProgress(seen, committed.New + committed.Updated + committed.Unchanged,
                    committed.Skipped, committed.Failed, e.Origin));
            }
            Commit(batch, pending, committed);
        }
        finally
        {
            batch.Dispose();
        }
        var result = new DigestResult(runId, committed.New, committed.Updated, committed.Unchanged, committed.Copies,
            committed.Skipped, committed.Failed, committed.Problems, committed.Stories);
        store.FinishRun(runId, new RunCounts(result.Stored, result.Skipped, result.Failed));
        progress?.Invoke(new DigestProgress(seen, result.Stored, result.Skipped, result.Failed, null));
        return result;
    }

    private void Handle(SourceEvent e, StoreBatch batch, ArticleLinker linker, long runId, Tally tally)
    {
        switch (e)
        {
            case SourceEvent.Skipped s:
                tally.Skipped++;
                Problem(batch, runId, tally, new ItemProblem(s.Origin, "skipped", s.Reason));
                break;
            case SourceEvent.Failed f:
                tally.Failed++;
                Problem(batch, runId, tally, new ItemProblem(f.Origin, "failed", f.Reason));
                break;
            case SourceEvent.Item item:
                ProcessedArticle article;
                try
                {
                    article = processor.Process(item.Raw);
                }
                // Page content is untrusted: whatever it makes a stage throw fails that item, never the run.
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    tally.Failed++;
                    Problem(batch, runId, tally, new ItemProblem(item.Origin, "failed", ReasonOf(ex)));
                    break;
                }
                Save(article, batch, linker, tally);
                break;
        }
    }

    private static string ReasonOf(Exception ex) => ex switch
    {
        InvalidDataException or FormatException => ex.Message,
        JsonException => $"not valid JSON: {ex.Message}",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };

    private static void Save(ProcessedArticle article, StoreBatch batch, ArticleLinker linker, Tally tally)
    {
        var existing = batch.Find(article.Identity);
        if (existing is not null)
        {
            if (existing.StoryId is { } story) tally.Stories.Add(story);
            if (batch.SaveAgain(existing, article) == SaveOutcome.Updated) tally.Updated++;
            else tally.Unchanged++;
            return;
        }
        var linked = linker.Link(article);
        batch.SaveNew(linked);
        tally.New++;
        if (linked.Copy is not null) tally.Copies++;
        // An article stored before may turn out a copy when its earlier-published original arrives: a link made too.
        tally.Copies += linked.Relinked.Count(r => r.Copy is not null && r.Copy.OriginIdentity == article.Identity);
        tally.Stories.Add(linked.Story.StoryId);
    }

    private void Problem(StoreBatch batch, long runId, Tally tally, ItemProblem problem)
    {
        batch.RecordProblem(runId, problem.Origin, problem.Outcome, problem.Reason);
        if (tally.Problems.Count < options.MaxProblemsReported) tally.Problems.Add(problem);
    }

    private void Commit(StoreBatch batch, Tally pending, Tally committed)
    {
        batch.Commit();
        committed.New += pending.New;
        committed.Updated += pending.Updated;
        committed.Unchanged += pending.Unchanged;
        committed.Copies += pending.Copies;
        committed.Skipped += pending.Skipped;
        committed.Failed += pending.Failed;
        foreach (var p in pending.Problems)
            if (committed.Problems.Count < options.MaxProblemsReported) committed.Problems.Add(p);
        committed.Stories.UnionWith(pending.Stories);
        pending.New = pending.Updated = pending.Unchanged = pending.Copies = pending.Skipped = pending.Failed = 0;
        pending.Problems.Clear();
        pending.Stories.Clear();
    }

    public static ArticleLinker SeededLinker(ArticleStore store)
    {
        var linker = new ArticleLinker(store.NextStoryId());
        foreach (var (article, copyOrigin, storyId) in store.LinkInputs())
            linker.Restore(article, copyOrigin, storyId);
        return linker;
    }
}
