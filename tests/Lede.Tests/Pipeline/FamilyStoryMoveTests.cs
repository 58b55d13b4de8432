using System.Text.Json;
using Lede.Copies;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;
using Lede.Tests.Copies;

namespace Lede.Tests.Pipeline;

/// <summary>
/// A late original can take over two families at once: two excerpts of different parts of it, which share no sentence
/// and so were two families, in two stories. All of them must end in one story, in memory and in the store.
/// </summary>
public sealed class FamilyStoryMoveTests
{
    private static readonly string Head = CopyTexts.Text([.. CopyTexts.Original.Take(4), "Read the full story at the original source."]);
    private static readonly string Tail = CopyTexts.Text([.. CopyTexts.Original.Skip(5), "Continue reading on the partner site."]);

    private static string Line(string id, string text, string published, string title) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id, ["url"] = $"https://{id}.example/fire", ["text"] = text, ["published"] = published, ["title"] = title,
        });

    [Fact]
    public void A_late_original_brings_every_family_it_takes_over_into_its_story()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", string.Join('\n',
            Line("head", Head, "2024-05-07T12:00:00Z", "Warehouse fire kills three near Lisbon"),
            Line("tail", Tail, "2024-05-07T13:00:00Z", "Prime minister sends condolences after deadliest fire since 2017"),
            Line("orig", CopyTexts.OriginalText, "2024-05-07T09:00:00Z", "Warehouse fire kills three near Lisbon")) + "\n");
        var db = temp.File("move.db");
        using (var store = ArticleStore.Open(db))
            new Digester(store, new ArticleProcessor(), DigestOptions.Default with { BatchSize = 1 })
                .Run(new SourceReader(SourceOptions.Default).Read([input]), "digest (test)");

        var links = StoreDb.Rows(db, """
            SELECT a.identity, o.identity, c.relation FROM copies c
            JOIN articles a ON a.id = c.article_id JOIN articles o ON o.id = c.origin_id ORDER BY a.identity
            """);
        Assert.Equal(["head|orig|excerpt", "tail|orig|excerpt"], links.Select(r => string.Join('|', r)));
        Assert.Equal(1, StoreDb.Scalar(db, "SELECT COUNT(DISTINCT story_id) FROM story_members"));
        using var reopened = ArticleStore.Open(db);
        var story = Assert.Single(reopened.Stories());
        Assert.Equal((3, 1), (story.Articles, story.Independent));
    }

    [Fact]
    public void The_move_is_reported_for_the_family_that_was_in_another_story()
    {
        var processor = new ArticleProcessor();
        var linker = new ArticleLinker();
        LinkedArticle Link(string id, string text, string published, string title) =>
            linker.Link(processor.Process(new RawItem(id, id, RawFormat.Json, System.Text.Encoding.UTF8.GetBytes(Line(id, text, published, title)), InputMetadata.Empty)));

        var head = Link("head", Head, "2024-05-07T12:00:00Z", "Warehouse fire kills three near Lisbon");
        var tail = Link("tail", Tail, "2024-05-07T13:00:00Z", "Prime minister sends condolences after deadliest fire since 2017");
        var orig = Link("orig", CopyTexts.OriginalText, "2024-05-07T09:00:00Z", "Warehouse fire kills three near Lisbon");

        Assert.Equal(["head", "tail"], orig.Relinked.Where(r => r.Copy?.OriginIdentity == "orig").Select(r => r.Identity).Order());
        // Two families in two stories before the original came: it joins the first it took over, the other moves.
        Assert.NotEqual(head.Story.StoryId, tail.Story.StoryId);
        Assert.Equal(head.Story.StoryId, orig.Story.StoryId);
        Assert.Equal(["tail"], orig.Moved.Select(m => m.Identity));
        Assert.All(orig.Moved, m => Assert.Equal(orig.Story.StoryId, m.StoryId));
    }
}
