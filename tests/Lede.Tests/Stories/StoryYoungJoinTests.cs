using Lede.Stories;

namespace Lede.Tests.Stories;

/// <summary>
/// The young story's guard (StoryOptions.YoungJoinMaxZ): a report that names no year, says its event happened on
/// another weekday and shares no lead name with a one-report story that names a year opens a story of its own; a
/// report that says the same day, or with the guard off, joins.
/// </summary>
public sealed class StoryYoungJoinTests
{
    // The bar raised so that the guard looks at any join these two near-copies make, whatever their z.
    private static readonly StoryOptions Options = StoryOptions.Default with { ReadEntities = false, YoungJoinMaxZ = 100 };

    private const string Title = "undersea cables cut, internet traffic disrupted across the region";

    private static StoryDocument Doc(StoryOptions options, string day, string? year) =>
        new StoryFeaturizer(options).Build(Title,
            $"internet traffic was disrupted on {day} after two undersea cables were cut{(year is null ? "" : $" in {year}")}. "
            + "operators said repairs to the cables would take a week. traffic was routed through other links.", null, null);

    private static bool Opens(StoryOptions options, string day)
    {
        var clusterer = new StoryClusterer(options);
        clusterer.Assign(Doc(options, "saturday", "2008"), Title, "a");
        return clusterer.Assign(Doc(options, day, null), Title, "b").IsNewStory;
    }

    [Fact]
    public void A_report_of_another_day_naming_no_year_opens_its_own_story()
    {
        Assert.True(Opens(Options, "friday"));
    }

    [Fact]
    public void A_report_of_the_same_day_joins()
    {
        Assert.False(Opens(Options, "saturday"));
    }

    [Fact]
    public void Joins_with_the_guard_off()
    {
        Assert.False(Opens(Options with { YoungJoinMaxZ = null }, "friday"));
    }
}
