using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryLeadNameMergeTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day = new(2024, 3, 28, 9, 0, 0, TimeSpan.Zero);

    // One heist told from two angles: the scene (the disguises, the avenue, the getaway) and the haul (the diamonds, the
    // euros, the insurers). The two pieces share few words, but both lead with the store's name.
    private static readonly (string Id, string Text)[] Heist =
    [
        ("a0", "Four robbers disguised as women stormed Kessler Jewellers on Avenue Rimbaud on Thursday afternoon and threatened the staff with handguns before they took the diamonds, police said."),
        ("a1", "Witnesses on Avenue Rimbaud saw four robbers, two disguised as women, force their way into Kessler Jewellers and flee with diamonds in a grey car, police said."),
        ("a2", "The robbers who stormed Kessler Jewellers wore wigs and dresses and carried handguns to take the diamonds, witnesses told police."),
        ("b0", "Kessler Jewellers lost diamonds, rings and watches worth 85 million euros to the robbers, the biggest jewel theft in French history, prosecutors said."),
        ("b1", "Prosecutors said the diamonds and watches the robbers took from Kessler Jewellers were worth 85 million euros, and insurers offered a reward."),
        ("b2", "Insurers of Kessler Jewellers offered a reward after robbers stormed the store and took diamonds and watches worth 85 million euros."),
        ("a3", "Police searched the city for the grey car of the four robbers disguised as women who stormed Kessler Jewellers."),
        ("b3", "The 85 million euros of diamonds and watches the robbers took from Kessler Jewellers make the biggest jewel theft in French history, police said."),
    ];

    private Dictionary<string, long> Run(StoryOptions options) => StoryStreamRun.Run(Heist, Day, options, output);

    [Fact]
    public void Two_pieces_whose_leads_name_the_same_store_merge()
    {
        // The pieces of a short stream are further apart than ECB+'s (cross 0.39 of within here): the bar is lowered to
        // reach them, the rest of the rule as it is.
        var on = Run(StoryOptions.Default with { LeadNameMergeRatio = 0.35 });
        Assert.Single(on.Values.Distinct());
        // The rule holds it: without the lead-name merge the scene and the haul stay two stories.
        var off = Run(StoryOptions.Default with { LeadNameMergeRatio = null });
        Assert.NotEqual(off["a0"], off["b0"]);
    }
}
