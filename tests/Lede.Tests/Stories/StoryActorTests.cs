using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryActorTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day0 = new(2024, 12, 8, 9, 0, 0, TimeSpan.Zero);

    // Two clubs' offers to one free agent in one week (the split check's cut along headline actors,
    // StoryOptions.SplitActorGap): every report names the player, the agent, the years and the money, and the bodies
    // name both clubs; only the headlines say whose offer it is.
    private static readonly (string Id, string Title, string Text)[] Offers =
    [
        ("h0", "Hawks offer Marlow eight-year deal", "The Hawks made an eight-year offer to free agent first baseman Dane Marlow. His agent Lou Brandt confirmed it on Friday. The deal is worth at least 160 million dollars. Rival clubs including the Falcons are also chasing Marlow."),
        ("h1", "Hawks make Marlow an offer", "The Hawks have offered first baseman Dane Marlow an eight-year contract. It is worth 160 million dollars, agent Lou Brandt said. General manager Ted Ruiz called Marlow the top priority. The Falcons had been seen as the favourites."),
        ("h2", "Hawks bid for Marlow", "General manager Ted Ruiz said the Hawks offered Dane Marlow eight years. The offer is about 160 million dollars, the richest deal in club history. Lou Brandt, Marlow's agent, met owner Art Mora in Las Vegas. The Falcons and the Owls made smaller bids."),
        ("f0", "Falcons offer Marlow eight years", "The Falcons made free agent first baseman Dane Marlow an eight-year offer. It is worth more than 160 million dollars, agent Lou Brandt said. Owner John Hale flew to Texas to meet Marlow. The Hawks made a similar offer last week."),
        ("h3", "Hawks chase Marlow with big offer", "The Hawks put eight years and 160 million dollars in front of first baseman Dane Marlow. Owner Art Mora said so after meeting agent Lou Brandt in Las Vegas. General manager Ted Ruiz would not give the figure. The Falcons are expected to bid."),
        ("f1", "Falcons make Marlow an offer", "The Falcons have offered first baseman Dane Marlow an eight-year contract. It is above 160 million dollars, agent Lou Brandt confirmed. Chief executive Larry Lucas said the club had moved fast. The Hawks had bid first for Marlow."),
        ("f2", "Falcons bid for Marlow", "Falcons owner John Hale and chief executive Larry Lucas flew to Texas to meet Dane Marlow. They brought an eight-year offer worth 160 million dollars or more. Agent Lou Brandt joined the talks. The Hawks withdrew their own bid later."),
        ("f3", "Falcons chase Marlow with big offer", "The Falcons put eight years and more than 160 million dollars in front of first baseman Dane Marlow. Chief executive Larry Lucas said so after meeting agent Lou Brandt in Texas. Owner John Hale joined the talks. The Hawks offered about the same."),
        ("f4", "Falcons raise Marlow offer", "The Falcons raised their eight-year offer to first baseman Dane Marlow past 160 million dollars. Owner John Hale said so after talks with agent Lou Brandt in Texas. Larry Lucas called it final. The Hawks are out of the running."),
    ];

    private Dictionary<string, long> Run(StoryOptions options) => Run(Offers, options);

    private Dictionary<string, long> Run((string Id, string Title, string Text)[] offers, StoryOptions options) =>
        StoryStreamRun.Run(offers, o => o.Id, options, output, (grouper, o) => grouper.Assign(o.Id, o.Title, o.Text, Day0, null));

    [Fact]
    public void Two_clubs_offers_part_along_their_headlines()
    {
        // Short reports: the split check reads them too here (a real report is longer than SplitMinWords).
        var options = StoryOptions.Default with { SplitMinWords = 0 };
        var on = Run(options);
        output.WriteLine("---- off");
        var off = Run(options with { SplitActorGap = null });
        Assert.Equal(on["h0"], on["h3"]);
        Assert.Equal(on["f0"], on["f4"]);
        Assert.NotEqual(on["h0"], on["f4"]);
        // Without the actor cut the two offers stay in one story.
        Assert.Equal(off["h0"], off["f4"]);
    }

    [Fact]
    public void Two_clubs_offers_part_when_one_clubs_reports_recall_the_others_owner()
    {
        // The Hawks' reports also recall the Falcons owner's trip: the two groups' bodies share more, and the cut along
        // the headlines has a gap between 0.15 and 0.2 (within 0.38, across 0.30). At stories/29 SplitActorGap is 0.15,
        // chosen on ECB+ orders never tuned on (seeds 21-100: 13 orders up, 1 down); at 0.2 the offers stay mixed.
        var recalled = Offers.Select(o => o.Id.StartsWith('h') ? o with { Text = o.Text + " Owner John Hale flew to Texas." } : o).ToArray();
        var options = StoryOptions.Default with { SplitMinWords = 0 };
        var on = Run(recalled, options);
        output.WriteLine("---- at 0.2");
        var before = Run(recalled, options with { SplitActorGap = 0.2 });
        Assert.Equal(on["h0"], on["h3"]);
        Assert.Equal(on["f0"], on["f4"]);
        Assert.NotEqual(on["h0"], on["f4"]);
        Assert.Equal(before["h0"], before["f4"]);
    }
}
