using Lede.Copies;
using Lede.Stories;

namespace Lede.Tests.Stories;

public sealed class StoryRepairTests
{
    private static double[,] Blocks(int a, int b, double within, double across)
    {
        var n = a + b;
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                sim[i, j] = i == j ? 1 : (i < a) == (j < a) ? within : across;
        return sim;
    }

    [Fact]
    public void Two_blocks_are_cut_apart_and_the_group_without_the_first_member_leaves()
    {
        var sim = Blocks(4, 3, 0.6, 0.1);
        var split = StorySplitter.BestSplit(sim, 2);
        Assert.NotNull(split);
        Assert.Equal([4, 5, 6], split.Moved);
        Assert.Equal(0.6, split.Within, 6);
        Assert.Equal(0.1, split.Cross, 6);
        Assert.True(split.Gap > 0.8);
    }

    [Fact]
    public void A_cut_is_folded_back_only_past_the_refold_ratio()
    {
        // Two stories a split cut apart resemble each other 0.15 against the story's own 0.21 (0.71): past MergeRatio
        // 0.7, under a refold ratio of 0.75, so the merge check leaves them apart; off (null), it folds them back.
        Assert.True(StoryClusterer.RefoldTooLoose(new StoryOptions().MergeRefoldRatio, 0.15, 0.21));
        Assert.True(StoryClusterer.RefoldTooLoose(0.75, 0.15, 0.21));
        Assert.False(StoryClusterer.RefoldTooLoose(0.75, 0.17, 0.21));
        Assert.False(StoryClusterer.RefoldTooLoose(null, 0.15, 0.21));
    }

    [Fact]
    public void A_seam_the_split_check_finds_again_is_told_from_a_new_one()
    {
        static HashSet<string> Set(params string[] keys) => [.. keys];
        // The merge check folded back a cut a1 a2 | b1 b2; the stories it would fold now are cut along the same seam,
        // with later reports on either side: every earlier pair is apart again.
        Assert.Equal(1.0, StoryClusterer.SeamAgreement(Set("a1", "a2"), Set("b1", "b2"), Set("a1", "a2", "a3"), Set("b1", "b2", "b3")), 6);
        // One event's angles, cut elsewhere this time: half the earlier pairs are together.
        Assert.Equal(0.5, StoryClusterer.SeamAgreement(Set("a1", "a2"), Set("b1", "b2"), Set("a1", "b1"), Set("a2", "b2")), 6);
        // Reports that left both stories count for nothing; with none left there is no seam to find.
        Assert.Equal(1.0, StoryClusterer.SeamAgreement(Set("a1", "gone"), Set("b1"), Set("a1"), Set("b1")), 6);
        Assert.Equal(0.0, StoryClusterer.SeamAgreement(Set("gone"), Set("b1"), Set("a1"), Set("b1")), 6);
    }

    [Fact]
    public void Members_that_all_agree_show_no_gap()
    {
        // Ties merge into one group and leave one member over: nothing to split, and no gap when that is allowed.
        Assert.Null(StorySplitter.BestSplit(Blocks(3, 3, 0.5, 0.5), 2));
        var split = StorySplitter.BestSplit(Blocks(3, 3, 0.5, 0.5), 1);
        Assert.NotNull(split);
        Assert.Equal(0, split.Gap, 6);
    }

    [Fact]
    public void A_lone_outlier_is_no_second_event()
    {
        // The best cut peels one odd member off: below the smallest group, so no split is offered.
        Assert.Null(StorySplitter.BestSplit(Blocks(6, 1, 0.6, 0.05), 2));
        Assert.Null(StorySplitter.BestSplit(Blocks(2, 1, 0.6, 0.05), 2));
    }

