using Lede.Stories;
using Xunit.Abstractions;

namespace Lede.Tests.Stories;

public sealed class StoryNearJoinTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Day0 = new(2024, 3, 5, 9, 0, 0, TimeSpan.Zero);

    // One mill fire told by six reports alike, then a report from another side (the insurers' and the union's): it
    // shares the story's words and names, only fewer of them, and no other story is near (StoryOptions.NearJoinMinZ).
    private static readonly (string Id, string Text)[] Fire =
    [
        ("o0", "The central bank of Norway raised its main interest rate by a quarter point to 4.5 percent on Thursday, citing stubborn inflation."),
        ("o1", "Voters in Iceland elected a new parliament on Saturday, and the Independence Party won the most seats, official results showed."),
        ("o2", "A storm cut power to 40,000 homes along the Danish coast overnight and closed the Great Belt bridge, the utility said."),
        ("o3", "Finnish club HJK Helsinki beat KuPS 3-1 in the cup final on Sunday, with two goals from their striker in the second half."),
        ("f0", "A fire destroyed the Lindqvist paper mill in Sundsvall on Monday night, and two workers were injured, the Swedish rescue service said."),
        ("f1", "Firefighters fought for nine hours to put out a fire at the Lindqvist paper mill in Sundsvall, where two workers were injured, the rescue service said."),
        ("f2", "The Lindqvist paper mill in Sundsvall burned down on Monday night; two workers were taken to hospital, the Swedish rescue service said."),
        ("f3", "Two workers were injured when a fire swept through the Lindqvist paper mill in Sundsvall, the rescue service said, and the mill was destroyed."),
        ("f4", "The rescue service in Sundsvall said the fire at the Lindqvist paper mill was put out after nine hours; two workers were injured and the mill destroyed."),
        ("f5", "A night fire destroyed the Lindqvist paper mill in Sundsvall, injuring two workers, and firefighters needed nine hours to put it out, the Swedish rescue service said."),
        ("late", "Insurers said the fire that destroyed the Lindqvist paper mill on Monday night, which firefighters fought for nine hours, was covered, and the union asked the owners to keep paying the 300 workers while the mill is rebuilt."),
    ];

    // The default model scores the late report at about z 0.9 against the fire story; a model 1.5 stricter lays it just
    // under the bar (about -0.6), where the near join decides, while the six alike reports still join far above it.
    private static readonly StoryOptions Stricter = StoryOptions.Default with
    {
        Model = StoryOptions.Default.Model with { Bias = StoryOptions.Default.Model.Bias - 1.5 },
    };

    private Dictionary<string, long> Run(StoryOptions options) => StoryStreamRun.Run(Fire, Day0, options, output);

    [Fact]
    public void A_report_just_under_the_bar_of_the_one_close_large_story_joins_it()
    {
        var on = Run(Stricter);
        Assert.Equal(on["f0"], on["late"]);
        Assert.Equal(5, on.Values.Distinct().Count());
        // The rule holds it: without the near join the report opens a story of its own.
        var off = Run(Stricter with { NearJoinMinZ = null });
        Assert.NotEqual(off["f0"], off["late"]);
        Assert.Equal(off["f0"], off["f5"]);
    }

    // The same stream with titles: the fire reports' titles carry the injured count, the late report's title is only its
    // dateline, whose numbers name no other fire (StoryOptions.NearJoinDatelineTitles); a title with a number of its
    // own ("3 mills") still keeps it apart.
    private Dictionary<string, long> RunTitled(StoryOptions options, string lateTitle) =>
        StoryStreamRun.Run(Fire, t => t.Id, options, output, (grouper, t) => grouper.Assign(t.Id,
            t.Id.StartsWith('f') ? "Lindqvist mill fire, 2 hurt" : t.Id == "late" ? lateTitle : null,
            t.Text, Day0, null));

    [Fact]
    public void A_report_titled_only_by_its_dateline_passes_the_title_number_guard()
    {
        // The titles' words thin the words similarity (about 0.18): the floor is lowered here to reach the title guard.
        var options = StoryOptions.Default with { NearJoinMinWords = 0.15 };
        var on = RunTitled(options, "Tuesday, March 5, 2024 | 5:00 PM");
        Assert.Equal(on["f0"], on["late"]);
        var off = RunTitled(options with { NearJoinDatelineTitles = false }, "Tuesday, March 5, 2024 | 5:00 PM");
        Assert.NotEqual(off["f0"], off["late"]);
        Assert.Equal(off["f0"], off["f5"]);
        var numbered = RunTitled(options, "Insurers cover mill fire, 300 jobs kept");
        Assert.NotEqual(numbered["f0"], numbered["late"]);
        Assert.Equal(numbered["f0"], numbered["f5"]);
    }

    // A one-sentence report of the fire (a wire's headline, no body): it shares the story's words, but being short only
    // few of its centroid's (words 0.20), under the near join's floor for full reports (NearJoinMinWords 0.25) and over
    // the one for short reports (NearJoinShortMinWords). A model 1 stricter lays it at about z -0.8, where the near join
    // decides.
    [Fact]
    public void A_one_sentence_report_just_under_the_bar_joins_on_the_short_reports_words_floor()
    {
        var stream = Fire.Take(Fire.Length - 1).Append(("short", "Workers injured in Sundsvall mill fire, owners will rebuild."));
        var options = StoryOptions.Default with { Model = StoryOptions.Default.Model with { Bias = StoryOptions.Default.Model.Bias - 1.0 } };
        var on = StoryStreamRun.Run(stream, Day0, options, output);
        Assert.Equal(on["f0"], on["short"]);
        Assert.Equal(5, on.Values.Distinct().Count());
        // The rule holds it: read as a full report (no article counts as short), its words miss the floor.
        var off = StoryStreamRun.Run(stream, Day0, options with { NearJoinShortTerms = 0 }, output);
        Assert.NotEqual(off["f0"], off["short"]);
        Assert.Equal(off["f0"], off["f5"]);
    }
}
