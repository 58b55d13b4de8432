using System.Globalization;
using System.Text.Json;
using Lede.Dates;
using Lede.Pipeline;
using Lede.Sources;
using Microsoft.Data.Sqlite;

namespace Lede.Storage;

/// <summary>
/// The embedded store: one SQLite file. WAL journaling, so that a process killed mid-batch leaves the
/// last committed batch intact and the next run continues from it.
/// </summary>
public sealed class ArticleStore : IDisposable
{
    public const string DefaultPath = "lede.db";

    private readonly SqliteConnection _connection;

    private ArticleStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    public static ArticleStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
            throw new StoreException($"cannot open the store {path}: the folder {folder} does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            Migrations.Apply(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open the store {path}: {e.Message}", e);
        }
        catch (StoreException e)
        {
            // A refused store (one from a newer Lede) must not stay open, holding the file, until the GC finds it.
            connection.Dispose();
            throw new StoreException($"cannot open the store {path}: {e.Message}", e);
        }
        return new ArticleStore(connection) { Path = full };
    }

    public void Dispose() => _connection.Dispose();

    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // ---- runs --------------------------------------------------------------------------------

    public long StartRun(string command)
    {
        using var cmd = Command("INSERT INTO runs (command, started) VALUES ($c, $t) RETURNING id", ("$c", command), ("$t", Now()));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void FinishRun(long runId, RunCounts counts)
    {
        using var cmd = Command("UPDATE runs SET finished = $t, stored = $s, skipped = $k, failed = $f WHERE id = $id",
            ("$t", Now()), ("$s", counts.Stored), ("$k", counts.Skipped), ("$f", counts.Failed), ("$id", runId));
        cmd.ExecuteNonQuery();
    }

    // ---- writing -----------------------------------------------------------------------------

    /// <summary>Starts a batch: its saves become visible, and count as stored, only when it commits.</summary>
    public StoreBatch BeginBatch() => new(this, _connection.BeginTransaction());

    /// <summary>
    /// Stored articles as the cross-article stages need them to continue (text, title, dates), with their copy
    /// origin and story, in the order they were stored.
    /// </summary>
    public IEnumerable<(ProcessedArticle Article, string? CopyOrigin, long StoryId)> LinkInputs()
    {
        using var cmd = Command("""
            SELECT a.identity, a.origin, a.raw_format, a.url, a.site, a.title, a.published, a.published_source,
                   a.text, a.content_hash, a.details, o.identity, m.story_id
            FROM articles a
            JOIN story_members m ON m.article_id = a.id
            LEFT JOIN copies c ON c.article_id = a.id
            LEFT JOIN articles o ON o.id = c.origin_id
            ORDER BY a.id
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var metadata = new InputMetadata(Url: NullableString(r, 3), Site: NullableString(r, 4), Title: NullableString(r, 5),
                Published: NullableString(r, 6));
            var raw = new RawItem(r.GetString(0), r.GetString(1), Enum.Parse<RawFormat>(r.GetString(2)), [], metadata);
            var article = new ProcessedArticle(raw, metadata, metadata.Title, r.GetString(8), r.GetString(9),
                PublishedDateParser.Parse(metadata.Published, NullableString(r, 7) ?? "input"), new Dictionary<string, string>())
            {
                EventDate = ArticleDetails.EventDateOf(NullableString(r, 10)),
            };
            yield return (article, NullableString(r, 11), r.GetInt64(12));
        }
    }

    public long NextStoryId()
    {
        using var cmd = Command("SELECT COALESCE(MAX(id), 0) + 1 FROM stories");
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public IEnumerable<StoredRaw> RawItems()
    {
        using var cmd = Command("SELECT id, identity, origin, raw_format, raw, raw_metadata FROM articles ORDER BY id");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var format = Enum.Parse<RawFormat>(reader.GetString(3));
            var bytes = RawCompression.Decompress((byte[])reader.GetValue(4));
            var metadata = JsonSerializer.Deserialize(reader.GetString(5), StoreJson.Default.InputMetadata) ?? InputMetadata.Empty;
            yield return new StoredRaw(reader.GetInt64(0), new RawItem(reader.GetString(1), reader.GetString(2), format, bytes, metadata));
        }
    }

    public int ArticleCount()
    {
        using var cmd = Command("SELECT COUNT(*) FROM articles");
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // ---- reading -----------------------------------------------------------------------------

    private const string ArticleSelect = """
        SELECT a.id, a.identity, a.origin, a.url, a.site, a.title, a.published, a.content_hash,
               m.story_id, o.identity, c.relation, a.first_seen
        FROM articles a
        LEFT JOIN story_members m ON m.article_id = a.id
        LEFT JOIN copies c ON c.article_id = a.id
        LEFT JOIN articles o ON o.id = c.origin_id
        """;

    public IEnumerable<ArticleRow> Articles(long? storyId = null)
    {
        using var cmd = storyId is null
            ? Command(ArticleSelect + " ORDER BY a.id")
            : Command(ArticleSelect + " WHERE m.story_id = $s ORDER BY a.id", ("$s", storyId.Value));
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) yield return ReadArticle(reader);
    }

    /// <summary>Finds an article by its identity, or by its number in the store.</summary>
    public ArticleDetail? FindArticle(string key)
    {
        using var cmd = Command(ArticleSelect + " WHERE a.identity = $k", ("$k", key));
        var row = ReadOne(cmd);
        if (row is null && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            using var byId = Command(ArticleSelect + " WHERE a.id = $id", ("$id", id));
            row = ReadOne(byId);
        }
        return row is null ? null : Detail(row);
    }

    private ArticleRow? ReadOne(SqliteCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? ReadArticle(reader) : null;
    }

    private ArticleDetail Detail(ArticleRow row)
    {
        string text, stageVersions, rawFormat;
        string? publishedSource, language, eventDate, details;
        int rawBytes;
        using (var cmd = Command("SELECT text, published_source, stage_versions, raw_format, length(raw), language, event_date, details FROM articles WHERE id = $id", ("$id", row.Id)))
        using (var reader = cmd.ExecuteReader())
        {
            reader.Read();
            text = reader.GetString(0);
            publishedSource = NullableString(reader, 1);
            stageVersions = reader.GetString(2);
            rawFormat = reader.GetString(3);
            rawBytes = reader.GetInt32(4);
            language = NullableString(reader, 5);
            eventDate = NullableString(reader, 6);
            details = NullableString(reader, 7);
        }
        CopyEvidence? copyOf = null;
        using (var cmd = Command("SELECT o.identity, c.relation, c.similarity, c.evidence, c.alignment FROM copies c JOIN articles o ON o.id = c.origin_id WHERE c.article_id = $id", ("$id", row.Id)))
        using (var reader = cmd.ExecuteReader())
            if (reader.Read())
                copyOf = ReadEvidence(reader, 0);
        var copies = new List<ArticleRow>();
        using (var cmd = Command(ArticleSelect + " WHERE c.origin_id = $id ORDER BY a.id", ("$id", row.Id)))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read()) copies.Add(ReadArticle(reader));
        string? storyReason;
        using (var cmd = Command("SELECT reason FROM story_members WHERE article_id = $id", ("$id", row.Id)))
            storyReason = cmd.ExecuteScalar() as string;
        var versions = JsonSerializer.Deserialize(stageVersions, StoreJson.Default.DictionaryStringString) ?? [];
        return new ArticleDetail(row, text, publishedSource, versions, copyOf, copies, storyReason,
            Enum.Parse<RawFormat>(rawFormat), rawBytes)
        {
            Language = language,
            EventDate = eventDate,
            DetailsJson = details,
        };
    }

    private const string StorySelect = """
        SELECT s.id, s.headline, s.first_time, s.last_time,
               COUNT(m.article_id),
               SUM(CASE WHEN c.article_id IS NULL THEN 1 ELSE 0 END),
               GROUP_CONCAT(DISTINCT a.site), s.event_date, s.event_basis, s.event_confidence
        FROM stories s
        JOIN story_members m ON m.story_id = s.id
        JOIN articles a ON a.id = m.article_id
        LEFT JOIN copies c ON c.article_id = m.article_id
        """;

    /// <summary>Stories in order of their first article; only the given ones when asked.</summary>
    public IReadOnlyList<StoryRow> Stories(IReadOnlySet<long>? only = null)
    {
        var rows = new List<StoryRow>();
        using var cmd = Command(StorySelect + " GROUP BY s.id ORDER BY s.event_date IS NULL, s.event_date, s.first_time IS NULL, s.first_time, s.id");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var row = ReadStory(reader);
            if (only is null || only.Contains(row.Id)) rows.Add(row);
        }
        return rows;
    }

    /// <summary>Copy families (an original with one copy or more); only those in the given stories when asked.</summary>
    public IReadOnlyList<FamilyRow> Families(IReadOnlySet<long>? stories = null)
    {
        var rows = new List<FamilyRow>();
        using var cmd = Command("""
            SELECT o.identity, o.title, o.site, COUNT(*), GROUP_CONCAT(DISTINCT c.relation), m.story_id, o.id, o.details
            FROM copies c
            JOIN articles o ON o.id = c.origin_id
            JOIN story_members m ON m.article_id = o.id
            GROUP BY o.id ORDER BY o.id
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new FamilyRow(r.GetString(0), NullableString(r, 1), NullableString(r, 2), r.GetInt32(3),
                r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries), r.GetInt64(5))
            {
                OriginId = r.GetInt64(6),
                OriginCredit = ArticleDetails.CreditOf(NullableString(r, 7)),
            };
            if (stories is null || stories.Contains(row.StoryId)) rows.Add(row);
        }
        return rows;
    }

    /// <summary>The family whose original is article `originId`: null when that article is not stored or has no copies.</summary>
    public FamilyDetail? Family(long originId)
    {
        ArticleRow? origin;
        using (var cmd = Command(ArticleSelect + " WHERE a.id = $id", ("$id", originId)))
            origin = ReadOne(cmd);
        if (origin is null) return null;
        string? details;
        using (var cmd = Command("SELECT details FROM articles WHERE id = $id", ("$id", originId)))
            details = cmd.ExecuteScalar() as string;
        var copies = new List<FamilyMember>();
        using (var cmd = Command(ArticleSelect.Replace("SELECT a.id", "SELECT c.relation AS r, c.similarity, c.evidence, c.alignment, a.id")
                   + " WHERE c.origin_id = $id ORDER BY a.published IS NULL, a.published, a.id", ("$id", originId)))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
            {
                var evidence = new CopyEvidence(origin.Identity, reader.GetString(0), reader.GetDouble(1), reader.GetString(2))
                {
                    Alignment = ReadAlignment(reader, 3),
                };
                copies.Add(new FamilyMember(ReadArticle(reader, 4), evidence));
            }
        return copies.Count == 0 ? null : new FamilyDetail(origin, ArticleDetails.CreditOf(details), copies);
    }

    private static CopyEvidence ReadEvidence(SqliteDataReader r, int o) =>
        new(r.GetString(o), r.GetString(o + 1), r.GetDouble(o + 2), r.GetString(o + 3)) { Alignment = ReadAlignment(r, o + 4) };

    /// <summary>A stored alignment, or null for a link stored before alignments were kept.</summary>
    private static Lede.Copies.AlignmentEvidence? ReadAlignment(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : JsonSerializer.Deserialize(r.GetString(i), EvidenceJson.Default.AlignmentEvidence);

    public StoryDetail? FindStory(long id)
    {
        StoryRow story;
        using (var cmd = Command(StorySelect + " WHERE s.id = $id GROUP BY s.id", ("$id", id)))
        using (var reader = cmd.ExecuteReader())
        {
            if (!reader.Read()) return null;
            story = ReadStory(reader);
        }
        var members = new List<StoryMember>();
        using (var cmd = Command(ArticleSelect.Replace("SELECT a.id", "SELECT m.reason, a.id") + " WHERE m.story_id = $s ORDER BY a.id", ("$s", id)))
        using (var reader = cmd.ExecuteReader())
            while (reader.Read())
                members.Add(new StoryMember(ReadArticle(reader, 1), reader.GetString(0)));
        return new StoryDetail(story, members);
    }

    private static StoryRow ReadStory(SqliteDataReader r) => new(
        r.GetInt64(0),
        NullableString(r, 1),
        r.GetInt32(4),
        r.IsDBNull(5) ? 0 : r.GetInt32(5),
        NullableString(r, 2),
        NullableString(r, 3),
        r.IsDBNull(6) ? [] : r.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries))
    {
        EventDate = NullableString(r, 7),
        EventBasis = NullableString(r, 8),
        EventConfidence = r.IsDBNull(9) ? null : r.GetDouble(9),
    };

    private static ArticleRow ReadArticle(SqliteDataReader r, int o = 0) => new(
        r.GetInt64(o),
        r.GetString(o + 1),
        r.GetString(o + 2),
        NullableString(r, o + 3),
        NullableString(r, o + 4),
        NullableString(r, o + 5),
        NullableString(r, o + 6),
        r.GetString(o + 7),
        r.IsDBNull(o + 8) ? null : r.GetInt64(o + 8),
        NullableString(r, o + 9),
        NullableString(r, o + 10),
        r.GetString(o + 11));

    internal static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
