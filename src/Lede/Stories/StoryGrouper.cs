using Lede.Copies;

namespace Lede.Stories;

/// <summary>An article's story and why it joined it.</summary>
public sealed record StoryAssignment(long StoryId, bool IsNewStory, string Reason);

/// <summary>
/// First version of the stories stage: every original is its own story and a copy joins the story of its
/// original, so that a copy family counts once. Issue #6 replaces this with event clustering.
/// </summary>
public sealed class StoryGrouper(long firstFreeStoryId)
{
    public const string Version = "stories/1";

    private readonly Dictionary<string, long> _storyByArticle = new(StringComparer.Ordinal);
    private long _nextStoryId = firstFreeStoryId;

    public StoryGrouper() : this(1) { }

    public void Remember(string identity, long storyId)
    {
        _storyByArticle[identity] = storyId;
        _nextStoryId = Math.Max(_nextStoryId, storyId + 1);
    }

    public StoryAssignment Assign(string identity, CopyLink? copy)
    {
        if (_storyByArticle.TryGetValue(identity, out var existing))
            return new StoryAssignment(existing, false, "already assigned");
        if (copy is not null && _storyByArticle.TryGetValue(copy.OriginIdentity, out var originStory))
        {
            _storyByArticle[identity] = originStory;
            return new StoryAssignment(originStory, false, $"{copy.Relation} of {copy.OriginIdentity}");
        }
        var id = _nextStoryId++;
        _storyByArticle[identity] = id;
        return new StoryAssignment(id, true, "new story");
    }
}
