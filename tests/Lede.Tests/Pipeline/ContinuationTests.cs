using Lede.Copies;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;

namespace Lede.Tests.Pipeline;

/// <summary>A later digest continues the copy families and stories of earlier ones instead of starting over.</summary>
public sealed class ContinuationTests
{
    private static void Digest(string db, string input)
    {
        using var store = ArticleStore.Open(db);
        new Digester(store, new ArticleProcessor(), DigestOptions.Default).Run(new SourceReader(SourceOptions.Default).Read([input]), "digest (test)");
    }

    [Fact]
    public void A_spun_copy_digested_in_a_later_run_joins_the_family_and_story_of_its_original()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Shared, "seeds", "seeds.jsonl"));
        var ap = temp.Write("first.jsonl", lines.Single(l => l.Contains("\"001_0b0d82841d9921fa\"")) + "\n");
        var spun = temp.Write("second.jsonl", lines.Single(l => l.Contains("\"000_0f1937acc5aaf081\"")) + "\n");
        var db = temp.File("continue.db");

        Digest(db, ap);
        Digest(db, spun);

        using var store = ArticleStore.Open(db);
        var copy = store.FindArticle("000_0f1937acc5aaf081")!;
        Assert.Equal("001_0b0d82841d9921fa", copy.CopyOf?.OriginIdentity);
        Assert.Contains(copy.CopyOf!.Relation, new[] { CopyRelation.Spun, CopyRelation.Rewrite });
        Assert.Equal(store.FindArticle("001_0b0d82841d9921fa")!.Row.StoryId, copy.Row.StoryId);
        Assert.Single(store.Stories());
    }

    [Fact]
    public void A_copy_found_when_its_earlier_original_arrives_later_counts_as_a_copy_link()
    {
        using var temp = new TempFolder();
        using var store = ArticleStore.Open(temp.File("count.db"));
        // seeds.jsonl holds the spun 000 before its original 001: 000 is re-rooted as a copy when 001 arrives.
        var result = new Digester(store, new ArticleProcessor(), DigestOptions.Default)
            .Run(new SourceReader(SourceOptions.Default).Read([Path.Combine(TestPaths.Shared, "seeds", "seeds.jsonl")]), "digest (test)");

        Assert.Equal(1, result.Copies);
        Assert.Equal("001_0b0d82841d9921fa", store.FindArticle("000_0f1937acc5aaf081")!.CopyOf?.OriginIdentity);
    }

    [Fact]
    public void A_new_report_of_a_stored_event_joins_its_story_and_another_event_does_not()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Shared, "seeds", "seeds.jsonl"));
        string Line(string id) => lines.Single(l => l.Contains($"\"{id}\""));
        var first = temp.Write("first.jsonl", Line("001_0b0d82841d9921fa") + "\n" + Line("004_de0cedfbbcbaaedc") + "\n");
        var second = temp.Write("second.jsonl", Line("003_f513b542403ec246") + "\n" + Line("002_399a463a00d02ec6") + "\n");
        var db = temp.File("stories.db");

        Digest(db, first);
        Digest(db, second);

        using var store = ArticleStore.Open(db);
        // Four different events: nothing of the second run merges into the stories the first run stored.
        Assert.Equal(4, store.Stories().Count);
        Assert.Equal(4, store.Stories().Select(s => s.Id).Distinct().Count());
    }
}
