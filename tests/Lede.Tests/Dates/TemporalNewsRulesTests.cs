using Lede.Dates;
using NodaTime;

namespace Lede.Tests.Dates;

/// <summary>The news conventions added for TempEval-3: deadlines, intentions, adjectival rates, sentence gating.</summary>
public sealed class TemporalNewsRulesTests
{
    private static readonly TemporalTagger Tagger = new();
    private static readonly LocalDate Friday = new(2023, 4, 21);
    private static readonly LocalDate LateOctober = new(2023, 10, 26);

    private static TemporalMention Single(string text, LocalDate reference, string expression)
    {
        var all = Tagger.Tag(text, reference);
        var found = all.Where(m => m.Text == expression).ToList();
        Assert.True(found.Count == 1, $"\"{expression}\" in \"{text}\": found [{string.Join(", ", all.Select(m => $"{m.Text}={m.Value}"))}]");
        return found[0];
    }

    [Theory]
    [InlineData("The company must repay the bridge loan by February, it said.", "February", "2024-02")]
    [InlineData("The appointment is effective Feb. 1, the bank said.", "Feb. 1", "2024-02-01")]
    [InlineData("He could come to the U.S. as early as Tuesday, officials said.", "Tuesday", "2023-10-31")]
    public void A_deadline_preposition_points_ahead_even_in_a_past_tense_report(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, LateOctober, expression).Value);

    [Fact]
    public void A_past_perfect_keeps_a_deadline_in_the_past() =>
        Assert.Equal("2023-04-20", Single("Until Thursday, they had not called him a suspect.", Friday, "Thursday").Value);

    [Theory]
    [InlineData("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "2023-04-27")]
    [InlineData("The stock is to resume trading in Paris Thursday.", "2023-04-27")]
    public void Plans_and_arrangements_point_ahead(string text, string value) =>
        Assert.Equal(value, Single(text, Friday, "Thursday").Value);

    [Theory]
    [InlineData("For the year, pet food volume was flat.")]
    [InlineData("Sales rose in the first nine months of the year.")]
    public void The_year_being_reported_is_the_reference_year(string text)
    {
        var m = Single(text, LateOctober, "the year");
        Assert.Equal((TimexType.Date, "2023"), (m.Type, m.Value));
    }

    [Fact]
    public void The_year_ended_stays_a_duration() =>
        Assert.DoesNotContain(Tagger.Tag("It earned $5 million for the year ended Sept. 30.", LateOctober), m => m.Value == "2023" && m.Text == "the year");

    [Theory]
    [InlineData("We investigate hundreds of leads on a daily basis.", "daily", "P1D")]
    [InlineData("Clinton said in his weekly radio address.", "weekly", "P1W")]
    public void Everyday_rates_are_recurrences_even_as_adjectives(string text, string expression, string value)
    {
        var m = Single(text, Friday, expression);
        Assert.Equal((TimexType.Set, value), (m.Type, m.Value));
    }

    [Fact]
    public void A_daily_before_a_name_is_a_newspaper() =>
        Assert.DoesNotContain(Tagger.Tag("It was published by the Communist Party daily Granma.", Friday), m => m.Text == "daily");

    [Fact]
    public void Current_before_a_noun_is_the_present_but_not_in_current_account()
    {
        Assert.Equal("PRESENT_REF", Single("He called current market conditions highly competitive.", Friday, "current").Value);
        Assert.DoesNotContain(Tagger.Tag("The current account deficit widened.", Friday), m => m.Text == "current");
    }

    [Fact]
    public void A_sentence_opening_previously_is_not_tagged() =>
        Assert.Empty(Tagger.Tag("Previously, the company advertised at the $2 million level.", Friday));

    [Fact]
    public void An_evening_keeps_its_part_of_day_but_a_night_is_the_day()
    {
        Assert.Equal("2023-04-19TEV", Single("He spoke Wednesday evening in Miami.", Friday, "Wednesday evening").Value);
        Assert.Equal("2023-04-19", Single("He spoke Wednesday night in Miami.", Friday, "Wednesday night").Value);
    }

    [Fact]
    public void Sentence_cuts_never_split_an_abbreviation_or_a_time()
    {
        // A stop after a number is left uncut: "Sept. 30." may end a sentence, "No. 1" does not.
        var text = "The blast occurred at 10:35 a.m. Friday. It was felt in the U.S. Embassy. Profit fell in the quarter ended Sept. 30. He left.";
        var spans = Sentences.Split(text, 2000).Select(s => text.Substring(s.Start, s.Length).Trim()).ToList();
        Assert.Equal(["The blast occurred at 10:35 a.m. Friday.", "It was felt in the U.S. Embassy.", "Profit fell in the quarter ended Sept. 30. He left."], spans);
        Assert.Equal("2023-04-21T10:35", Single(text, Friday, "10:35 a.m. Friday").Value);
    }

    [Fact]
    public void An_overlong_stretch_is_cut_at_a_space()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        Assert.All(Sentences.Split(text, 100), s => Assert.True(s.Length <= 106));
        Assert.Equal(text.Length, Sentences.Split(text, 100).Sum(s => s.Length));
    }

    [Fact]
    public void Triggers_are_whole_words_and_the_digit_runs_each_family_needs()
    {
        var index = new TriggerIndex([
            new TriggerSpec(["may", "mar"]), new TriggerSpec([], DigitRuns.Decade, Suffix: "ties"),
            new TriggerSpec([], DigitRuns.Year), new TriggerSpec([], DigitRuns.Short | DigitRuns.BeforeSlash)]);
        Assert.Equal([new Trigger(7, 10, 1)], index.Scan("due in May."));
        Assert.Empty(index.Scan("the mayor of the market"));
        Assert.Equal([new Trigger(4, 8, 0b110)], index.Scan("the 1990s"));
        Assert.Equal([new Trigger(4, 12, 0b10)], index.Scan("the nineties"));
        Assert.Equal([new Trigger(3, 7, 0b100)], index.Scan("in 1998, 12345 and 3500"));
        Assert.Equal([new Trigger(0, 1, 0b1000), new Trigger(2, 4, 0b1000), new Trigger(5, 7, 0b1000)], index.Scan("9/28/98"));
    }

    [Fact]
    public void Running_patterns_around_triggers_finds_what_running_them_over_sentences_finds()
    {
        // A window narrower than a match would lose it: the tagger's window must reach past every match.
        const string text = "Profit rose in each of the past twenty-five consecutive years, it said on Thursday, Sept. 28, 2023.";
        var wide = new TemporalTagger(TemporalTaggerOptions.Default with { TriggerReachBefore = 2000, TriggerReachAfter = 2000 }).Tag(text, Friday);
        Assert.Equal(wide, Tagger.Tag(text, Friday));
        Assert.Contains(Tagger.Tag(text, Friday), m => m.Text == "each of the past twenty-five consecutive years");
    }

    [Fact]
    public void Tagging_sentence_by_sentence_finds_what_tagging_each_sentence_alone_finds()
    {
        string[] sentences =
        [
            "The blast in Nairobi occurred at about 10:35 a.m. Friday, toppling a building.",
            "In all, the bombings last week claimed at least 217 lives.",
            "Profit for the third quarter rose 5% from a year earlier, the company said Tuesday.",
            "The offer expires at 5 p.m. EST, Nov. 6, and shares rose 2% in the past three years.",
        ];
        var whole = Tagger.Tag(string.Join(" ", sentences), Friday).Select(m => m.Text).ToList();
        var alone = sentences.SelectMany(s => Tagger.Tag(s, Friday)).Select(m => m.Text).ToList();
        Assert.Equal(alone, whole);
    }
    [Fact]
    public void The_latest_quarter_is_the_last_completed_one_even_after_a_fiscal_quarter() =>
        Assert.Equal("2023-Q3", Single("Profit for its fiscal fourth quarter rose. In the latest quarter, sales fell.", LateOctober, "the latest quarter").Value);

    [Fact]
    public void The_previous_weekday_counts_from_the_day_last_named() =>
        Assert.Equal("2023-10-13", Single("The index closed Friday, Oct. 20, down 4.5% from the previous Friday.", LateOctober, "the previous Friday").Value);

    [Fact]
    public void The_following_month_counts_from_the_month_last_named() =>
        Assert.Equal("2021-04", Single("The company was sold in March 2021. The following month, its chief resigned.", LateOctober, "The following month").Value);

    [Theory]
    [InlineData("Now, he says, it looks bad.", "Now", false)]
    [InlineData("The alliance is now ready.", "now", true)]
    [InlineData("It matters to the future of our peoples.", "the future", false)]
    [InlineData("It may change in the future.", "the future", true)]
    [InlineData("He was soon released.", "soon", false)]
    [InlineData("Cash arrived, and it soon became a flood.", "soon", false)]
    [InlineData("It will soon begin selling boxes.", "soon", true)]
    public void Now_future_and_soon_are_dates_only_where_they_point_at_the_time(string text, string expression, bool tagged) =>
        Assert.Equal(tagged, Tagger.Tag(text, LateOctober).Any(m => m.Text == expression));

    [Fact]
    public void A_year_earlier_is_the_quarter_reported_unless_the_sentence_compares_a_longer_period()
    {
        const string text = "Third-quarter profit rose 5% from a year earlier. For the first nine months, net rose 8% from a year earlier.";
        var values = Tagger.Tag(text, LateOctober).Where(m => m.Text == "a year earlier").Select(m => m.Value);
        Assert.Equal(["2022-Q3", "2022"], values);
    }

    [Fact]
    public void A_plan_after_a_determiner_is_a_thing_not_an_intention() =>
        Assert.Equal("2023-08-21", Single("The thrift announced the plan Aug. 21.", LateOctober, "Aug. 21").Value);
}
