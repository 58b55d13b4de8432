using Lede.Copies;

namespace Lede.Tests.Copies;

public sealed class CopyIndexTests
{
    private static readonly DateTimeOffset Day = new(2024, 5, 7, 9, 0, 0, TimeSpan.Zero);

    private static CopyCandidate Article(string id, string text, DateTimeOffset? published, string? site = null, string? url = null,
        bool hasTime = true) =>
        new(id, text, Lede.Text.ContentHash.Of(text), published, hasTime, site ?? $"{id}.example", null, url);

    private static CopyLink? Observe(CopyIndex index, CopyCandidate article) => index.Observe(article).Copy;

    [Fact]
    public void An_exact_copy_too_short_for_a_content_sentence_is_found_by_its_text_alone()
    {
        var index = new CopyIndex();
        Assert.Null(Observe(index, Article("a", "First article text here.", Day)));

        var link = Observe(index, Article("b", "first ARTICLE text, here!", Day.AddHours(1)));

        Assert.Equal("a", link?.OriginIdentity);
    }

    [Theory]
    [InlineData("syndicated")]
    [InlineData("excerpt")]
    [InlineData("rewrite")]
    [InlineData("spun")]
    public void Each_kind_of_copy_is_found_with_its_relation_and_original(string relation)
    {
        var text = relation switch
        {
            "syndicated" => CopyTexts.Syndicated,
            "excerpt" => CopyTexts.Excerpt,
            "rewrite" => CopyTexts.Rewrite,
            _ => CopyTexts.Spun,
        };
        var index = new CopyIndex();
        Assert.Null(Observe(index, Article("orig", CopyTexts.OriginalText, Day)));

        var link = Observe(index, Article("copy", text, Day.AddHours(5)));

        Assert.NotNull(link);
        Assert.Equal(("orig", relation), (link.OriginIdentity, link.Relation));
        Assert.Contains("sentences aligned", link.Evidence);
        Assert.NotNull(link.Alignment);
        Assert.True(link.Alignment.Aligned >= 4, link.Evidence);
    }

    [Fact]
    public void The_same_text_at_the_same_address_is_a_duplicate_and_elsewhere_syndicated()
    {
        var index = new CopyIndex();
        Observe(index, Article("a", CopyTexts.OriginalText, Day, "news.example", "https://news.example/fire"));

        var again = Observe(index, Article("b", CopyTexts.OriginalText, Day.AddHours(1), "news.example", "https://www.news.example/fire?utm=x"));
        var elsewhere = Observe(index, Article("c", CopyTexts.OriginalText, Day.AddHours(2), "other.example", "https://other.example/fire"));

        Assert.Equal(("a", CopyRelation.Duplicate), (again!.OriginIdentity, again.Relation));
        Assert.Equal(("a", CopyRelation.Syndicated), (elsewhere!.OriginIdentity, elsewhere.Relation));
    }

    [Fact]
    public void An_independent_report_of_the_same_event_is_not_a_copy()
    {
        var index = new CopyIndex();
        Observe(index, Article("orig", CopyTexts.OriginalText, Day));
        Observe(index, Article("spun", CopyTexts.Spun, Day.AddHours(3)));

        Assert.Null(Observe(index, Article("other", CopyTexts.Independent, Day.AddHours(1))));
    }

    [Fact]
    public void A_copy_of_a_copy_joins_only_if_it_copies_the_family_original()
    {
        // B takes six sentences of A and adds four; C takes B's four new ones and one of A's: C copies B, not A.
        string[] added =
        [
            "Union leaders called for an inspection of every warehouse in the district before the end of the month.",
            "The labour ministry said inspectors had visited the site twice in the past three years without finding faults.",
            "Workers at a neighbouring plant stopped work for an hour on Wednesday in memory of the victims.",
            "A fund for the families opened at the town hall and had collected 40,000 euros by the evening.",
        ];
        var b = CopyTexts.Text([.. CopyTexts.Original.Take(6), .. added]);
        var c = CopyTexts.Text([.. added, CopyTexts.Original[5], "The town will hold a memorial service for the three workers on Saturday afternoon."]);
        var index = new CopyIndex();
        Observe(index, Article("A", CopyTexts.OriginalText, Day));
        var linkB = Observe(index, Article("B", b, Day.AddHours(2)));

        var linkC = Observe(index, Article("C", c, Day.AddHours(4)));

        Assert.Equal("A", linkB?.OriginIdentity);
        Assert.Null(linkC);
    }