    [Fact]
    public void An_outlier_set_aside_uncovers_the_cut_between_two_events()
    {
        // Two events of four reports each and one odd report that resembles neither: average linkage leaves the odd one
        // for last, so the plain two-way cut peels it off alone; set aside, it goes to the group it resembles more.
        var sim = new double[9, 9];
        for (var i = 0; i < 9; i++)
            for (var j = 0; j < 9; j++)
                sim[i, j] = i == j ? 1 : i == 8 || j == 8 ? (Math.Min(i, j) < 4 ? 0.03 : 0.02) : (i < 4) == (j < 4) ? 0.6 : 0.1;
        Assert.Null(StorySplitter.BestSplit(sim, 3));
        var split = StorySplitter.BestSplit(sim, 3, setAside: 1);
        Assert.NotNull(split);
        Assert.Equal([4, 5, 6, 7], split.Moved);
        Assert.True(split.Gap > 0.5);
        // A story of one event and two odd reports still stays whole: what is left after setting them aside agrees.
        Assert.Null(StorySplitter.BestSplit(Blocks(6, 1, 0.6, 0.05), 2, setAside: 1));
    }

    [Fact]
    public void The_lead_names_its_weekdays()
    {
        // "On Saturday" is the event's day; "Friday's loss" the day before it.
        Assert.Equal(1 << 6, StoryWhen.Weekdays("Sixers fire Cheeks", "The 76ers fired coach Maurice Cheeks on Saturday, a day after Friday's loss."));
        Assert.Equal(1 << 1, StoryWhen.Weekdays("MONDAY, MAY 23, 2005", "Fired today."));
        Assert.Equal(0, StoryWhen.Weekdays("Holiday sales", "Stores opened early for the Sundays-only market on Birthday."));
    }

    // Two boxing title fights of one champion: same words, another opponent, place and year.
    private static readonly string[] Rahman =
    [
        "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim to keep his IBF heavyweight title in 2008.",
        "Hasim Rahman was stopped by Wladimir Klitschko in Mannheim; the referee ended the 2008 bout in the seventh round.",
        "In Mannheim Klitschko floored Hasim Rahman twice before the seventh-round stoppage, his 2008 title defence.",
        "Rahman, 35, never troubled Klitschko in Mannheim, where the champion retained the belt in the seventh round in 2008.",
    ];

    private static readonly string[] Thompson =
    [
        "Wladimir Klitschko stopped Tony Thompson in the sixth round in Bern to keep his heavyweight titles in 2012.",
        "Tony Thompson was stopped by Wladimir Klitschko in Bern; the referee ended the 2012 rematch in the sixth round.",
        "In Bern Klitschko floored Tony Thompson twice before the sixth-round stoppage, his 2012 title defence.",
        "Thompson, 40, never troubled Klitschko in Bern, where the champion retained the belts in the sixth round in 2012.",
    ];

    /// <summary>
    /// A model that takes every article into the story it meets: the whole-topic merge, forced. The score merge
    /// (ScoreMergeMinZ) is off: it asks that same model whether two stories' reports would join each other, and a
    /// forced model says yes to any pair, so it would undo every split these tests look at. The reports here are one
    /// sentence each, which the split check leaves whole in news (SplitMinWords): off, to test the cut itself.
    /// </summary>
    private static readonly StoryOptions Eager = StoryOptions.Default with
    {
        Model = StoryJoinModel.Default with { Bias = 50 },
        ScoreMergeMinZ = null,
        SplitMinWords = 0,
    };

