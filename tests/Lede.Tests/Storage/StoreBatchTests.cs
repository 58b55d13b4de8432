using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;

namespace Lede.Tests.Storage;

public sealed class StoreBatchTests
{
    private static LinkedArticle Linked(ArticleLinker linker, string identity, string text) =>
        linker.Link(new ArticleProcessor().Process(
            new RawItem(identity, identity, RawFormat.Text, System.Text.Encoding.UTF8.GetBytes(text), InputMetadata.Empty)));

    [Fact]
    public void A_batch_disposed_without_commit_stores_nothing()
    {
        using var temp = new TempFolder();
        var db = temp.File("rollback.db");
        using (var store = ArticleStore.Open(db))
        {
            var linker = new ArticleLinker();
            using (var batch = store.BeginBatch())
            {
                batch.SaveNew(Linked(linker, "a", "First article text here."));
                // Seen inside its own transaction, so that the same identity twice in one batch is one article.
                Assert.NotNull(batch.Find("a"));
            }
            Assert.Equal(0, store.ArticleCount());
        }
        Assert.Equal(0, StoreDb.Articles(db));
    }

    [Fact]
    public void A_committed_batch_is_visible_to_another_connection()
    {
        using var temp = new TempFolder();
        var db = temp.File("commit.db");
        using var store = ArticleStore.Open(db);
        var linker = new ArticleLinker();
        using (var batch = store.BeginBatch())
        {
            batch.SaveNew(Linked(linker, "a", "First article text here."));
            batch.SaveNew(Linked(linker, "b", "first ARTICLE text, here!"));
            Assert.Equal(0, StoreDb.Articles(db));
            batch.Commit();
        }
        Assert.Equal(2, StoreDb.Articles(db));
        // b has a's words: an exact copy that joins a's story.
        var b = store.FindArticle("b")!;
        Assert.Equal("a", b.CopyOf?.OriginIdentity);
        Assert.Equal(store.FindArticle("a")!.Row.StoryId, b.Row.StoryId);
    }

    [Fact]
    public void A_move_to_a_story_the_store_has_not_seen_creates_it()
    {
        // A split (StoryRepair) opens a story as an article arrives and moves earlier articles into it.
        using var temp = new TempFolder();
        var db = temp.File("split.db");
        using var store = ArticleStore.Open(db);
        var linker = new ArticleLinker();
        using (var batch = store.BeginBatch())
        {
            batch.SaveNew(Linked(linker, "a", "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim."));
            var c = Linked(linker, "c", "Floods in Valencia closed the port on Tuesday after a week of rain.");
            batch.SaveNew(c with { Moved = [new StoryMove("a", 999, "split from story 1") { Headline = "Klitschko stops Rahman" }] });
            batch.Commit();
        }
        Assert.Equal(999, store.FindArticle("a")!.Row.StoryId);
        Assert.Equal(1L, StoreDb.Scalar(db, "SELECT COUNT(*) FROM stories WHERE id = 999 AND headline = 'Klitschko stops Rahman'"));
    }
}
