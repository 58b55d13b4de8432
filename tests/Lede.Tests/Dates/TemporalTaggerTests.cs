using Lede.Dates;
using NodaTime;

namespace Lede.Tests.Dates;

public sealed class TemporalTaggerTests
{
    private static readonly TemporalTagger Tagger = new();

    private static TemporalMention Single(string text, LocalDate? reference, string expression)
    {
        var found = Tagger.Tag(text, reference).Where(m => m.Text == expression).ToList();
        Assert.True(found.Count == 1, $"\"{expression}\" in \"{text}\": found [{string.Join(", ", Tagger.Tag(text, reference).Select(m => $"{m.Text}={m.Value}"))}]");
        return found[0];
    }

    private static void Value(string text, LocalDate? reference, string expression, TimexType type, string value)
    {
        var m = Single(text, reference, expression);
        Assert.Equal((type, value), (m.Type, m.Value));
    }

    private static readonly LocalDate Thursday = new(2023, 4, 20);

    [Theory]
    [InlineData("It happened on 28 September 2023.", "28 September 2023", "2023-09-28")]
    [InlineData("It happened on Sept. 28, 2023.", "Sept. 28, 2023", "2023-09-28")]
    [InlineData("It happened on 2023-09-28.", "2023-09-28", "2023-09-28")]
    [InlineData("It happened on 9/28/2023.", "9/28/2023", "2023-09-28")]
    [InlineData("It happened in March 2022.", "March 2022", "2022-03")]
    [InlineData("It was founded in 1998.", "1998", "1998")]
    [InlineData("It was popular in the 1990s.", "the 1990s", "199")]
    [InlineData("Profit rose in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3")]
    [InlineData("It snowed in the winter of 1994.", "the winter of 1994", "1994-WI")]
    [InlineData("It grew in mid-1996.", "mid-1996", "1996")]
    public void Explicit_dates_need_no_reference(string text, string expression, string value)
    {
        Value(text, null, expression, TimexType.Date, value);
        Value(text, Thursday, expression, TimexType.Date, value);
    }

    [Theory]
    [InlineData("Leaders meet on July 11-12 in Vilnius.", "July 11-12", "2023-07-11", "XXXX-07-11")]
    [InlineData("The meeting is on 16 March.", "16 March", "2023-03-16", "XXXX-03-16")]
    [InlineData("He spoke in April.", "April", "2023-04", "XXXX-04")]
    [InlineData("He spoke Thursday.", "Thursday", "2023-04-20", "XXXX-WXX-4")]
    [InlineData("It happened yesterday.", "yesterday", "2023-04-19", "XXXX-XX-XX")]
    [InlineData("It happened last week.", "last week", "2023-W15", "XXXX-WXX")]
    [InlineData("It happened last year.", "last year", "2022", "XXXX")]
    [InlineData("It happened two years ago.", "two years ago", "2021", "XXXX")]
    [InlineData("Sales fell earlier this month.", "earlier this month", "2023-04", "XXXX-XX")]
    public void Relative_and_yearless_dates_resolve_against_the_reference_or_stay_underspecified(
        string text, string expression, string withReference, string without)
    {
        Value(text, Thursday, expression, TimexType.Date, withReference);
        Value(text, null, expression, TimexType.Date, without);
    }

    [Fact]
    public void Direction_comes_from_the_tense_of_the_clause()
    {
        var monday = new LocalDate(2023, 4, 17);
        Value("The minister said Thursday that talks failed.", monday, "Thursday", TimexType.Date, "2023-04-13");
        Value("The ministers will meet on Wednesday in Brussels.", monday, "Wednesday", TimexType.Date, "2023-04-19");
        Value("The ministers met on Wednesday in Brussels.", monday, "Wednesday", TimexType.Date, "2023-04-12");
        Value("He is going to fly out on Friday.", monday, "Friday", TimexType.Date, "2023-04-21");
        Value("Results are expected in January.", new LocalDate(2022, 11, 10), "January", TimexType.Date, "2023-01");
        Value("Sales slumped in December.", new LocalDate(2023, 1, 10), "December", TimexType.Date, "2022-12");
        Value("It was announced last Friday.", monday, "last Friday", TimexType.Date, "2023-04-14");
        Value("It comes next Friday.", monday, "next Friday", TimexType.Date, "2023-04-21");
    }

    [Fact]
    public void Seeds_resolve_as_the_expected_outcomes_say()
    {
        // seeds 000/001, published 2023-04-20.
        Value("NATO Secretary-General Jens Stoltenberg is visiting Ukraine for the first time since Russia launched its " +
              "full-scale invasion more than a year ago, an alliance official said Thursday.", Thursday, "Thursday", TimexType.Date, "2023-04-20");
        Value("On Friday, Stoltenberg will attend a Ukraine Defense Contact Group meeting at Ramstein Air Base, Germany.",
            Thursday, "Friday", TimexType.Date, "2023-04-21");
        // seed 004, published 2022-03-15.
        var published = new LocalDate(2022, 3, 15);
        const string ministers = "Defence Ministers of countries that are members of NATO have scheduled a meeting on 16 March to discuss " +
                                 "Russia's invasion. Jens Stoltenberg said in a press conference Tuesday.";
        Value(ministers, published, "16 March", TimexType.Date, "2022-03-16");
        Value(ministers, published, "Tuesday", TimexType.Date, "2022-03-15");
        Value(ministers, null, "16 March", TimexType.Date, "XXXX-03-16");
        // seed 003: the date in brackets names the weekday's day.
        Value("Stoltenberg visited Kyiv on Thursday (28 September 2023).", null, "Thursday", TimexType.Date, "2023-09-28");
        Value("Stoltenberg visited Kyiv on Thursday (28 September 2023).", null, "28 September 2023", TimexType.Date, "2023-09-28");
    }