    [Fact]
    public void A_story_that_took_in_a_second_event_is_split_and_the_moves_are_reported()
    {
        var grouper = new StoryGrouper(options: Eager);
        var storyOf = new Dictionary<string, long>();
        var moves = new List<StoryRepairMove>();
        for (var i = 0; i < 4; i++)
            foreach (var (id, text) in new[] { ($"r{i}", Rahman[i]), ($"t{i}", Thompson[i]) })
            {
                var a = grouper.Assign(id, null, text, null, null);
                storyOf[id] = a.StoryId;
                foreach (var m in a.Moved) storyOf[m.Key] = m.StoryId;
                moves.AddRange(a.Moved);
            }
        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.StartsWith("t", m.Key));
        Assert.Single(Enumerable.Range(0, 4).Select(i => storyOf[$"r{i}"]).Distinct());
        Assert.Single(Enumerable.Range(0, 4).Select(i => storyOf[$"t{i}"]).Distinct());
        Assert.NotEqual(storyOf["r0"], storyOf["t0"]);
        Assert.Contains("split from story", moves[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_stories_let_go_of_the_term_entries_their_kept_members_held()
    {
        // Kept members pin their terms' entries for the repairs; after a split and the window closing both events,
        // the tables hold what a fresh clusterer holds for the one live article, no more.
        var options = Eager with { Window = TimeSpan.FromDays(14), QuietArrivals = 0 };
        var day0 = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var grouper = new StoryGrouper(options: options);
        var moved = 0;
        for (var i = 0; i < 4; i++)
        {
            moved += grouper.Assign($"r{i}", null, Rahman[i], day0, null).Moved.Count;
            moved += grouper.Assign($"t{i}", null, Thompson[i], day0, null).Moved.Count;
        }
        Assert.True(moved > 0);
        const string later = "Flooding closed the harbour road in Lisbon after two days of storms, the port authority said.";
        grouper.Assign("late", null, later, day0.AddDays(30), null);
        Assert.Equal(1, grouper.Clusterer.LiveCount);
        var fresh = new StoryGrouper(options: options);
        fresh.Assign("late", null, later, day0.AddDays(30), null);
        Assert.Equal(fresh.Clusterer.TermEntries, grouper.Clusterer.TermEntries);
    }

    [Fact]
    public void One_event_told_from_several_angles_stays_whole()
    {
        var grouper = new StoryGrouper(options: Eager);
        var stories = Rahman.Concat(Rahman.Select(t => t.Replace("Mannheim", "Mannheim, Germany", StringComparison.Ordinal)))
            .Select((text, i) => grouper.Assign($"r{i}", null, text, null, null))
            .ToList();
        Assert.All(stories, a => Assert.Empty(a.Moved));
        Assert.Single(stories.Select(a => a.StoryId).Distinct());
    }

    /// <summary>Notes the story an assignment put its article in, and where its repairs moved others.</summary>
    private static void Track(Dictionary<string, long> storyOf, StoryAssignment assignment, string id)
    {
        storyOf[id] = assignment.StoryId;
        foreach (var moved in assignment.Moved) storyOf[moved.Key] = moved.StoryId;
    }

    [Fact]
    public void A_copy_moves_with_its_original()
    {
        var grouper = new StoryGrouper(options: Eager);
        var storyOf = new Dictionary<string, long>();
        void Apply(StoryAssignment a, string id) => Track(storyOf, a, id);
        Apply(grouper.Assign("r0", null, Rahman[0], null, null), "r0");
        Apply(grouper.Assign("t0", null, Thompson[0], null, null), "t0");
        Apply(grouper.Assign("t0copy", null, Thompson[0], null, new CopyLink("t0", CopyRelation.Spun, 0.9, "test")), "t0copy");
        for (var i = 1; i < 4; i++)
        {
            Apply(grouper.Assign($"r{i}", null, Rahman[i], null, null), $"r{i}");
            Apply(grouper.Assign($"t{i}", null, Thompson[i], null, null), $"t{i}");
        }
        Assert.NotEqual(storyOf["r0"], storyOf["t0"]);
        Assert.Equal(storyOf["t0"], storyOf["t0copy"]);
        // The grouper's own map agrees: a repeated assignment reports the story the copy ended in.
        Assert.Equal(storyOf["t0copy"], grouper.Assign("t0copy", null, Thompson[0], null, null).StoryId);
    }

    [Fact]
    public void A_family_re_rooted_on_a_late_original_moves_with_the_terms_it_came_with()
    {
        // t0 came first and was clustered; its original came later, joined its story with no terms of its own, and the
        // copy stage re-rooted the family on it. The split then moves t0's terms: the whole family must go with them,
        // not stay behind as a story of no terms (issue #6: a kept report left alone with its copies).
        var grouper = new StoryGrouper(options: Eager);
        var storyOf = new Dictionary<string, long>();
        void Apply(StoryAssignment a, string id) => Track(storyOf, a, id);
        Apply(grouper.Assign("r0", null, Rahman[0], null, null), "r0");
        Apply(grouper.Assign("t0", null, Thompson[0], null, null), "t0");
        Apply(grouper.Assign("t0orig", null, Thompson[0], null, new CopyLink("t0", CopyRelation.Original, 1.0, "test")), "t0orig");
        grouper.Relink("t0", "t0orig");
        Apply(grouper.Assign("t0copy", null, Thompson[0], null, new CopyLink("t0orig", CopyRelation.Spun, 0.9, "test")), "t0copy");
        for (var i = 1; i < 4; i++)
        {
            Apply(grouper.Assign($"r{i}", null, Rahman[i], null, null), $"r{i}");
            Apply(grouper.Assign($"t{i}", null, Thompson[i], null, null), $"t{i}");
        }
        Assert.NotEqual(storyOf["r0"], storyOf["t1"]);
        Assert.Equal(storyOf["t1"], storyOf["t0"]);
        Assert.Equal(storyOf["t0"], storyOf["t0orig"]);
        Assert.Equal(storyOf["t0"], storyOf["t0copy"]);
        Assert.Equal(storyOf["t0orig"], grouper.Assign("t0orig", null, Thompson[0], null, null).StoryId);
    }

    // The quakes of StoryClustererTests: Qeshm Island and Ica.
    private static readonly string[] Qeshm = StoryClustererTests.Qeshm;
    private static readonly string[] Ica = StoryClustererTests.Ica;

    [Fact]
    public void A_fragment_of_the_event_is_taken_into_its_story_and_another_event_is_not()
    {
        // Every story the article is retrieved with is checked, so that the test turns on the members' resemblance alone.
        var grouper = new StoryGrouper(options: StoryOptions.Default with { MergeMinScore = -1000 });
        grouper.Restore("q0", null, Qeshm[0], null, 1);
        grouper.Restore("q1", null, Qeshm[1], null, 1);
        grouper.Restore("q2", null, Qeshm[2], null, 2);
        grouper.Restore("i0", null, Ica[0], null, 3);
        grouper.Restore("i1", null, Ica[1], null, 3);
        var joined = grouper.Assign("q3", null, Qeshm[3], null, null);
        var storyOf = new Dictionary<string, long> { ["q0"] = 1, ["q1"] = 1, ["q2"] = 2, ["i0"] = 3, ["i1"] = 3, ["q3"] = joined.StoryId };
        foreach (var m in joined.Moved) storyOf[m.Key] = m.StoryId;
        Assert.Single(new[] { "q0", "q1", "q2", "q3" }.Select(id => storyOf[id]).Distinct());
        Assert.Equal(3, storyOf["i0"]);
        Assert.Equal(3, storyOf["i1"]);
        Assert.Contains(joined.Moved, m => m.Reason.StartsWith("merged into story", StringComparison.Ordinal));
    }

    // One mill fire told from two angles that share no words (the blaze; the jobs and the insurers), and another firm's
    // closure told in the second angle's words: a story holding all three is first cut along the wrong seam (the blaze
    // against the rest), the rest is then cut into the jobs angle and the closure, and the sibling check
    // (StoryFragments.SiblingCheck) is what brings the blaze back to the jobs angle.
    private static readonly string[] Blaze =
    [
        "Flames tore through the old mill on the river bank overnight as forty firefighters fought the blaze until dawn.",
        "Thick smoke rose over the river bank while fire crews battled flames that gutted the old mill's roof overnight.",
        "Firefighters kept the blaze from spreading beyond the old mill, where flames and smoke filled the night sky by the river.",
        "The old mill burned through the night; fire crews said the flames reached the roof before the blaze was put out at dawn.",
        "Crews damped down the smouldering old mill by the river at dawn after firefighters fought flames and smoke all night.",
    ];

    private static readonly string[] Jobs =
    [
        "Whether insurers pay to rebuild the damaged plant will decide the jobs of the two hundred staff on its payroll, the union said.",
        "Two hundred staff on the plant's payroll were told at a union meeting that their jobs depend on insurers paying for a rebuild.",
        "The union said the plant's two hundred jobs and its payroll hang on whether insurers fund a rebuild of the damaged plant.",
        "The damaged plant's two hundred staff on the payroll await the insurers' word on a rebuild to keep their jobs, the union said.",
    ];

    private static readonly string[] Closure =
    [
        "A textile firm in the valley will shut next month after a flood, cutting jobs when insurers rejected its cover.",
        "Insurers rejected the valley textile firm's flood cover, and it will shut next month with the loss of its jobs.",
        "The valley textile firm blamed the flood and the insurers for its decision to shut next month and cut its jobs.",
        "Jobs at the valley textile firm end next month: it will shut since insurers rejected cover for the flood.",
    ];

    /// <summary>
    /// Eager, with the take-back off (it would undo every split under a model that joins everything), and every size
    /// checked: each split stands, so that what the sibling check does is all that differs.
    /// </summary>
    private static readonly StoryOptions Sibling = Eager with { SplitRejoinScore = null, RepairDenseUpTo = 16 };

    private static Dictionary<string, long> CutTwice(StoryOptions options, List<StoryRepairMove> moves, string[]? blaze = null)
    {
        var grouper = new StoryGrouper(options: options);
        var storyOf = new Dictionary<string, long>();
        void Apply(string id, StoryAssignment a)
        {
            storyOf[id] = a.StoryId;
            foreach (var m in a.Moved) storyOf[m.Key] = m.StoryId;
            moves.AddRange(a.Moved);
        }
        // One story holds the blaze, the jobs angle and the other firm's closure; a fifth report of the blaze joins it
        // and the first cut leaves the blaze apart from the rest (jobs and closure share their words).
        blaze ??= Blaze;
        var restored = blaze.Take(4).Select((t, i) => ($"b{i}", t))
            .Concat(Jobs.Select((t, i) => ($"j{i}", t)))
            .Concat(Closure.Take(3).Select((t, i) => ($"c{i}", t)));
        foreach (var (id, text) in restored)
        {
            grouper.Restore(id, null, text, null, 1);
            storyOf[id] = 1;
        }
        Apply("b4", grouper.Assign("b4", null, blaze[4], null, null));
        // The closure's fourth report joins the rest, and the second cut parts the jobs angle from the other firm.
        Apply("c3", grouper.Assign("c3", null, Closure[3], null, null));
        return storyOf;
    }

    [Fact]
    public void A_story_cut_from_a_story_that_is_cut_again_rejoins_the_part_of_its_event()
    {
        var moves = new List<StoryRepairMove>();
        var storyOf = CutTwice(Sibling, moves);
        string[] blaze = ["b0", "b1", "b2", "b3", "b4"], jobs = ["j0", "j1", "j2", "j3"], closure = ["c0", "c1", "c2", "c3"];
        Assert.Single(blaze.Concat(jobs).Select(id => storyOf[id]).Distinct());
        Assert.Single(closure.Select(id => storyOf[id]).Distinct());
        Assert.NotEqual(storyOf["b0"], storyOf["c0"]);
        Assert.Contains(moves, m => m.Reason.Contains("cut from the story it had been cut from", StringComparison.Ordinal));
        // The staging holds: without the sibling's second look, the two cuts leave the fire's angles in two stories.
        var without = CutTwice(Sibling with { SplitSiblingScore = null }, []);
        Assert.NotEqual(without["b0"], without["j0"]);
        Assert.NotEqual(without["j0"], without["c0"]);
        // The bar holds: the forced model scores every report near its bias (z about 50), so a bar above that keeps them apart.
        var above = CutTwice(Sibling with { SplitSiblingScore = 60 }, []);
        Assert.NotEqual(above["b0"], above["j0"]);
    }

    [Fact]
    public void A_story_cut_from_a_story_that_is_cut_again_stays_apart_when_its_leads_name_someone_the_part_never_names()
    {
        // Every report of the blaze names the fire chief, whom neither the jobs angle nor the other firm ever names.
        var named = Blaze.Select(t => "Fire chief Dana Okafor said: " + t).ToArray();
        var moves = new List<StoryRepairMove>();
        var storyOf = CutTwice(Sibling, moves, named);
        // Both cuts were made, as in the test above; the blaze stays apart.
        Assert.Single(new[] { "j0", "j1", "j2", "j3" }.Select(id => storyOf[id]).Distinct());
        Assert.NotEqual(storyOf["j0"], storyOf["c0"]);
        Assert.NotEqual(storyOf["b0"], storyOf["j0"]);
        Assert.NotEqual(storyOf["b0"], storyOf["c0"]);
        Assert.DoesNotContain(moves, m => m.Reason.Contains("cut from the story it had been cut from", StringComparison.Ordinal));
    }
}