    [Fact]
    public void An_earlier_original_arriving_later_takes_over_its_family()
    {
        var index = new CopyIndex();
        Assert.Null(Observe(index, Article("synd", CopyTexts.Syndicated, Day.AddHours(6))));
        var spun = Observe(index, Article("spun", CopyTexts.Spun, Day.AddHours(9)));
        Assert.Equal("synd", spun?.OriginIdentity);

        var outcome = index.Observe(Article("orig", CopyTexts.OriginalText, Day));

        Assert.Null(outcome.Copy);
        var relinked = outcome.Relinked.ToDictionary(r => r.Identity, r => r.Copy);
        Assert.Equal(("orig", CopyRelation.Syndicated), (relinked["synd"]!.OriginIdentity, relinked["synd"]!.Relation));
        Assert.Equal(("orig", CopyRelation.Spun), (relinked["spun"]!.OriginIdentity, relinked["spun"]!.Relation));
        Assert.Equal("orig", index.LinkOf("spun")?.OriginIdentity);
    }

    [Fact]
    public void On_a_tied_date_the_wire_attribution_names_the_original()
    {
        var index = new CopyIndex();
        // Both dated the same day without a time; the spun copy lost the "(AP)" dateline and arrives first.
        Assert.Null(Observe(index, Article("spun", CopyTexts.Spun, Day.Date, hasTime: false)));

        var outcome = index.Observe(Article("wire", CopyTexts.OriginalText, Day.Date, hasTime: false));

        Assert.Null(outcome.Copy);
        var relink = Assert.Single(outcome.Relinked);
        Assert.Equal(("spun", "wire", CopyRelation.Spun), (relink.Identity, relink.Copy?.OriginIdentity, relink.Copy?.Relation));
    }

