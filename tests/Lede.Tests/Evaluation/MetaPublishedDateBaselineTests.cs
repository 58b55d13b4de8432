using Lede.Evaluation.PubDate;

namespace Lede.Tests.Evaluation;

public sealed class MetaPublishedDateBaselineTests
{
    private readonly MetaPublishedDateBaseline _baseline = new();

    [Fact]
    public void Reads_the_published_time_meta_as_the_day_written_not_utc() =>
        Assert.Equal("2016-12-23", _baseline.Find(
            """<html><head><meta property="article:published_time" content="2016-12-23T23:30:00-05:00"></head></html>"""));

    [Fact]
    public void Reads_json_ld_date_published_preferring_the_top_level_one() =>
        Assert.Equal("2019-04-30", _baseline.Find("""
            <script type="application/ld+json">
            {"@type":"NewsArticle","comment":{"datePublished":"2020-01-01"},"datePublished":"2019-04-30T08:00:00Z"}
            </script>
            """));

    [Fact]
    public void Falls_back_to_a_pattern_when_json_ld_is_not_valid_json() =>
        Assert.Equal("2018-02-15", _baseline.Find(
            "<script type=\"application/ld+json\">{\"headline\":\"a\nb\",\"datePublished\":\"2018-02-15\"}</script>"));

    [Fact]
    public void Prefers_a_time_marked_as_published_over_the_first_time() =>
        Assert.Equal("2014-07-19", _baseline.Find(
            """<body><time datetime="2020-05-05">x</time><time class="entry-published" datetime="2014-07-19">y</time></body>"""));

    [Fact]
    public void Says_nothing_when_the_markup_states_no_date_or_an_implausible_one()
    {
        Assert.Null(_baseline.Find("<html><body><p>Posted on 19 July 2014</p></body></html>"));
        Assert.Null(_baseline.Find("""<meta name="date" content="1970-01-01">"""));
    }
}
