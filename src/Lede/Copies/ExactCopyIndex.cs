namespace Lede.Copies;

/// <summary>
/// First version of the copies stage: exact duplicates by normalised content hash. The first article
/// seen with a text is the family's original; issue #4 adds near copies and date-based origins.
/// </summary>
public sealed class ExactCopyIndex
{
    public const string Version = "copies/1";

    private readonly Dictionary<string, string> _originByHash = new(StringComparer.Ordinal);

    /// <summary>Records an article already stored (its own origin when it is an original).</summary>
    public void Remember(string contentHash, string originIdentity) =>
        _originByHash.TryAdd(contentHash, originIdentity);

    /// <summary>Links a new article to the original it duplicates, or makes it the original of its text.</summary>
    public CopyLink? Observe(CopyCandidate article)
    {
        if (_originByHash.TryGetValue(article.ContentHash, out var origin) && origin != article.Identity)
            return new CopyLink(origin, CopyRelation.Duplicate, 1.0, $"same normalised text (hash {article.ContentHash})");
        _originByHash[article.ContentHash] = article.Identity;
        return null;
    }

    public void Forget(string contentHash, string identity)
    {
        if (_originByHash.TryGetValue(contentHash, out var origin) && origin == identity)
            _originByHash.Remove(contentHash);
    }

    public int Count => _originByHash.Count;
}
