using Lede.Copies;

namespace Lede.Stories;

/// <summary>An article's story and why it joined it; Headline is the story's provisional headline after it joined.</summary>
public sealed record StoryAssignment(long StoryId, bool IsNewStory, string Reason, string? Headline = null)
{
    // The clusterer's reasons are kept as their numbers and terms and written out when first read: most assignments'
    // reasons are never read on a stream (the bench), and formatting them cost some 60 µs per original.
    private string? _reason = Reason;
    private Func<string>? _explain;

    /// <summary>An assignment whose reason is written when first read.</summary>
    internal StoryAssignment(long storyId, bool isNewStory, Func<string> explain, string? headline)
        : this(storyId, isNewStory, (string)null!, headline) => _explain = explain;

    public string Reason
    {
        get => _reason ??= _explain!();
        init => (_reason, _explain) = (value, null);
    }

    /// <summary>A copy whose reason is written, when first read, by the given function.</summary>
    internal StoryAssignment Explained(Func<string> explain)
    {
        var copy = this with { };
        (copy._reason, copy._explain) = (null, explain);
        return copy;
    }

    // Equal by what they say, whether or not the reason was written out yet.
    public bool Equals(StoryAssignment? other) =>
        other is not null && StoryId == other.StoryId && IsNewStory == other.IsNewStory && Reason == other.Reason
        && Headline == other.Headline && Equals(Moved, other.Moved);

    public override int GetHashCode() => HashCode.Combine(StoryId, IsNewStory, Reason, Headline, Moved);

    /// <summary>Articles assigned before that a repair moved to another story as this one arrived (copies follow their original).</summary>
    public IReadOnlyList<StoryRepairMove> Moved { get; init; } = [];
}

/// <summary>
/// The stories stage: an original is clustered into an event story as it arrives (StoryClusterer); a copy joins
/// the story of its original and adds no terms, so that a copy family counts once.
/// </summary>
public sealed class StoryGrouper
{
    public const string Version = "stories/29";

    private readonly Dictionary<string, long> _storyByArticle = new(StringComparer.Ordinal);
    // Each copy's original and each original's copies, as the copies stage last linked them: a copy's story is its
    // original's, so it moves when a repair moves its original and never on its own.
    private readonly Dictionary<string, string> _originOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _copiesOf = new(StringComparer.Ordinal);
    // Articles moved into a re-rooted family's story (MoveCopy) whose terms, if they had any, stayed in their old story.
    private readonly HashSet<string> _stranded = new(StringComparer.Ordinal);
    // The articles put in each live story (a moved article stays listed under its old story too; the map above says
    // where it is). When the story closes they are forgotten, so that the maps hold what the live set and the copy
    // index hold, not every article ever seen; but an article the copy stage can still link a copy to is kept, parked,
    // until the copy index lets it go (its window runs on its own clock), so that a late copy still joins its story.
    private readonly Dictionary<long, List<string>> _articlesByStory = [];
    private readonly Queue<(string Identity, long StoryId)> _parked = new();
    private readonly Func<string, bool> _copyStageHolds;
    // Stories closed during the current call: forgotten once its moves are applied, since a merge closes the story it
    // empties and its articles are still listed under it until then.
    private readonly List<long> _closed = [];
    private readonly StoryFeaturizer _featurizer;
    private readonly StoryClusterer _clusterer;

    /// <param name="copyStageHolds">Whether the copy stage still holds an article (can link a new copy to it); without a
    /// copy stage, an article is forgotten when its story closes.</param>
    public StoryGrouper(long firstFreeStoryId = 1, StoryOptions? options = null, Func<string, bool>? copyStageHolds = null)
    {
        options ??= StoryOptions.Default;
        _copyStageHolds = copyStageHolds ?? (_ => false);
        _featurizer = new StoryFeaturizer(options);
        _clusterer = new StoryClusterer(options, firstFreeStoryId);
        _clusterer.StoryClosed += _closed.Add;
    }

