using Lede.Copies;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Stories;

namespace Lede.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day0 = new(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Shuffled_orders_score_within_tolerance_of_file_order()
    {
        // No shuffle may fall more than 0.02 below file order (as before). File order is the hardest order on ECB+ (the
        // two events of a topic alternate, so the second event's first report meets a one-member story): shuffles
        // may score up to 0.03 above it (measured: 0.868 in file order, 0.882, 0.893, 0.891 shuffled; with the split and
        // merge repairs 0.900, then 0.915, 0.926, 0.925).
        var fileOrder = EcbPlusRuns.Report(null).Metrics["bcubed_f1"];
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var shuffled = EcbPlusRuns.Report(seed).Metrics["bcubed_f1"];
            Assert.True(shuffled - fileOrder >= -0.02 && shuffled - fileOrder <= 0.03, $"seed {seed}: bcubed_f1 {shuffled} vs {fileOrder} in file order");
        }
    }

    // Two same-type events (two quakes) told apart by place, people and numbers; the round-up names both.
    internal static readonly string[] Qeshm =
    [
        "A magnitude 5.9 earthquake struck Qeshm Island in southern Iran on Sunday, killing 10 people in the village of Tabl, Iranian state television said.",
        "Rescuers on Qeshm Island searched the rubble of Tabl after the 5.9 quake; Governor Ali Rezaei said 10 villagers died and 80 were hurt.",
        "Iran's Red Crescent sent tents to Qeshm Island, where the earthquake that killed 10 in Tabl destroyed homes, Governor Ali Rezaei said.",
        "Aftershocks rattled Qeshm Island a day after the 5.9 earthquake near Tabl; Governor Ali Rezaei put the toll at 10 dead.",
    ];

    internal static readonly string[] Ica =
    [
        "A magnitude 7.9 earthquake hit the city of Ica in Peru on Wednesday, killing 519 people, President Alan Garcia said in Lima.",
        "In Ica, rescuers pulled survivors from the cathedral after the 7.9 quake; President Alan Garcia declared a state of emergency in Peru.",
        "Peru's President Alan Garcia flew to Ica and Pisco, where the 7.9 earthquake killed 519 and left thousands homeless.",
        "Looting broke out in Pisco and Ica days after the 7.9 earthquake; Alan Garcia sent troops, and the toll in Peru rose to 519.",
    ];

    // An ongoing event told again and again with no day, number or new name that would set one report apart.
    private static readonly string[] Strike =
    [
        "Dockers at the port of Harwick stayed on strike as talks between the Harwick Dockers Union and the port authority stalled, union leader Maria Costa said.",
        "The strike at the port of Harwick went on, with ships waiting offshore; Maria Costa of the Harwick Dockers Union said talks with the port authority had stalled.",
        "Talks between the port authority and the Harwick Dockers Union stalled again, leaving the port of Harwick shut by the dockers' strike, Maria Costa said.",
        "Ships queued outside the port of Harwick as the dockers' strike went on; Maria Costa said the Harwick Dockers Union would not return to talks with the port authority yet.",
    ];

    private const string RoundUp =
        "Earthquakes this year: a 5.9 quake on Qeshm Island near Tabl killed 10, Governor Ali Rezaei said; in Peru a 7.9 quake in Ica and Pisco killed 519, said President Alan Garcia.";

    [Fact]
    public void A_bridging_round_up_does_not_weld_two_events()
    {
        var grouper = new StoryGrouper();
        long Add(string id, string text) => grouper.Assign(id, null, text, null, null).StoryId;
        var qeshm = Add("q0", Qeshm[0]);
        var ica = Add("i0", Ica[0]);
        Assert.NotEqual(qeshm, ica);
        for (var i = 1; i < 3; i++)
        {
            Assert.Equal(qeshm, Add($"q{i}", Qeshm[i]));
            Assert.Equal(ica, Add($"i{i}", Ica[i]));
        }
        var bridge = grouper.Assign("roundup", null, RoundUp, null, null);
        Assert.Contains(bridge.StoryId, new[] { qeshm, ica });
        // After the round-up each event still draws its own reports.
        Assert.Equal(qeshm, Add("q3", Qeshm[3]));
        Assert.Equal(ica, Add("i3", Ica[3]));
    }

    [Fact]
    public void A_story_untouched_for_the_window_leaves_the_live_set()
    {
        // Three articles are too few to be quiet by arrivals: here the window alone decides (see the archive test below).
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(14), QuietArrivals = 0 };
        var grouper = new StoryGrouper(1, options);
        var first = grouper.Assign("q0", null, Qeshm[0], Day0, null);
        Assert.True(grouper.Clusterer.IsLive(first.StoryId));
        var other = grouper.Assign("i0", null, Ica[0], Day0.AddDays(10), null);
        Assert.True(grouper.Clusterer.IsLive(first.StoryId));
        var later = grouper.Assign("i1", null, Ica[1], Day0.AddDays(15), null);
        Assert.Equal(other.StoryId, later.StoryId);
        Assert.False(grouper.Clusterer.IsLive(first.StoryId));
        Assert.Equal(1, grouper.Clusterer.LiveCount);
        // The event is reported again after its story closed: a new story, never the closed one.
        var again = grouper.Assign("q1", null, Qeshm[1], Day0.AddDays(16), null);
        Assert.NotEqual(first.StoryId, again.StoryId);
        Assert.True(again.IsNewStory);
    }

    [Fact]
    public void The_grouper_forgets_the_articles_of_closed_stories_so_an_endless_stream_keeps_it_bounded()
    {
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(14), QuietArrivals = 0 };
        var grouper = new StoryGrouper(1, options);
        var texts = Qeshm.Concat(Ica).ToArray();
        // One event a month, each with a copy: every story closes when the stream has moved past its window.
        for (var month = 0; month < 24; month++)
        {
            var when = Day0.AddDays(30 * month);
            var original = grouper.Assign($"o{month}", null, texts[month % texts.Length], when, null);
            var copy = grouper.Assign($"c{month}", null, texts[month % texts.Length], when.AddHours(1),
                new CopyLink($"o{month}", CopyRelation.Syndicated, 1.0, ""));
            Assert.Equal(original.StoryId, copy.StoryId);
            Assert.True(grouper.RememberedArticles <= 4, $"month {month}: {grouper.RememberedArticles} articles remembered");
        }
        // A forgotten article is placed again as new, not answered from a map that kept it.
        Assert.NotEqual("already assigned", grouper.Assign("o0", null, texts[0], Day0.AddDays(30 * 24), null).Reason);
    }

    [Fact]
    public void A_story_reported_for_months_keeps_a_bounded_span_and_state()
    {
        // The same event reported every third day for 120 days amid other news: each report joins the last, so
        // without a bound on the span one story would take all 40, never be quiet and never close.
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(14), QuietArrivals = 0, MaxSpanDays = 28 };
        var grouper = new StoryGrouper(1, options);
        var clusterer = grouper.Clusterer;
        var stories = new List<long>();
        for (var day = 0; day < 120; day++)
        {
            if (day % 3 == 0)
            {
                var story = grouper.Assign($"s{day}", null, Strike[0], Day0.AddDays(day), null).StoryId;
                if (!stories.Contains(story)) stories.Add(story);
            }
            for (var k = 0; k < 12; k++) grouper.Assign($"f{day}-{k}", null, Filler(12 * day + k), Day0.AddDays(day), null);
            Assert.True(clusterer.LongestSpanDays <= 28, $"day {day}: a live story spans {clusterer.LongestSpanDays} days");
            // A story holds the reports of one span at most (28 days, a report every third day), however long the
            // event goes on; the index and the frequencies hold the live stories' articles only.
            Assert.True(clusterer.LargestStory <= 28 / 3 + 1, $"day {day}: a live story holds {clusterer.LargestStory} articles");
        }
        // The reports chain into one story per span, and each leaves the live set a window after its last report.
        Assert.InRange(stories.Count, 4, 5);
        Assert.False(clusterer.IsLive(stories[0]));
        Assert.True(clusterer.LiveArticles <= (28 / 3 + 1) * 2 + 12 * 15, $"{clusterer.LiveArticles} live articles");
    }

    /// <summary>A report of its own: words and a name no other filler shares.</summary>
    private static string Filler(int n)
    {
        var tag = string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('a' + c - '0')));
        return $"The council of Vel{tag}ton approved the {tag}ward budget for the {tag}ish library, mayor Tor{tag}sen told reporters.";
    }

    [Fact]
    public void A_closed_storys_article_the_copy_stage_still_holds_is_kept_for_its_late_copies()
    {
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(14), QuietArrivals = 0 };
        var held = new HashSet<string> { "q0" };
        var grouper = new StoryGrouper(1, options, held.Contains);
        var first = grouper.Assign("q0", null, Qeshm[0], Day0, null);
        grouper.Assign("i0", null, Ica[0], Day0.AddDays(30), null);
        Assert.False(grouper.Clusterer.IsLive(first.StoryId));
        // The copy index still holds q0, so a copy of it arriving now joins q0's story, closed or not.
        var copy = grouper.Assign("q0-copy", null, Qeshm[0], Day0.AddDays(31), new CopyLink("q0", CopyRelation.Syndicated, 1.0, ""));
        Assert.Equal(first.StoryId, copy.StoryId);
        Assert.Equal(3, grouper.RememberedArticles);
        // Once the copy index lets q0 go, it is forgotten with the next arrival (the copy goes when the index drops it).
        held.Clear();
        grouper.Assign("i1", null, Ica[1], Day0.AddDays(31), null);
        Assert.Equal(2, grouper.RememberedArticles);
    }

    [Fact]
    public void A_late_copy_stays_in_its_storys_family_but_does_not_widen_the_live_span_past_the_bound()
    {
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(30), QuietArrivals = 0, MaxSpanDays = 28 };
        var grouper = new StoryGrouper(1, options);
        var clusterer = grouper.Clusterer;
        var copy = new CopyLink("q1", CopyRelation.Syndicated, 1.0, "");
        var story = grouper.Assign("q0", null, Qeshm[0], Day0, null).StoryId;
        Assert.Equal(story, grouper.Assign("q1", null, Qeshm[1], Day0.AddDays(5), null).StoryId);
        // A copy inside the bound widens the span as any member does.
        Assert.Equal(story, grouper.Assign("q1-copy", null, Qeshm[1], Day0.AddDays(7), copy).StoryId);
        Assert.Equal(7, clusterer.LongestSpanDays, 6);
        // Republished 31 days after the first report: still the family's story, but the live span stays inside the bound.
        Assert.Equal(story, grouper.Assign("q1-late", null, Qeshm[1], Day0.AddDays(31), copy).StoryId);
        Assert.True(clusterer.IsLive(story));
        Assert.Equal(7, clusterer.LongestSpanDays, 6);
        // Nor does it keep the story open: the window closes it a window after its last member within the bound.
        grouper.Assign("i0", null, Ica[0], Day0.AddDays(38), null);
        Assert.False(clusterer.IsLive(story));
    }

    [Fact]
    public void An_archive_fed_out_of_date_order_keeps_a_story_live_until_it_is_quiet_by_arrivals_too()
    {
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(14), QuietArrivals = 3 };
        var grouper = new StoryGrouper(1, options);
        var qeshm = grouper.Assign("q0", null, Qeshm[0], Day0, null).StoryId;
        // A report dated a year later arrives next: by dates alone the quake's story would close at once.
        grouper.Assign("i0", null, Ica[0], Day0.AddDays(365), null);
        Assert.True(grouper.Clusterer.IsLive(qeshm));
        var second = grouper.Assign("q1", null, Qeshm[1], Day0.AddDays(1), null);
        Assert.Equal(qeshm, second.StoryId);
        // Quiet by arrivals as well as by dates, it closes.
        for (var i = 1; i < 4; i++) grouper.Assign($"i{i}", null, Ica[i], Day0.AddDays(365), null);
        Assert.False(grouper.Clusterer.IsLive(qeshm));
    }

    [Fact]
    public void Template_headlines_that_differ_in_the_number_and_date_stay_apart()
    {
        var options = StoryOptions.Default with { Window = TimeSpan.FromDays(60) };
        var grouper = new StoryGrouper(1, options);
        const string Body = "Follow the Tour de France live: the peloton, the breakaways, the sprint and the general classification, stage by stage, with our reporters on the road.";
        var day2 = grouper.Assign("d2", "Tour de France, Day 2: live coverage", Body, Day0, null);
        var day21 = grouper.Assign("d21", "Tour de France, Day 21: live coverage", Body, Day0.AddDays(19), null);
        Assert.NotEqual(day2.StoryId, day21.StoryId);
        // The same edition reported again the same day joins.
        var day21Again = grouper.Assign("d21b", "Tour de France, Day 21: live coverage", Body + " Updated.", Day0.AddDays(19), null);
        Assert.Equal(day21.StoryId, day21Again.StoryId);
    }

    [Fact]
    public void A_copy_joins_its_originals_story_and_adds_no_terms()
    {
        var linker = new ArticleLinker();
        var processor = new ArticleProcessor();
        LinkedArticle Link(string id, string text) => linker.Link(processor.Process(
            new RawItem(id, id, RawFormat.Json, System.Text.Encoding.UTF8.GetBytes(
                System.Text.Json.JsonSerializer.Serialize(new { id, title = "Quake", text })), InputMetadata.Empty)));
        var original = Link("a", Qeshm[0]);
        var copy = Link("b", Qeshm[0]);
        Assert.Equal(CopyRelation.Duplicate, copy.Copy?.Relation);
        Assert.Equal(original.Story.StoryId, copy.Story.StoryId);
        Assert.Contains("adds no terms", copy.Story.Reason);

        var grouper = new StoryGrouper();
        var story = grouper.Assign("a", null, Qeshm[0], null, null).StoryId;
        for (var i = 0; i < 20; i++)
            Assert.Equal(story, grouper.Assign($"copy{i}", null, Qeshm[0], null, new CopyLink("a", CopyRelation.Spun, 0.9, "test")).StoryId);
        // Twenty copies are one voice: an article on another event is not pulled in by their weight.
        Assert.NotEqual(story, grouper.Assign("i0", null, Ica[0], null, null).StoryId);
    }

    [Fact]
    public void A_title_alone_is_an_article()
    {
        var processor = new ArticleProcessor();
        var article = processor.Process(new RawItem("t", "t", RawFormat.Json,
            """{"id": "t", "title": "Magnitude 5.9 quake hits Qeshm Island"}"""u8.ToArray(), InputMetadata.Empty));
        Assert.Equal("Magnitude 5.9 quake hits Qeshm Island", article.Text);
    }

    [Fact]
    public void A_member_says_why_it_joined()
    {
        var grouper = new StoryGrouper();
        grouper.Assign("q0", null, Qeshm[0], null, null);
        var joined = grouper.Assign("q1", null, Qeshm[1], null, null);
        Assert.False(joined.IsNewStory);
        Assert.StartsWith("joined p=", joined.Reason);
        Assert.Contains("Qeshm", joined.Reason);
        Assert.Contains("Qeshm", grouper.Clusterer.TopNames(joined.StoryId).FirstOrDefault() ?? "");
    }
}