    [Theory]
    [InlineData("Prices are high now.", "now", "PRESENT_REF")]
    [InlineData("Prices are currently high.", "currently", "PRESENT_REF")]
    [InlineData("Prices rose recently.", "recently", "PAST_REF")]
    [InlineData("Prices will rise in coming months.", "coming months", "FUTURE_REF")]
    [InlineData("Prices will rise in the near future.", "the near future", "FUTURE_REF")]
    public void Vague_references_are_present_past_or_future(string text, string expression, string value)
    {
        Value(text, Thursday, expression, TimexType.Date, value);
        Value(text, null, expression, TimexType.Date, value);
    }

    [Theory]
    [InlineData("It lasted three years.", "three years", "P3Y")]
    [InlineData("It lasted six months.", "six months", "P6M")]
    [InlineData("Prices rose over the past three years.", "the past three years", "P3Y")]
    [InlineData("It took more than four hours.", "more than four hours", "PT4H")]
    [InlineData("It took 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("It is a five-year plan.", "five-year", "P5Y")]
    [InlineData("It took several weeks.", "several weeks", "PXW")]
    [InlineData("It took a decade.", "a decade", "P10Y")]
    public void Durations(string text, string expression, string value) =>
        Value(text, null, expression, TimexType.Duration, value);

    [Fact]
    public void Durations_carry_their_quantity_modifier() =>
        Assert.Equal("MORE_THAN", Single("It took more than four hours.", null, "more than four hours").Mod);

    [Fact]
    public void Ages_and_rates_are_not_durations()
    {
        Assert.DoesNotContain(Tagger.Tag("A 45-year-old man earns $5,000 a year.", Thursday), m => m.Type == TimexType.Duration);
    }

    [Fact]
    public void Times_of_day()
    {
        Value("The blast came at 10 a.m.", Thursday, "10 a.m.", TimexType.Time, "2023-04-20T10:00");
        Value("The blast came at 10:35 p.m. Wednesday.", Thursday, "10:35 p.m. Wednesday", TimexType.Time, "2023-04-19T22:35");
        Value("He left this morning.", Thursday, "this morning", TimexType.Time, "2023-04-20TMO");
        Value("He spoke tonight.", Thursday, "tonight", TimexType.Time, "2023-04-20TNI");
        Value("He left last night.", Thursday, "last night", TimexType.Time, "2023-04-19TNI");
        Value("He spoke Thursday morning.", Thursday, "Thursday morning", TimexType.Date, "2023-04-20");
        Value("The blast came at 10 a.m.", null, "10 a.m.", TimexType.Time, "XXXX-XX-XXT10:00");
    }

    [Fact]
    public void Quarters_seasons_and_fiscal_periods()
    {
        var october = new LocalDate(1989, 10, 26);
        const string report = "Third-quarter profit rose 5%. In the quarter, sales rose. A year earlier, the company lost money.";
        Value(report, october, "Third-quarter", TimexType.Date, "1989-Q3");
        Value(report, october, "the quarter", TimexType.Date, "1989-Q3");
        Value(report, october, "A year earlier", TimexType.Date, "1988-Q3");
        Value("Profit fell in the first half.", october, "the first half", TimexType.Date, "1989-H1");
        Value("It earned $5 in fiscal 1988.", october, "fiscal 1988", TimexType.Date, "1988");
        Value("The strike began last spring.", october, "last spring", TimexType.Date, "1989-SP");
        Value("The strike began last fall.", new LocalDate(1990, 2, 1), "last fall", TimexType.Date, "1989-FA");
        Value("Talks resume this summer.", october, "this summer", TimexType.Date, "1989-SU");
        Value("He left the company last Thanksgiving.", new LocalDate(2000, 1, 10), "last Thanksgiving", TimexType.Date, "1999-11-25");
    }

    [Theory]
    [InlineData("They meet every week.", "every week", "P1W")]
    [InlineData("Dividends are paid annually.", "annually", "P1Y")]
    [InlineData("They march each Thursday.", "each Thursday", "XXXX-WXX-4")]
    [InlineData("They march each July.", "each July", "XXXX-07")]
    public void Sets(string text, string expression, string value) => Value(text, Thursday, expression, TimexType.Set, value);

    [Fact]
    public void Ambiguous_words_are_left_alone()
    {
        Assert.Empty(Tagger.Tag("You may march to the sea if prices fall.", Thursday));
        Assert.Empty(Tagger.Tag("Its quarterly dividend was cut; a quarter of the staff left.", Thursday));
        Assert.Empty(Tagger.Tag("The company employs 1,998 people and has $2000 in cash.", Thursday));
    }

    [Fact]
    public void The_reference_is_the_publication_local_date()
    {
        // 23:30 UTC on 19 April is already 20 April in Kyiv.
        var published = Instant.FromUtc(2023, 4, 19, 23, 30);
        var kyiv = DateTimeZoneProviders.Tzdb["Europe/Kyiv"];
        var m = Tagger.Tag("It happened yesterday.", published, kyiv).Single();
        Assert.Equal("2023-04-19", m.Value);
    }

    [Fact]
    public void Mentions_are_in_order_without_overlap_and_their_text_is_the_span()
    {
        const string text = "On Friday, Sept. 29, 2023, it said that three years ago, in 2020, it began; next week it ends.";
        var mentions = Tagger.Tag(text, Thursday);
        Assert.True(mentions.Count >= 4);
        for (var i = 0; i < mentions.Count; i++)
        {
            Assert.Equal(text.Substring(mentions[i].Start, mentions[i].Length), mentions[i].Text);
            if (i > 0) Assert.True(mentions[i - 1].End <= mentions[i].Start);
        }
    }
}