    /// <summary>Articles whose story (and family) is remembered: those of live stories and those the copy stage still holds.</summary>
    public int RememberedArticles => _storyByArticle.Count;

    public StoryClusterer Clusterer => _clusterer;

    /// <summary>
    /// Seeds an article stored by an earlier run: its copies will join its story. Its terms are not stored, so
    /// its story is not live for new originals until the store keeps story centroids.
    /// </summary>
    public void Remember(string identity, long storyId, string? originIdentity = null)
    {
        Put(identity, storyId);
        if (originIdentity is not null) CopyOf(originIdentity, identity);
        _clusterer.Reserve(storyId);
    }

    /// <summary>An original stored by an earlier run, back in its story with its terms, so that new articles can join it.</summary>
    public void Restore(string identity, string? title, string text, DateTimeOffset? published, long storyId,
        DateTimeOffset? eventDate = null, (int Month, int Day)? eventMonthDay = null, int? eventYear = null)
    {
        _clusterer.Restore(_featurizer.Build(title, text, eventDate, published) with { EventMonthDay = eventMonthDay, EventYear = eventYear }, storyId, title, identity);
        Put(identity, storyId);
        ForgetClosed();
    }

    /// <summary>
    /// Puts a copy into its family's story (its family was re-rooted on an original of another story); false when it
    /// was there already. Terms it added to its old story as an original stay there.
    /// </summary>
    public bool MoveCopy(string identity, long storyId)
    {
        if (!Move(identity, storyId)) return false;
        _stranded.Add(identity);
        return true;
    }

    private bool Move(string identity, long storyId)
    {
        if (_storyByArticle.TryGetValue(identity, out var current) && current == storyId) return false;
        Put(identity, storyId);
        return true;
    }

    /// <param name="eventDate">The event's date when the dates stage has one; else the publication date is used.</param>
    /// <param name="eventMonthDay">The month and day the text names for its event, year known or not.</param>
    /// <param name="eventDaySeparates">Whether that day is reliable enough to keep the article out of a story.</param>
    /// <param name="eventYear">The year of the event date the dates stage read (from the text or the publication date).</param>
    /// <param name="document">The article's story document when built before from these same values (the fit tool
    /// replays a set in many orders and builds each once); else it is built here.</param>
    public StoryAssignment Assign(string identity, string? title, string text, DateTimeOffset? published, CopyLink? copy,
        DateTimeOffset? eventDate = null, (int Month, int Day)? eventMonthDay = null, bool eventDaySeparates = false, int? eventYear = null,
        StoryDocument? document = null)
    {
        var assignment = Place(identity, title, text, published, copy, eventDate, eventMonthDay, eventDaySeparates, eventYear, document);
        ForgetClosed();
        return assignment;
    }

