using System.Globalization;
using System.Text.Json;
using Lede.Copies;
using Lede.Dates;
using Lede.Pipeline;
using Lede.Sources;
using Microsoft.Data.Sqlite;

namespace Lede.Storage;

/// <summary>An article already in the store under the same identity.</summary>
public sealed record ExistingArticle(long Id, string ContentHash, string? Url, string? Site, string? Title, string? Published, long? StoryId);

/// <summary>
/// One transaction. Saves inside it are seen by later lookups in the same batch (the same identity twice
/// in one input is one article), and by nobody else until Commit.
/// </summary>
public sealed class StoreBatch : IDisposable
{
    private readonly ArticleStore _store;
    private readonly SqliteTransaction _transaction;
    private bool _done;

    internal StoreBatch(ArticleStore store, SqliteTransaction transaction)
    {
        _store = store;
        _transaction = transaction;
    }

    public int Saved { get; private set; }

    public ExistingArticle? Find(string identity)
    {
        using var cmd = Command("""
            SELECT a.id, a.content_hash, a.url, a.site, a.title, a.published, m.story_id
            FROM articles a LEFT JOIN story_members m ON m.article_id = a.id
            WHERE a.identity = $i
            """, ("$i", identity));
        using var r = cmd.ExecuteReader();
        return r.Read()
            ? new ExistingArticle(r.GetInt64(0), r.GetString(1), ArticleStore.NullableString(r, 2),
                ArticleStore.NullableString(r, 3), ArticleStore.NullableString(r, 4), ArticleStore.NullableString(r, 5),
                r.IsDBNull(6) ? null : r.GetInt64(6))
            : null;
    }

    /// <summary>Stores a new article with its copy link and story membership.</summary>
    public long SaveNew(LinkedArticle linked)
    {
        var a = linked.Article;
        var now = ArticleStore.Now();
        long id;
        using (var cmd = Command("""
            INSERT INTO articles (identity, origin, url, site, title, published, published_source, text, content_hash,
                                  raw_format, raw, raw_metadata, stage_versions, first_seen, updated)
            VALUES ($identity, $origin, $url, $site, $title, $published, $psource, $text, $hash,
                    $format, $raw, $meta, $versions, $now, $now)
            RETURNING id
            """,
            ("$identity", a.Identity), ("$origin", a.Raw.Origin), ("$url", a.Metadata.Url), ("$site", a.Metadata.Site),
            ("$title", a.Title), ("$published", Iso(a)), ("$psource", a.Published?.Source), ("$text", a.Text),
            ("$hash", a.ContentHash), ("$format", a.Raw.Format.ToString()), ("$raw", RawCompression.Compress(a.Raw.Bytes)),
            ("$meta", JsonSerializer.Serialize(a.Raw.Metadata, StoreJson.Default.InputMetadata)),
            ("$versions", Versions(a)), ("$now", now)))
            id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        SaveDetails(id, a);
        SaveLinks(id, linked);
        Saved++;
        return id;
    }

    /// <summary>
    /// The same identity again: fills in metadata the stored article lacks and takes a changed text.
    /// Copy and story links stay as they are; `reprocess` rebuilds them when wanted.
    /// </summary>
    public SaveOutcome SaveAgain(ExistingArticle existing, ProcessedArticle a)
    {
        var url = existing.Url ?? a.Metadata.Url;
        var site = existing.Site ?? a.Metadata.Site;
        var title = existing.Title ?? a.Title;
        var published = existing.Published ?? Iso(a);
        var textChanged = existing.ContentHash != a.ContentHash;
        if (!textChanged && url == existing.Url && site == existing.Site && title == existing.Title && published == existing.Published)
        {
            Saved++;
            return SaveOutcome.Unchanged;
        }
        using var cmd = Command("""
            UPDATE articles SET url = $url, site = $site, title = $title, published = $published,
                published_source = COALESCE(published_source, $psource), updated = $now
            WHERE id = $id
            """,
            ("$url", url), ("$site", site), ("$title", title), ("$published", published),
            ("$psource", a.Published?.Source), ("$now", ArticleStore.Now()), ("$id", existing.Id));
        cmd.ExecuteNonQuery();
        if (textChanged) ReplaceProcessed(existing.Id, a);
        // A date filled in now must place the article's story in time too, as it would have on first sight.
        if (published != existing.Published && existing.StoryId is { } story)
            UpsertStory(story, a.Title, published, ArticleStore.Now());
        Saved++;
        return SaveOutcome.Updated;
    }

