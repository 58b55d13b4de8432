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
}
