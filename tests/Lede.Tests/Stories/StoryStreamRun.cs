using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

/// <summary>Feeds texts, all dated one day, through a new grouper in order: each text's story after every move.</summary>
internal static class StoryStreamRun
{
    public static Dictionary<string, long> Run(IEnumerable<(string Id, string Text)> texts, DateTimeOffset day, StoryOptions options, ITestOutputHelper output)
    {
        var grouper = new StoryGrouper(options: options);
        var storyOf = new Dictionary<string, long>();
        foreach (var (id, text) in texts)
        {
            var a = grouper.Assign(id, null, text, day, null);
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