    /// <summary>Replaces what the per-article stages made of an article (and its raw input, when it changed).</summary>
    public void ReplaceProcessed(long id, ProcessedArticle a)
    {
        using var cmd = Command("""
            UPDATE articles SET text = $text, content_hash = $hash, title = COALESCE($title, title),
                raw_format = $format, raw = $raw, raw_metadata = $meta, stage_versions = $versions, updated = $now
            WHERE id = $id
            """,
            ("$text", a.Text), ("$hash", a.ContentHash), ("$title", a.Title), ("$format", a.Raw.Format.ToString()),
            ("$raw", RawCompression.Compress(a.Raw.Bytes)),
            ("$meta", JsonSerializer.Serialize(a.Raw.Metadata, StoreJson.Default.InputMetadata)),
            ("$versions", Versions(a)), ("$now", ArticleStore.Now()), ("$id", id));
        cmd.ExecuteNonQuery();
        SaveDetails(id, a);
    }

    private void SaveDetails(long id, ProcessedArticle a)
    {
        using var cmd = Command("UPDATE articles SET language = $lang, event_date = $event, details = $details WHERE id = $id",
            ("$lang", a.Language), ("$event", a.EventDate?.Value),
            ("$details", ArticleDetails.ToJson(a)), ("$id", id));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// An article as the stages made it when it was stored: what `reprocess` links in place of an article
    /// the current stages cannot read, so that it keeps a story and its copies keep their original.
    /// </summary>
    public ProcessedArticle Stored(StoredRaw stored)
    {
        using var cmd = Command("""
            SELECT url, site, title, published, published_source, text, content_hash, stage_versions
            FROM articles WHERE id = $id
            """, ("$id", stored.Id));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) throw new StoreException($"article {stored.Id} ({stored.Raw.Identity}) is no longer in the store");
        var published = ArticleStore.NullableString(r, 3);
        var metadata = stored.Raw.Metadata with
        {
            Url = ArticleStore.NullableString(r, 0),
            Site = ArticleStore.NullableString(r, 1),
            Title = ArticleStore.NullableString(r, 2),
            Published = published,
        };
        var versions = JsonSerializer.Deserialize(r.GetString(7), StoreJson.Default.DictionaryStringString) ?? [];
        return new ProcessedArticle(stored.Raw, metadata, metadata.Title, r.GetString(5), r.GetString(6),
            PublishedDateParser.Parse(published, ArticleStore.NullableString(r, 4) ?? "input"), versions);
    }

    /// <summary>Writes an article's copy link and story membership, creating or widening its story.</summary>
    public void SaveLinks(long id, LinkedArticle linked)
    {
        var now = ArticleStore.Now();
        if (linked.Copy is { } copy)
        {
            using var cmd = Command("""
                INSERT OR REPLACE INTO copies (article_id, origin_id, relation, similarity, evidence, alignment)
                SELECT $id, o.id, $relation, $similarity, $evidence, $alignment FROM articles o WHERE o.identity = $origin
                """,
                ("$id", id), ("$relation", copy.Relation), ("$similarity", copy.Similarity),
                ("$evidence", copy.Evidence), ("$alignment", AlignmentJson(copy)), ("$origin", copy.OriginIdentity));
            cmd.ExecuteNonQuery();
        }
        SaveRelinks(linked.Relinked);
        SaveMoves(linked.Moved, now);
        // Only publication dates place a story in time; when we happened to read it says nothing of the event.
        var story = linked.Story;
        UpsertStory(story.StoryId, linked.Article.DisplayTitle, Iso(linked.Article), now);
        PlaceStory(story.StoryId, linked.Article);
        using (var cmd = Command("INSERT OR REPLACE INTO story_members (article_id, story_id, reason, joined) VALUES ($id, $s, $why, $now)",
                   ("$id", id), ("$s", story.StoryId), ("$why", story.Reason), ("$now", now)))
            cmd.ExecuteNonQuery();
    }