    private StoryAssignment Place(string identity, string? title, string text, DateTimeOffset? published, CopyLink? copy,
        DateTimeOffset? eventDate, (int Month, int Day)? eventMonthDay, bool eventDaySeparates, int? eventYear, StoryDocument? document)
    {
        if (_storyByArticle.TryGetValue(identity, out var existing))
            return new StoryAssignment(existing, false, "already assigned");
        if (copy is not null && _storyByArticle.TryGetValue(copy.OriginIdentity, out var originStory))
        {
            Put(identity, originStory);
            // A late original that takes over a family comes in as Original of it: the family's copies are relinked to it.
            if (copy.Relation != CopyRelation.Original) CopyOf(copy.OriginIdentity, identity);
            _clusterer.Touch(originStory, eventDate ?? published);
            return new StoryAssignment(originStory, false, $"{copy.Relation} of {copy.OriginIdentity}: joins its story, adds no terms");
        }
        document ??= _featurizer.Build(title, text, eventDate, published) with { EventMonthDay = eventMonthDay, EventDaySeparates = eventDaySeparates, EventYear = eventYear };
        var assignment = _clusterer.Assign(document, title, identity);
        Put(identity, assignment.StoryId);
        if (assignment.Moved.Count == 0) return assignment;
        // A split moved earlier originals: their copies go with them, since a family sits in one story.
        var moved = new List<StoryRepairMove>();
        foreach (var move in assignment.Moved)
        {
            var root = move.Key;
            if (_originOf.TryGetValue(move.Key, out var origin))
            {
                // An original that became a copy when its family was re-rooted on a late original: when that original
                // joined its story (adding no terms), this member's terms are still the family's, and the family goes
                // where they go; left in place, a split that moved them left the family behind as a story of copies
                // with no terms (a one-report story no repair could see). Terms left in an old story when the family
                // was moved to its new original's story (Stranded) are not the family's: it stays.
                if (_stranded.Contains(move.Key)) continue;
                if (Move(move.Key, move.StoryId)) moved.Add(move);
                if (Move(origin, move.StoryId))
                    moved.Add(new StoryRepairMove(origin, move.StoryId, $"original of {move.Key}: moved with its family's terms; {move.Reason}"));
                root = origin;
            }
            else
            {
                Put(move.Key, move.StoryId);
                moved.Add(move);
            }
            foreach (var copyIdentity in _copiesOf.GetValueOrDefault(root) ?? [])
                if (copyIdentity != move.Key && Move(copyIdentity, move.StoryId))
                    moved.Add(new StoryRepairMove(copyIdentity, move.StoryId, $"copy of {root}: moved with it; {move.Reason}"));
        }
        return assignment with { Moved = moved };
    }

    /// <summary>Records the copy stage's new link for an article seen before: its family's original, or none.</summary>
    public void Relink(string identity, string? originIdentity)
    {
        if (originIdentity is not null) CopyOf(originIdentity, identity);
        else if (_originOf.Remove(identity, out var old)) _copiesOf.GetValueOrDefault(old)?.Remove(identity);
    }

    private void Put(string identity, long storyId)
    {
        _storyByArticle[identity] = storyId;
        // A copy of an article whose story has closed (or was stored by an earlier run) waits with it for the copy index.
        if (!_clusterer.IsLive(storyId))
        {
            _parked.Enqueue((identity, storyId));
            return;
        }
        if (!_articlesByStory.TryGetValue(storyId, out var articles)) _articlesByStory[storyId] = articles = [];
        articles.Add(identity);
    }

    private void ForgetClosed()
    {
        foreach (var storyId in _closed)
        {
            if (!_articlesByStory.Remove(storyId, out var articles)) continue;
            foreach (var identity in articles)
            {
                // Listed here before a move took it elsewhere: it belongs to its new story now.
                if (_storyByArticle.GetValueOrDefault(identity) != storyId) continue;
                if (_copyStageHolds(identity)) _parked.Enqueue((identity, storyId));
                else Drop(identity);
            }
        }
        _closed.Clear();
        // The copy index lets articles go roughly in the order they came, so the oldest parked are checked first.
        while (_parked.TryPeek(out var parked) && !_copyStageHolds(parked.Identity))
        {
            _parked.Dequeue();
            if (_storyByArticle.GetValueOrDefault(parked.Identity) != parked.StoryId) continue;
            // Seeded before its story was restored: it is a live story's article after all.
            if (_clusterer.IsLive(parked.StoryId)) Put(parked.Identity, parked.StoryId);
            else Drop(parked.Identity);
        }
    }

    private void Drop(string identity)
    {
        _storyByArticle.Remove(identity);
        _stranded.Remove(identity);
        _copiesOf.Remove(identity);
        if (_originOf.Remove(identity, out var origin)) _copiesOf.GetValueOrDefault(origin)?.Remove(identity);
    }

    private void CopyOf(string origin, string copy)
    {
        if (_originOf.TryGetValue(copy, out var old))
        {
            if (old == origin) return;
            _copiesOf.GetValueOrDefault(old)?.Remove(copy);
        }
        _originOf[copy] = origin;
        if (!_copiesOf.TryGetValue(origin, out var copies)) _copiesOf[origin] = copies = [];
        copies.Add(copy);
    }
}
