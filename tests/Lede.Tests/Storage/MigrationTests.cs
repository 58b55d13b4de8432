using Lede.Storage;
using Microsoft.Data.Sqlite;

namespace Lede.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public void A_fresh_store_is_at_the_latest_schema_version_in_WAL_mode()
    {
        using var temp = new TempFolder();
        var db = temp.File("fresh.db");
        using (ArticleStore.Open(db)) { }

        Assert.True(Migrations.Latest >= 1);
        Assert.Equal(Migrations.Latest, StoreDb.Scalar(db, "PRAGMA user_version"));
        using var connection = StoreDb.OpenReadOnly(db);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public void Reopening_a_store_keeps_its_data_and_does_not_rerun_the_migrations()
    {
        using var temp = new TempFolder();
        var db = temp.File("reopen.db");
        long runId;
        using (var store = ArticleStore.Open(db)) runId = store.StartRun("first");

        // A rerun of step 1 would fail on CREATE TABLE, or (were it IF NOT EXISTS) leave the data alone silently:
        // so check both that opening works and that the row written before is still there, at the same version.
        using (var store = ArticleStore.Open(db)) Assert.True(store.StartRun("second") > runId);
        Assert.Equal(2, StoreDb.Scalar(db, "SELECT COUNT(*) FROM runs"));
        Assert.Equal(Migrations.Latest, StoreDb.Scalar(db, "PRAGMA user_version"));
    }

    [Fact]
    public void A_store_from_a_newer_Lede_is_refused_with_a_message_to_upgrade()
    {
        using var temp = new TempFolder();
        var db = temp.File("newer.db");
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE future (x); PRAGMA user_version = {Migrations.Latest + 1};";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => ArticleStore.Open(db));
        Assert.Contains("upgrade", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains((Migrations.Latest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
        // Refused means untouched: no table of ours was added and the version stays the newer one.
        Assert.Equal(Migrations.Latest + 1, StoreDb.Scalar(db, "PRAGMA user_version"));
        Assert.Equal(0, StoreDb.Scalar(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'"));
    }

    [Fact]
    public void A_store_in_a_missing_folder_is_refused_with_the_folder_named()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "no-such-folder", "x.db");
        var e = Assert.Throws<StoreException>(() => ArticleStore.Open(db));
        Assert.Contains("no-such-folder", e.Message);
    }
}
