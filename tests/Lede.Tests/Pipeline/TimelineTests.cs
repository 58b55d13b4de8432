using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;

namespace Lede.Tests.Pipeline;

/// <summary>The dates of ../shared/seeds/EXPECTED.md, as digest stores them and the story listing orders them.</summary>
public sealed class TimelineTests
{
    private static IReadOnlyList<StoryRow> Digest(string db, string input)
    {
        using var store = ArticleStore.Open(db);
        new Digester(store, new ArticleProcessor(), DigestOptions.Default).Run(new SourceReader(SourceOptions.Default).Read([input]), "digest (test)");
        return store.Stories();
    }

    private static string Seeds(string name) => Path.Combine(TestPaths.Shared, "seeds", name);

    [Fact]
    public void With_publication_dates_the_timeline_reads_march_2022_april_2023_september_2023_then_the_page_dated_story()
    {
        using var temp = new TempFolder();
        var stories = Digest(temp.File("timeline.db"), Seeds("seeds.jsonl"));

        var when = stories.Select(s => (s.EventDate, s.EventBasis)).Distinct().ToList();
        Assert.Equal(
            [
                ("2022-03-16", StoryDateBasis.Event),
                ("2023-04-20", StoryDateBasis.Event),
                ("2023-09-28", StoryDateBasis.Event),
                ("2023-09-29", StoryDateBasis.PageShown),
            ],
            when);
        // A page-shown date places its story with low confidence; dates read from text against a publication date, higher.
        Assert.All(stories.Where(s => s.EventBasis == StoryDateBasis.Event), s => Assert.True(s.EventConfidence >= 0.5, s.ToString()));
        Assert.Equal(StoryDateBasis.PageShownConfidence, stories.Single(s => s.EventBasis == StoryDateBasis.PageShown).EventConfidence);
    }

    [Fact]
    public void From_the_texts_alone_only_the_september_visit_has_an_event_date_and_no_year_is_guessed()
    {
        using var temp = new TempFolder();
        using (var store = ArticleStore.Open(temp.File("texts.db")))
        {
            var inputs = Directory.GetFiles(Path.Combine(TestPaths.Shared, "seeds"), "*.txt");
            new Digester(store, new ArticleProcessor(), DigestOptions.Default).Run(new SourceReader(SourceOptions.Default).Read(inputs), "digest (test)");
        }
        using var reopened = ArticleStore.Open(temp.File("texts.db"));

        string? EventDate(string file) => reopened.FindArticle(Path.GetFullPath(Seeds(file)))!.EventDate;
        Assert.Equal("2023-09-28", EventDate("003_f513b542403ec246.txt"));
        Assert.Equal("XXXX-03-16", EventDate("004_de0cedfbbcbaaedc.txt"));
        Assert.Null(EventDate("000_0f1937acc5aaf081.txt"));
        Assert.Null(EventDate("001_0b0d82841d9921fa.txt"));
        // 002 is placed by the date its page showed, marked as such, never as its event's date.
        Assert.Null(EventDate("002_399a463a00d02ec6.txt"));
        var placed = reopened.Stories().Where(s => s.EventDate is not null).Select(s => (s.EventDate, s.EventBasis)).ToList();
        Assert.Equal([("2023-09-28", StoryDateBasis.Event), ("2023-09-29", StoryDateBasis.PageShown)], placed);
    }
}
