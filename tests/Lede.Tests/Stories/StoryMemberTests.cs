using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryMemberTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day0 = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    // Two heists in one city on one week (the member's second look, StoryOptions.MemberMinScore): a short early report
    // of the second (a robber on a motorbike) arrives while only the first heist's story is live, and joins it on the
    // words every heist shares; the second heist's story then grows, and the short report reads like it.
    private static readonly (string Id, string Text)[] Heists =
    [
        ("a0", "Four armed robbers, two dressed as women, stole jewels worth 85 million euros from the Lumiere jewellery store on Avenue Montaigne in Paris on Monday, police said."),
        ("a1", "Police in Paris said four armed robbers, two of them dressed as women, took rings and watches worth 85 million euros from the Lumiere store on Avenue Montaigne."),
        ("m", "A robber on a motorbike stole jewels from a jewellery store in Paris and fled, police said."),
        ("a2", "The four robbers who raided the Lumiere store on Avenue Montaigne in Paris wore wigs, and two were dressed as women; the jewels were worth 85 million euros, police said."),
        ("b0", "A lone robber on a motorbike smashed the window of the Castel jewellery store on Place Vendome in Paris on Thursday and fled with jewels, police said."),
        ("b1", "The robber on a motorbike who stole jewels from the Castel jewellery store on Place Vendome in Paris fled after smashing its window, police said."),
        ("b2", "Police hunted a robber on a motorbike who stole jewels from the Castel jewellery store on Place Vendome in Paris and fled."),
        ("a3", "Detectives hunted the four robbers, two dressed as women, who stole 85 million euros of jewels from the Lumiere store on Avenue Montaigne in Paris."),
        ("a4", "The Lumiere store on Avenue Montaigne said the jewels the four robbers, two dressed as women, stole in Paris were worth 85 million euros."),
    ];

    private Dictionary<string, long> Run(StoryOptions options) => StoryStreamRun.Run(Heists, Day0, options, output);

    [Fact]
    public void A_member_that_reads_like_another_story_moves_there()
    {
        // The motorbike report joins the first heist's story (nothing else is live) and is its odd member by far; once
        // the second heist's story names the store and the street, it reads like that story and would join it.
        var on = Run(StoryOptions.Default);
        output.WriteLine("---- off");
        var off = Run(StoryOptions.Default with { MemberMinScore = null });
        Assert.Equal(on["b0"], on["m"]);
        Assert.Equal(on["a0"], on["a4"]);
        // The rule moves it: without the second look it stays in the first heist's story.
        Assert.NotEqual(off["b0"], off["m"]);
    }
}
