using Lede.Storage;

namespace Lede.Pipeline;

public sealed record ReprocessResult(int Articles, int Failed, IReadOnlyList<ItemProblem> Problems);

/// <summary>
/// Reruns every stage over the stored raw inputs, without the original files: the per-article stages
/// article by article, then copies and stories rebuilt from scratch in the order articles were stored.
/// One transaction, so a crash leaves the store as it was before.
/// </summary>
public sealed class Reprocessor(ArticleStore store, ArticleProcessor processor)
{
    public ReprocessResult Run(Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        var total = store.ArticleCount();
        var problems = new List<ItemProblem>();
        var linker = new ArticleLinker();
        var done = 0;
        // Read everything first: SQLite forbids writing through the connection while a reader on it is open.
        var raws = store.RawItems().ToList();
        using var batch = store.BeginBatch();
        batch.ClearLinks();
        foreach (var stored in raws)
        {
            cancellation.ThrowIfCancellationRequested();
            ProcessedArticle article;
            try
            {
                article = processor.Process(stored.Raw);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep the article as it was stored; only report that the new stages cannot read it. Its links
                // were cleared with everyone's, so it is linked again as stored: else it would drop out of every story.
                problems.Add(new ItemProblem(stored.Raw.Origin, "failed", e.Message));
                batch.SaveLinks(stored.Id, linker.Link(batch.Stored(stored)));
                progress?.Invoke(++done, total);
                continue;
            }
            batch.ReplaceProcessed(stored.Id, article);
            batch.SaveLinks(stored.Id, linker.Link(article));
            progress?.Invoke(++done, total);
        }
        batch.Commit();
        return new ReprocessResult(total, problems.Count, problems);
    }
}