    [Fact]
    public void Without_dates_the_text_an_excerpt_was_cut_from_is_the_original()
    {
        var index = new CopyIndex();
        // No dates and no credit either way: the teaser is plainly cut from the full text.
        Observe(index, Article("teaser", CopyTexts.Excerpt.Replace("Read the full story at the original source.", "").Replace("(AP) ", ""), null));
        var outcome = index.Observe(Article("full", CopyTexts.OriginalText.Replace("(AP) ", ""), null));
        Assert.Equal(("teaser", "full", CopyRelation.Excerpt), (outcome.Relinked[0].Identity, outcome.Relinked[0].Copy?.OriginIdentity, outcome.Relinked[0].Copy?.Relation));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Articles_older_than_the_arrival_window_leave_the_index()
    {
        var clock = new ManualClock(Day);
        var index = new CopyIndex(CopyOptions.Default with { Window = TimeSpan.FromDays(2), WindowClock = CopyWindowClock.Arrival }, clock);
        Observe(index, Article("orig", CopyTexts.OriginalText, Day));
        clock.Now = Day.AddDays(1);
        Assert.Equal("orig", Observe(index, Article("synd", CopyTexts.Syndicated, Day.AddDays(1)))?.OriginIdentity);

        clock.Now = Day.AddDays(5);
        Assert.Null(Observe(index, Article("late", CopyTexts.Rewrite, Day.AddDays(5))));
        Assert.False(index.Contains("orig"));
        Assert.False(index.Contains("synd"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Memory_stays_flat_on_an_endless_stream_under_a_published_window()
    {
        var index = new CopyIndex(CopyOptions.Default with { Window = TimeSpan.FromDays(1), WindowClock = CopyWindowClock.Published });
        var counts = new List<(int Articles, int Keys)>();
        for (var i = 0; i < 3000; i++)
        {
            // Fifty articles an hour: the window holds a day of them (1,200) however long the stream runs.
            var published = Day.AddMinutes(i * 1.2);
            Observe(index, Article($"u{i}", CopyTexts.Unrelated(i), published));
            if (i % 500 == 499) counts.Add((index.Count, index.Keys));
        }
        // Full from 1,200 on: the counts at 1,500, 2,000, 2,500 and 3,000 articles are the same.
        Assert.True(counts[^1].Articles <= counts[2].Articles + 5, string.Join(", ", counts));
        Assert.True(counts[^1].Keys <= counts[2].Keys * 1.05, string.Join(", ", counts));
        Assert.True(counts[^1].Articles <= 1300, string.Join(", ", counts));
    }

    [Fact]
    public void The_original_past_the_window_is_kept_while_copies_of_it_are_in_it()
    {
        var index = new CopyIndex(CopyOptions.Default with { Window = TimeSpan.FromDays(2), WindowClock = CopyWindowClock.Published });
        Observe(index, Article("orig", CopyTexts.OriginalText, Day));
        Observe(index, Article("synd", CopyTexts.Syndicated, Day.AddDays(1.5)));
        Observe(index, Article("u1", CopyTexts.Unrelated(1), Day.AddDays(3)));
        // The original is out of the window but its syndication is not: a copy of that still finds the original.
        Assert.Equal("orig", Observe(index, Article("spun", CopyTexts.Spun, Day.AddDays(3)))?.OriginIdentity);
        Observe(index, Article("u2", CopyTexts.Unrelated(2), Day.AddDays(9)));
        Assert.False(index.Contains("orig"));
        Assert.False(index.Contains("synd"));
    }

    [Fact]
    public void Deleting_a_copy_or_the_original_keeps_the_family_consistent()
    {
        var index = new CopyIndex();
        Observe(index, Article("orig", CopyTexts.OriginalText, Day));
        Observe(index, Article("synd", CopyTexts.Syndicated, Day.AddHours(1)));
        Observe(index, Article("rw", CopyTexts.Rewrite, Day.AddHours(2)));
        Observe(index, Article("ex", CopyTexts.Excerpt, Day.AddHours(3)));

        Assert.Empty(index.Remove("ex"));
        Assert.False(index.Contains("ex"));
        var relinked = index.Remove("orig").ToDictionary(r => r.Identity, r => r.Copy);

        // The earliest remaining copy is the family's original now, and the other is verified against it.
        Assert.Null(relinked["synd"]);
        Assert.Equal(("synd", CopyRelation.Rewrite), (relinked["rw"]!.OriginIdentity, relinked["rw"]!.Relation));
        Assert.Empty(index.Remove("nobody"));
        // A copy arriving now finds the family by its new original.
        Assert.Equal("synd", Observe(index, Article("spun", CopyTexts.Spun, Day.AddHours(5)))?.OriginIdentity);
    }

    [Fact]
    public void The_same_identity_twice_is_one_article()
    {
        var index = new CopyIndex();
        Observe(index, Article("orig", CopyTexts.OriginalText, Day));
        var first = Observe(index, Article("synd", CopyTexts.Syndicated, Day.AddHours(1)));
        var again = Observe(index, Article("synd", CopyTexts.Syndicated, Day.AddHours(1)));
        Assert.Same(first, again);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void An_original_stored_by_an_earlier_run_stays_the_original_of_its_copies()
    {
        var index = new CopyIndex();
        // Known from the store by its content hash only (the earlier run's text is not held).
        index.Remember(Lede.Text.ContentHash.Of(CopyTexts.OriginalText), "stored");

        var again = Observe(index, Article("again", CopyTexts.OriginalText, Day));
        var spun = Observe(index, Article("spun", CopyTexts.Spun, Day.AddHours(2)));

        Assert.Equal("stored", again?.OriginIdentity);
        Assert.Equal(("stored", CopyRelation.Spun), (spun?.OriginIdentity, spun?.Relation));
    }
}
