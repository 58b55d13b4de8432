using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryPiecesTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day = new(2024, 3, 28, 9, 0, 0, TimeSpan.Zero);

    // One event told from two angles (the outage a cable cut caused, and the arrest of the divers who cut it): the two
    // pieces share few words, and a later report that tells both joins one and scores the other close.
    private static readonly (string Id, string Text)[] Cable =
    [
        ("a0", "Internet users across East Africa lost service on Wednesday after the Nordnet undersea cable failed, the operator Nordnet said, and its engineers began to restore traffic."),
        ("b0", "The Egyptian navy arrested three divers who were cutting an undersea internet cable off Alexandria on Wednesday, a military spokesman said."),
        ("a1", "Nordnet said the failure of its undersea cable on Wednesday slowed internet service across East Africa, and engineers rerouted traffic to restore capacity."),
        ("b1", "Three divers were arrested off Alexandria on Wednesday as they cut an undersea cable, the Egyptian military spokesman said on his Facebook page."),
        ("a2", "Internet providers in Kenya and Uganda said service was slow after the Nordnet cable outage on Wednesday; Nordnet engineers restored part of the traffic."),
        ("b2", "Egyptian coast guard officers caught three divers cutting an undersea cable near Alexandria on Wednesday, the military spokesman said."),
        ("c0", "The Nordnet outage on Wednesday followed the cutting of an undersea cable off Alexandria, where the Egyptian navy arrested three divers, the operator Nordnet said."),
        ("a3", "Nordnet engineers restored internet traffic across East Africa after the undersea cable outage on Wednesday, the operator said."),
    ];

    private Dictionary<string, long> Run(StoryOptions options, Func<string, (int Month, int Day)> eventDay) =>
        StoryStreamRun.Run(Cable, c => c.Id, options, output,
            (grouper, c) => grouper.Assign(c.Id, null, c.Text, Day, null, eventMonthDay: eventDay(c.Id), eventDaySeparates: true, eventYear: 2024));

    [Fact]
    public void Two_pieces_naming_the_same_event_day_merge_though_the_join_model_scores_them_below_zero()
    {
        var on = Run(StoryOptions.Default, _ => (3, 27));
        Assert.Single(on.Values.Distinct());
        // The rule holds it: without the pieces' date look the outage and the arrests stay two stories.
        var off = Run(StoryOptions.Default with { PiecesDateMinZ = null }, _ => (3, 27));
        Assert.NotEqual(off["a0"], off["b0"]);
    }

    [Fact]
    public void A_story_whose_reports_mostly_name_another_day_is_not_merged_on_the_day_one_report_shares()
    {
        // The arrests' reports name another day; only the report that tells both names the outage's.
        var on = Run(StoryOptions.Default, id => id.StartsWith('b') ? (3, 20) : (3, 27));
        Assert.NotEqual(on["a0"], on["b0"]);
    }
}