    /// <summary>Rewrites the copy links of articles stored before whose family was re-rooted on a newer, earlier-published one.</summary>
    private void SaveRelinks(IReadOnlyList<CopyRelink> relinked)
    {
        foreach (var r in relinked)
        {
            using (var cmd = Command("DELETE FROM copies WHERE article_id = (SELECT id FROM articles WHERE identity = $i)", ("$i", r.Identity)))
                cmd.ExecuteNonQuery();
            if (r.Copy is not { } copy) continue;
            using var insert = Command("""
                INSERT OR REPLACE INTO copies (article_id, origin_id, relation, similarity, evidence, alignment)
                SELECT a.id, o.id, $relation, $similarity, $evidence, $alignment FROM articles a, articles o
                WHERE a.identity = $i AND o.identity = $origin
                """,
                ("$i", r.Identity), ("$relation", copy.Relation), ("$similarity", copy.Similarity),
                ("$evidence", copy.Evidence), ("$alignment", AlignmentJson(copy)), ("$origin", copy.OriginIdentity));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Moves articles stored before into the story of the family they now belong to, and recomputes the time span of
    /// the stories they left and joined from their members.
    /// </summary>
    private void SaveMoves(IReadOnlyList<StoryMove> moved, string now)
    {
        var touched = new HashSet<long>();
        foreach (var m in moved)
        {
            using (var old = Command("""
                SELECT m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id WHERE a.identity = $i
                """, ("$i", m.Identity)))
                if (old.ExecuteScalar() is long from) touched.Add(from);
            // A split opens a story the store has not seen yet: create it before its members move in.
            UpsertStory(m.StoryId, m.Headline, null, now);
            using var cmd = Command("""
                UPDATE story_members SET story_id = $s, reason = $why, joined = $now
                WHERE article_id = (SELECT id FROM articles WHERE identity = $i)
                """, ("$s", m.StoryId), ("$why", m.Reason), ("$now", now), ("$i", m.Identity));
            cmd.ExecuteNonQuery();
            touched.Add(m.StoryId);
        }
        foreach (var story in touched)
        {
            using var cmd = Command("""
                UPDATE stories SET
                    first_time = (SELECT MIN(a.published) FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $s),
                    last_time = (SELECT MAX(a.published) FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $s),
                    updated = $now
                WHERE id = $s
                """, ("$s", story), ("$now", now));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Creates a story, or widens its time span to take in `when` (a publication date, or null for none).</summary>
    private void UpsertStory(long storyId, string? headline, string? when, string now)
    {
        using var cmd = Command("""
            INSERT INTO stories (id, headline, first_time, last_time, created, updated)
            VALUES ($s, $headline, $when, $when, $now, $now)
            ON CONFLICT (id) DO UPDATE SET
                first_time = COALESCE(MIN(first_time, excluded.first_time), first_time, excluded.first_time),
                last_time = COALESCE(MAX(last_time, excluded.last_time), last_time, excluded.last_time),
                headline = COALESCE(headline, excluded.headline),
                updated = excluded.updated
            """,
            ("$s", storyId), ("$headline", headline), ("$when", when), ("$now", now));
        cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Places a story on the timeline by the earliest full event date of its members; a date a page merely
    /// showed places it only while no member has an event date, and is marked as such.
    /// </summary>
    private void PlaceStory(long storyId, ProcessedArticle a)
    {
        var (date, basis, confidence) = a.EventDate is { Day: { } day } e
            ? (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StoryDateBasis.Event, e.Confidence)
            : a.PageDate is { } shown
                ? (shown.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StoryDateBasis.PageShown, StoryDateBasis.PageShownConfidence)
                : (null, null, 0.0);
        if (date is null) return;
        // A story's date is its earliest member's; the confidence is that member's, so a later, surer
        // member of the same day raises it.
        using var cmd = Command("""
            UPDATE stories SET
                event_confidence = CASE WHEN event_date = $date AND event_basis = $basis
                                        THEN MAX(COALESCE(event_confidence, 0), $confidence) ELSE $confidence END,
                event_date = $date, event_basis = $basis
            WHERE id = $s AND (event_date IS NULL
                OR (event_basis = $page AND $basis = $event)
                OR (event_basis = $basis AND $date <= event_date))
            """,
            ("$date", date), ("$basis", basis), ("$confidence", confidence), ("$s", storyId),
            ("$page", StoryDateBasis.PageShown), ("$event", StoryDateBasis.Event));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Forgets every copy link and story so that `reprocess` can rebuild them from the articles.</summary>
    public void ClearLinks()
    {
        using var cmd = Command("DELETE FROM copies; DELETE FROM story_members; DELETE FROM stories;");
        cmd.ExecuteNonQuery();
    }

    public void RecordProblem(long runId, string origin, string outcome, string reason)
    {
        using var cmd = Command("INSERT INTO problems (run_id, origin, outcome, reason) VALUES ($r, $o, $x, $why)",
            ("$r", runId), ("$o", origin), ("$x", outcome), ("$why", reason));
        cmd.ExecuteNonQuery();
    }

    public void Commit()
    {
        _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        if (!_done) _transaction.Rollback();
        _transaction.Dispose();
    }

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _store.Command(sql, parameters);
        cmd.Transaction = _transaction;
        return cmd;
    }

    private static string? AlignmentJson(CopyLink copy) =>
        copy.Sentences is { } e ? JsonSerializer.Serialize(e, EvidenceJson.Default.AlignmentEvidence) : null;

    private static string? Iso(ProcessedArticle a) => a.Published is null
        ? null
        : a.Published.HasTime
            ? a.Published.Value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)
            : a.Published.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Versions(ProcessedArticle a) =>
        JsonSerializer.Serialize(new Dictionary<string, string>(a.StageVersions), StoreJson.Default.DictionaryStringString);
}
