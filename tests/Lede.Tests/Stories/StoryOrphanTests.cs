using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryOrphanTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day0 = new(2024, 5, 14, 9, 0, 0, TimeSpan.Zero);

    // One sinking: the first reports tell the wreck, an early report tells the charges from another angle, and later
    // reports tell both (the orphan's second look, StoryOptions.OrphanBridgeMinScore).
    private static readonly (string Id, string Text)[] Ferry =
    [
        ("w0", "The ferry Aurora sank off the island of Kos on Tuesday after striking rocks, and 14 passengers drowned, the Greek coast guard said."),
        ("w1", "Divers recovered 14 bodies from the ferry Aurora, which sank off Kos after striking rocks; the Greek coast guard said 212 passengers were rescued."),
        ("orphan", "Prosecutors in Piraeus charged captain Nikos Vardakis of Blue Star Lines with manslaughter, a court official said, after the ferry sank off Kos."),
        ("w2", "Survivors of the ferry, which struck rocks and sank off Kos, told the coast guard the lifeboats were late; 14 passengers drowned."),
        ("w3", "The ferry Aurora sank off Kos after striking rocks, the Greek coast guard said; 14 passengers drowned, and captain Nikos Vardakis was charged with manslaughter in Piraeus."),
        ("w4", "The Greek coast guard said the ferry Aurora struck rocks off Kos and sank; 14 passengers drowned and 212 were rescued, and its captain Nikos Vardakis of Blue Star Lines was charged with manslaughter."),
        ("w5", "Divers searched the ferry Aurora off Kos, where 14 passengers drowned when it struck rocks and sank; the Greek coast guard said captain Nikos Vardakis was charged in Piraeus."),
    ];

    private Dictionary<string, long> Run(StoryOptions options) => StoryStreamRun.Run(Ferry, Day0, options, output);

    [Fact]
    public void A_lone_report_that_a_later_report_ties_to_the_grown_story_is_taken_in()
    {
        // The charges report meets a story of the wreck that names neither the captain nor his company: it opens its
        // own. The wreck reports that name the captain and the company score it close too; once the story names them,
        // the orphan would join it (z about 1.5: below the score merge's bar), and is taken in.
        var on = Run(StoryOptions.Default);
        Assert.Equal(on["w0"], on["orphan"]);
        Assert.Single(on.Values.Distinct());
        // The rule holds it: without the second look the orphan stays apart.
        var off = Run(StoryOptions.Default with { OrphanBridgeMinScore = null });
        Assert.NotEqual(off["w0"], off["orphan"]);
    }

    [Fact]
    public void A_refused_orphan_is_told_to_the_trace_and_the_trace_changes_nothing()
    {
        // At a bar no re-score reaches, the orphan stays out each time a later report ties it to the story: the trace
        // hears why (led by the orphan's identity), and the run is the same as without a trace.
        var lines = new List<string>();
        var strict = StoryOptions.Default with { OrphanJoinMinZ = 50 };
        var traced = Run(strict with { Trace = lines.Add });
        Assert.NotEqual(traced["w0"], traced["orphan"]);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith("orphan: orphan check refused by story", line));
        Assert.Contains(lines, line => line.EndsWith("below OrphanJoinMinZ", StringComparison.Ordinal));
        Assert.Equal(Run(strict), traced);
    }
}
