using System.Text.Json;
using Lede.Copies;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Storage;
using Microsoft.Data.Sqlite;

namespace Lede.Tests.Copies;

/// <summary>The evidence of a copy link, as kept in the store and read by `lede copies` and `lede show` (issue #4).</summary>
public sealed class CopyEvidenceTests
{
    private static readonly DateTimeOffset Day = new(2024, 5, 7, 9, 0, 0, TimeSpan.Zero);

    private static CopyCandidate Article(string id, string text, DateTimeOffset published) =>
        new(id, text, Lede.Text.ContentHash.Of(text), published, true, $"{id}.example");

    private static string Line(string id, string text, string published) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id, ["url"] = $"https://{id}.example/fire", ["text"] = text, ["published"] = published,
        });

    [Fact]
    public void A_spun_copy_keeps_its_aligned_sentences_with_a_similarity_each()
    {
        var index = new CopyIndex();
        index.Observe(Article("orig", CopyTexts.OriginalText, Day));

        var link = index.Observe(Article("spun", CopyTexts.Spun, Day.AddHours(3))).Copy!;

        var evidence = link.Sentences!;
        Assert.Equal(link.Alignment!.Aligned, evidence.Pairs.Count);
        Assert.True(evidence.Pairs.Count >= 6, link.Evidence);
        // Sentences 3 and 4 were swapped by the spinner: not all pairs follow the original's order.
        Assert.False(evidence.OrderWhole);
        Assert.Equal(evidence.Pairs.Count - 1, evidence.InOrder);
        var fire = evidence.Pairs.Single(p => p.CopyText.StartsWith("The storehouse", StringComparison.Ordinal));
        Assert.Equal(CopyTexts.Original[2], fire.OriginalText);
        Assert.InRange(fire.Similarity, 0.3, 0.99);
        Assert.All(evidence.Pairs, p => Assert.NotEqual(p.CopyText, p.OriginalText));
    }

    [Fact]
    public void An_unchanged_sentence_is_kept_once()
    {
        var index = new CopyIndex();
        index.Observe(Article("orig", CopyTexts.OriginalText, Day));

        var evidence = index.Observe(Article("excerpt", CopyTexts.Excerpt, Day.AddHours(1))).Copy!.Sentences!;

        Assert.Equal(4, evidence.Pairs.Count);
        Assert.Equal(4, evidence.Unchanged);
        Assert.True(evidence.OrderWhole);
        Assert.All(evidence.Pairs, p => Assert.Null(p.OriginalText));
        Assert.Equal(CopyTexts.Original.Take(4), evidence.Pairs.Select(p => p.CopyText));
        Assert.True(evidence.OriginalCoverage < 0.6 && evidence.CopyCoverage > 0.9, $"{evidence.CopyCoverage} {evidence.OriginalCoverage}");
    }

    private static string Digest(TempFolder temp, params string[] lines)
    {
        var input = temp.Write("in.jsonl", string.Join('\n', lines) + "\n");
        var db = temp.File("evidence.db");
        using var store = ArticleStore.Open(db);
        new Digester(store, new ArticleProcessor(), DigestOptions.Default with { BatchSize = 2 })
            .Run(new SourceReader(SourceOptions.Default).Read([input]), "digest (test)");
        return db;
    }

    [Fact]
    public void The_store_keeps_the_alignment_of_each_link_including_a_re_rooted_one()
    {
        using var temp = new TempFolder();
        // The spun copy first, its original later: the link made when the family is re-rooted carries its alignment too.
        var db = Digest(temp,
            Line("spun", CopyTexts.Spun, "2024-05-07T15:00:00Z"),
            Line("orig", CopyTexts.OriginalText, "2024-05-07T09:00:00Z"),
            Line("rewrite", CopyTexts.Rewrite, "2024-05-07T16:00:00Z"));

        using var store = ArticleStore.Open(db);
        foreach (var (id, relation) in new[] { ("spun", CopyRelation.Spun), ("rewrite", CopyRelation.Rewrite) })
        {
            var link = store.FindArticle(id)!.CopyOf!;
            Assert.Equal(("orig", relation), (link.OriginIdentity, link.Relation));
            var a = link.Alignment;
            Assert.NotNull(a);
            Assert.True(a.Pairs.Count >= 6, link.Evidence);
            Assert.All(a.Pairs, p => Assert.InRange(p.Similarity, 0.0, 1.0));
        }
        var family = store.Family(store.FindArticle("orig")!.Row.Id)!;
        Assert.Equal(["rewrite", "spun"], family.Copies.Select(c => c.Article.Identity).Order());
        Assert.All(family.Copies, c => Assert.NotNull(c.Link.Alignment));
        Assert.Null(store.Family(store.FindArticle("spun")!.Row.Id));
    }

    [Fact]
    public void A_store_from_before_alignments_were_kept_is_migrated_without_losing_a_link()
    {
        using var temp = new TempFolder();
        var db = Digest(temp, Line("orig", CopyTexts.OriginalText, "2024-05-07T09:00:00Z"), Line("synd", CopyTexts.Syndicated, "2024-05-07T12:00:00Z"));
        string evidence;
        using (var store = ArticleStore.Open(db)) evidence = store.FindArticle("synd")!.CopyOf!.Evidence;
        // Back to schema 3, as a store written by the Lede before this one looks.
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE copies DROP COLUMN alignment; PRAGMA user_version = 3;";
            command.ExecuteNonQuery();
        }

        using (var store = ArticleStore.Open(db))
        {
            var link = store.FindArticle("synd")!.CopyOf!;
            Assert.Equal(("orig", CopyRelation.Syndicated, evidence), (link.OriginIdentity, link.Relation, link.Evidence));
            Assert.Null(link.Alignment);
            Assert.Single(store.Families());
        }
        Assert.Equal(Migrations.Latest, StoreDb.Scalar(db, "PRAGMA user_version"));
    }
}
