using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryDayCutTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day = new(2024, 8, 20, 9, 0, 0, TimeSpan.Zero);

    // Two undersea cable cuts of one kind months apart (the split check's small-group cut by the day,
    // StoryOptions.SplitDayGroupMinGap): the first cut's many reports say Friday and name December's day, the second's
    // three say Tuesday and name August's; the words, places and firms are the same, and three reports are under the
    // split's least share of a story of sixteen. The second cut's day is read from its texts with a year (not one to
    // keep a report out of a story, StoryDocument.EventDaySeparates), so its reports join the first cut's story.
    private static readonly (string Id, string Text, (int, int)? Day)[] Cuts =
    [
        ("a0", "Three undersea cables in the Mediterranean were cut on Friday, disrupting internet and telephone traffic between Europe, the Middle East and Asia, France Telecom said.", (12, 19)),
        ("a1", "Internet service in Egypt, India and the Gulf was disrupted on Friday after undersea cables in the Mediterranean were damaged, France Telecom said.", (12, 19)),
        ("a2", "Severed undersea cables cut internet and telephone links between Europe and Asia, with Egypt, India and Saudi Arabia hit hardest, telecom operators said.", null),
        ("c0", "Customers of a small internet provider in Alexandria lost service on August 16 when the fibre cable it leases was cut, the provider said, and its engineers moved traffic to a satellite link. Its customers were told to expect slow pages. Most of them work from home. The cable belongs to Telecom Egypt.", (8, 16)),
        ("c1", "The provider restored service to its customers in Alexandria after the fibre cable cut of August 16 and thanked them for their patience. It gave no figure for its losses. Some customers asked for refunds. Telecom Egypt did not comment.", (8, 16)),
        ("a3", "France Telecom said three undersea cables were cut on Friday off Sicily and traffic between Europe and the Middle East was rerouted.", (12, 19)),
        ("a4", "Damaged undersea cables disrupted internet service across the Middle East and South Asia, and repair ships were sent to the Mediterranean.", null),
        ("a5", "A repair ship headed for the cut undersea cables off Sicily, France Telecom said, as internet traffic in Egypt and India stayed slow after Friday's break.", null),
        ("b0", "An undersea fibre cable was cut off Alexandria on Tuesday, disrupting internet and mobile service in Egypt, Telecom Egypt said, and traffic to Europe and Asia was rerouted.", (8, 16)),
        ("a6", "Internet users in Egypt and India faced slow service after undersea cables in the Mediterranean were cut on Friday, telecom operators said.", (12, 19)),
        ("a7", "Three undersea cables linking Europe, the Middle East and Asia were damaged in the Mediterranean, and France Telecom sent a repair ship to Sicily.", null),
        ("b1", "Telecom Egypt said a fibre cable in the Mediterranean off Alexandria was cut on Tuesday, slowing internet service in Egypt and the Gulf.", (8, 16)),
        ("a8", "Telephone and internet traffic between Europe and Asia was hampered on Friday after three undersea cables were cut off Sicily, France Telecom said.", (12, 19)),
        ("a9", "The cut of three undersea cables on Friday left Egypt, India and the Gulf with slow internet service, and France Telecom began repairs off Sicily.", (12, 19)),
        ("b2", "Internet service in Alexandria and across Egypt was disrupted on Tuesday after an undersea fibre cable in the Mediterranean was cut, Telecom Egypt said.", (8, 16)),
        ("a10", "France Telecom's repair ship reached the cut undersea cables off Sicily, and internet service in Egypt and India began to return.", null),
        ("a11", "Undersea cables cut on Friday in the Mediterranean left internet users in the Middle East and South Asia with slow service, operators said.", (12, 19)),
        ("a12", "Internet and telephone traffic between Europe, the Middle East and Asia recovered as the three undersea cables cut off Sicily were repaired.", null),
    ];

    private Dictionary<string, long> Run(StoryOptions options, (int, int)? secondDay = null) =>
        StoryStreamRun.Run(Cuts, c => c.Id, options, output,
            (grouper, c) => grouper.Assign(c.Id, null, c.Text, c.Id[0] == 'c' ? Day.AddDays(-8) : Day, null, eventMonthDay: c.Id[0] == 'b' && secondDay is { } d ? d : c.Day,
                eventDaySeparates: c.Id[0] != 'b'));

    [Fact]
    public void Three_reports_of_a_second_cut_months_apart_leave_a_story_of_sixteen_by_their_day()
    {
        // Short reports: the split check reads them too here (a real report is longer than SplitMinWords).
        var options = StoryOptions.Default with { SplitMinWords = 0 };
        var on = Run(options);
        output.WriteLine("---- off");
        var off = Run(options with { SplitDayGroupMinGap = null });
        Assert.Equal(on["b0"], on["b2"]);
        Assert.Equal(on["a0"], on["a12"]);
        Assert.NotEqual(on["a0"], on["b0"]);
        // Without the day cut the three stay in the first cut's story.
        Assert.Equal(off["a0"], off["b2"]);
    }

    [Fact]
    public void A_group_naming_an_event_day_close_to_the_storys_stays()
    {
        // The three name a day four days after the story's: a follow-up of one event (the repairs, the arrests) as
        // likely as a second event, so the weekdays alone do not cut them off.
        var on = Run(StoryOptions.Default with { SplitMinWords = 0 }, secondDay: (12, 23));
        Assert.Equal(on["a0"], on["b2"]);
    }

    [Fact]
    public void The_group_cut_off_by_its_day_takes_in_the_story_of_its_day()
    {
        // A provider's two reports of the second cut (its day, its customers), dated a week earlier, opened a story of
        // their own that the three did not join; once the three leave the first cut's story they take it in.
        var options = StoryOptions.Default with { SplitMinWords = 0 };
        var on = Run(options);
        Assert.Equal(on["b0"], on["c0"]);
        Assert.NotEqual(on["a0"], on["c0"]);
        output.WriteLine("---- off");
        var off = Run(options with { SplitDayPiecesMinZ = null });
        Assert.NotEqual(off["b0"], off["c0"]);
        Assert.NotEqual(off["a0"], off["b0"]);
    }
}
