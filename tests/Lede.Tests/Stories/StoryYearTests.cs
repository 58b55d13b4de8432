using Lede.Stories;

namespace Lede.Tests.Stories;

/// <summary>
/// An article's year (StoryDocument.LatestYear, which the join model's year conflict weighs) is the one its title and
/// lead name: a body's later year is background or outlook, and would set a report against its own event's story.
/// </summary>
public sealed class StoryYearTests
{
    private static readonly StoryFeaturizer Featurizer = new(StoryOptions.Default with { ReadEntities = false });

    private const string Title = "Undersea cables cut off internet in the region";

    // The event's year in the lead, a later year (a plan) at the end of the body.
    private const string LeadYearBody = "Internet service was disrupted on Wednesday after two undersea cables were cut in 2008. "
        + "Operators said repairs would take a week. Traffic was routed through other links. Ships were sent out. "
        + "A new cable planned for 2011 will add another route, the ministry said.";

    [Fact]
    public void Reads_the_year_of_the_lead_before_a_later_one_in_the_body()
    {
        Assert.Equal(2008, Featurizer.Build(Title, LeadYearBody, null, null).LatestYear);
    }

    [Fact]
    public void Reads_the_body_when_the_lead_names_no_year()
    {
        const string body = "Internet service was disrupted on Wednesday after two undersea cables were cut. "
            + "Operators said repairs would take a week. Traffic was routed through other links. Ships were sent out. "
            + "The last such cut, in 2005, took a month to repair.";
        Assert.Equal(2005, Featurizer.Build(Title, body, null, null).LatestYear);
    }

    [Fact]
    public void Reads_the_whole_body_when_off()
    {
        var whole = new StoryFeaturizer(StoryOptions.Default with { ReadEntities = false, YearsFromLead = false });
        Assert.Equal(2011, whole.Build(Title, LeadYearBody, null, null).LatestYear);
    }

    // A story's kept reports with these lead years (null: the lead names none), its Years as Add fills them.
    private static LiveStory Story(long id, params int?[] years)
    {
        var story = new LiveStory(id, TermTable.Parts(StoryDocument.PartCount));
        foreach (var year in years)
        {
            var doc = Featurizer.Build(Title, "Internet service was disrupted on Wednesday.", null, null) with { LatestYear = year };
            story.Kept!.Add(new StoryMember(doc, Title, 1, 1, $"r{story.Kept.Count}"));
            if (year is { } y) story.Years.Add(y);
        }
        return story;
    }

    [Fact]
    public void One_late_report_naming_the_next_year_does_not_set_a_story_apart()
    {
        // The event's story names its year twice in three reports; the other half names only the next year, in one
        // report of five (the verdict a year on): the veto is waived with the rule, kept without it.
        var options = StoryOptions.Default;
        var firm = Story(1, 2007, null, 2007);
        var late = Story(2, null, null, 2008, null, null);
        Assert.False(late.YearsDisjoint(firm, options.YearVetoMinShare, options.YearVetoFollowUpYears));
        Assert.False(firm.YearsDisjoint(late, options.YearVetoMinShare, options.YearVetoFollowUpYears));
        Assert.True(late.YearsDisjoint(firm, 0, 0));
    }

    [Fact]
    public void Years_still_part_same_type_events_when_firm_or_not_a_year_on()
    {
        var options = StoryOptions.Default;
        // Most of its reports name the next year: an event of its own.
        Assert.True(Story(1, 2008, 2008, null).YearsDisjoint(Story(2, 2007, 2007), options.YearVetoMinShare, options.YearVetoFollowUpYears));
        // A few reports naming earlier years (background) against another event's later year.
        Assert.True(Story(1, 2008, null, null, 1974).YearsDisjoint(Story(2, 2010, 2010), options.YearVetoMinShare, options.YearVetoFollowUpYears));
        // Two years on is not a follow-up.
        Assert.True(Story(1, null, null, 2009, null).YearsDisjoint(Story(2, 2007, 2007), options.YearVetoMinShare, options.YearVetoFollowUpYears));
    }
}
