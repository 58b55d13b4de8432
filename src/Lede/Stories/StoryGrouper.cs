using Lede.Copies;

namespace Lede.Stories;

/// <summary>An article's story and why it joined it; Headline is the story's provisional headline after it joined.</summary>
public sealed record StoryAssignment(long StoryId, bool IsNewStory, string Reason, string? Headline = null)
{
    /// <summary>Articles assigned before that a repair moved to another story as this one arrived (copies follow their original).</summary>
    public IReadOnlyList<StoryRepairMove> Moved { get; init; } = [];
}

/// <summary>
/// The stories stage: an original is clustered into an event story as it arrives (StoryClusterer); a copy joins
/// the story of its original and adds no terms, so that a copy family counts once.
/// </summary>
public sealed class StoryGrouper
{
    public const string Version = "stories/4";

    private readonly Dictionary<string, long> _storyByArticle = new(StringComparer.Ordinal);
    // Each copy's original and each original's copies, as the copies stage last linked them: a copy's story is its
    // original's, so it moves when a repair moves its original and never on its own.
    private readonly Dictionary<string, string> _originOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _copiesOf = new(StringComparer.Ordinal);
    private readonly StoryFeaturizer _featurizer;
    private readonly StoryClusterer _clusterer;

    public StoryGrouper(long firstFreeStoryId = 1, StoryOptions? options = null)
    {
        options ??= StoryOptions.Default;
        _featurizer = new StoryFeaturizer(options);
        _clusterer = new StoryClusterer(options, firstFreeStoryId);
    }

    public StoryClusterer Clusterer => _clusterer;

    /// <summary>
    /// Seeds an article stored by an earlier run: its copies will join its story. Its terms are not stored, so
    /// its story is not live for new originals until the store keeps story centroids.
    /// </summary>
    public void Remember(string identity, long storyId, string? originIdentity = null)
    {
        _storyByArticle[identity] = storyId;
        if (originIdentity is not null) CopyOf(originIdentity, identity);
        _clusterer.Reserve(storyId);
    }

    /// <summary>An original stored by an earlier run, back in its story with its terms, so that new articles can join it.</summary>
    public void Restore(string identity, string? title, string text, DateTimeOffset? published, long storyId,
        DateTimeOffset? eventDate = null, (int Month, int Day)? eventMonthDay = null, int? eventYear = null)
    {
        _storyByArticle[identity] = storyId;
        _clusterer.Restore(_featurizer.Build(title, text, eventDate, published) with { EventMonthDay = eventMonthDay, EventYear = eventYear }, storyId, title, identity);
    }

    /// <summary>
    /// Puts a copy into its family's story (its family was re-rooted on an original of another story); false when it
    /// was there already. Terms it added to its old story as an original stay there.
    /// </summary>
    public bool MoveCopy(string identity, long storyId)
    {
        if (_storyByArticle.TryGetValue(identity, out var current) && current == storyId) return false;
        _storyByArticle[identity] = storyId;
        return true;
    }

    /// <param name="eventDate">The event's date when the dates stage has one; else the publication date is used.</param>
    /// <param name="eventMonthDay">The month and day the text names for its event, year known or not.</param>
    /// <param name="eventDaySeparates">Whether that day is reliable enough to keep the article out of a story.</param>
    /// <param name="eventYear">The year of the event date the dates stage read (from the text or the publication date).</param>
    public StoryAssignment Assign(string identity, string? title, string text, DateTimeOffset? published, CopyLink? copy,
        DateTimeOffset? eventDate = null, (int Month, int Day)? eventMonthDay = null, bool eventDaySeparates = false, int? eventYear = null)
    {
        if (_storyByArticle.TryGetValue(identity, out var existing))
            return new StoryAssignment(existing, false, "already assigned");
        if (copy is not null && _storyByArticle.TryGetValue(copy.OriginIdentity, out var originStory))
        {
            _storyByArticle[identity] = originStory;
            // A late original that takes over a family comes in as Original of it: the family's copies are relinked to it.
            if (copy.Relation != CopyRelation.Original) CopyOf(copy.OriginIdentity, identity);
            _clusterer.Touch(originStory, eventDate ?? published);
            return new StoryAssignment(originStory, false, $"{copy.Relation} of {copy.OriginIdentity}: joins its story, adds no terms");
        }
        var assignment = _clusterer.Assign(_featurizer.Build(title, text, eventDate, published) with { EventMonthDay = eventMonthDay, EventDaySeparates = eventDaySeparates, EventYear = eventYear }, title, identity);
        _storyByArticle[identity] = assignment.StoryId;
        if (assignment.Moved.Count == 0) return assignment;
        // A split moved earlier originals: their copies go with them, since a family sits in one story.
        var moved = new List<StoryRepairMove>();
        foreach (var move in assignment.Moved)
        {
            // An original that became a copy when its family was re-rooted stays with its family's original.
            if (_originOf.ContainsKey(move.Key)) continue;
            _storyByArticle[move.Key] = move.StoryId;
            moved.Add(move);
            foreach (var copyIdentity in _copiesOf.GetValueOrDefault(move.Key) ?? [])
                if (MoveCopy(copyIdentity, move.StoryId))
                    moved.Add(new StoryRepairMove(copyIdentity, move.StoryId, $"copy of {move.Key}: moved with it; {move.Reason}"));
        }
        return assignment with { Moved = moved };
    }

    /// <summary>Records the copy stage's new link for an article seen before: its family's original, or none.</summary>
    public void Relink(string identity, string? originIdentity)
    {
        if (originIdentity is not null) CopyOf(originIdentity, identity);
        else if (_originOf.Remove(identity, out var old)) _copiesOf.GetValueOrDefault(old)?.Remove(identity);
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
