using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

/// <summary>Feeds texts, all dated one day, through a new grouper in order: each text's story after every move.</summary>
internal static class StoryStreamRun
{
    public static Dictionary<string, long> Run(IEnumerable<(string Id, string Text)> texts, DateTimeOffset day, StoryOptions options, ITestOutputHelper output) =>
        Run(texts, t => t.Id, options, output, (grouper, t) => grouper.Assign(t.Id, null, t.Text, day, null));

    /// <summary>The same walk with the caller's own assignment (a title, an event day): each item's story after every move.</summary>
    public static Dictionary<string, long> Run<T>(IEnumerable<T> items, Func<T, string> idOf, StoryOptions options, ITestOutputHelper output, Func<StoryGrouper, T, StoryAssignment> assign)
    {
        var grouper = new StoryGrouper(options: options);
        var storyOf = new Dictionary<string, long>();
        foreach (var item in items)
        {
            var (id, a) = (idOf(item), assign(grouper, item));
            output.WriteLine($"{id} -> {a.StoryId}: {a.Reason}");
            storyOf[id] = a.StoryId;
            foreach (var m in a.Moved)
            {
                output.WriteLine($"  moved {m.Key} -> {m.StoryId}: {m.Reason}");
                storyOf[m.Key] = m.StoryId;
            }
        }
        return storyOf;
    }
}
