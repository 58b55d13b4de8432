using Microsoft.Data.Sqlite;

namespace Lede.Storage;

/// <summary>
/// The schema, as an ordered list of steps. The database's PRAGMA user_version says how many have run;
/// a step is never edited once released, only followed by a new one.
/// </summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        // 1: articles with their raw input, copy links, stories, and the record of each run.
        """
        CREATE TABLE articles (
            id              INTEGER PRIMARY KEY,
            identity        TEXT NOT NULL UNIQUE,
            origin          TEXT NOT NULL,
            url             TEXT,
            site            TEXT,
            title           TEXT,
            published       TEXT,
            published_source TEXT,
            text            TEXT NOT NULL,
            content_hash    TEXT NOT NULL,
            raw_format      TEXT NOT NULL,
            raw             BLOB NOT NULL,
            raw_metadata    TEXT NOT NULL,
            stage_versions  TEXT NOT NULL,
            first_seen      TEXT NOT NULL,
            updated         TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);

        CREATE TABLE copies (
            article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            origin_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            relation    TEXT NOT NULL,
            similarity  REAL NOT NULL,
            evidence    TEXT NOT NULL
        );
        CREATE INDEX copies_origin ON copies(origin_id);

        CREATE TABLE stories (
            id          INTEGER PRIMARY KEY,
            headline    TEXT,
            first_time  TEXT,
            last_time   TEXT,
            created     TEXT NOT NULL,
            updated     TEXT NOT NULL
        );

        CREATE TABLE story_members (
            article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            reason      TEXT NOT NULL,
            joined      TEXT NOT NULL
        );
        CREATE INDEX story_members_story ON story_members(story_id);

        CREATE TABLE runs (
            id          INTEGER PRIMARY KEY,
            command     TEXT NOT NULL,
            started     TEXT NOT NULL,
            finished    TEXT,
            stored      INTEGER NOT NULL DEFAULT 0,
            skipped     INTEGER NOT NULL DEFAULT 0,
            failed      INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE problems (
            id          INTEGER PRIMARY KEY,
            run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            origin      TEXT NOT NULL,
            outcome     TEXT NOT NULL CHECK (outcome IN ('skipped', 'failed')),
            reason      TEXT NOT NULL
        );
        """,

        // 2: what the extraction and dates stages read beyond the text: language, the event date (the
        // timeline's key), and the rest (attribution, modified and page-shown dates) as JSON.
        """
        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN event_date TEXT;
        ALTER TABLE articles ADD COLUMN details TEXT;
        ALTER TABLE stories ADD COLUMN event_date TEXT;
        ALTER TABLE stories ADD COLUMN event_basis TEXT;
        CREATE INDEX stories_event_date ON stories(event_date);
        """,

        // 3: how sure the story's timeline date is (its dating member's event-date confidence).
        """
        ALTER TABLE stories ADD COLUMN event_confidence REAL;
        """,

        // 4: the sentence alignment behind a copy link, as JSON (AlignmentEvidence), for `lede copies` and `lede show`.
        // Links stored before keep only their evidence line (alignment NULL) until `reprocess` rebuilds them.
        """
        ALTER TABLE copies ADD COLUMN alignment TEXT;
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (current > Steps.Length)
            throw new StoreException(
                $"the database has schema version {current}, newer than this Lede knows ({Steps.Length}); upgrade Lede");
        for (var version = current; version < Steps.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Steps[version] + $";\nPRAGMA user_version = {version + 1};";
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>The store cannot be opened or used; the message is meant for the user.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
