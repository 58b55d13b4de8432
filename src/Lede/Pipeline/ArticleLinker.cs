using Lede.Copies;
using Lede.Stories;

namespace Lede.Pipeline;

/// <summary>
/// The stages that look across articles (copies, then stories). State can be seeded from a store so
/// that a later run continues the families and stories of earlier ones.
/// </summary>
public sealed class ArticleLinker
{
    private readonly ExactCopyIndex _copies = new();
    private readonly StoryGrouper _stories;

    public ArticleLinker(long firstFreeStoryId = 1) => _stories = new StoryGrouper(firstFreeStoryId);

    /// <summary>Seeds the state with an article stored by an earlier run.</summary>
    public void Remember(string identity, string contentHash, string? copyOrigin, long storyId)
    {
        _copies.Remember(contentHash, copyOrigin ?? identity);
        _stories.Remember(identity, storyId);
    }

    public LinkedArticle Link(ProcessedArticle article)
    {
        var copy = _copies.Observe(new CopyCandidate(article.Identity, article.ContentHash, article.Published?.Value));
        var story = _stories.Assign(article.Identity, article.Title, article.Text, article.Published?.Value, copy);
        return new LinkedArticle(article, copy, story);
    }
}
