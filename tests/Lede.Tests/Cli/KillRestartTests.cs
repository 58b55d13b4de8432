using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Lede.Tests.Cli;

public sealed class KillRestartTests
{
    // Files whose text repeats article 0's: a killed run must not lose or double their copy links either.
    private const int DuplicateEvery = 500;

    [Fact]
    public void A_digest_killed_mid_run_and_restarted_stores_every_article_exactly_once()
    {
        using var temp = new TempFolder();
        // A fast machine may finish before the kill lands: then try again with more to read.
        for (var size = 3000; ; size *= 2)
        {
            var input = temp.File($"in-{size}");
            var duplicates = Generate(input, size);
            var db = temp.File($"kill-{size}.db");

            int? seen;
            using (var run = CliProcess.Start(temp.Path, "digest", input, "--db", db, "--batch-size", "20"))
            {
                seen = WaitForSomeStored(db, run, size);
                run.Kill();
            }
            var afterKill = StoreDb.Articles(db); // opens and reads: the store survived the kill
            if (seen is null || afterKill >= size)
            {
                Assert.True(size < 12000, $"digest of {size} files always finished before it could be killed");
                continue;
            }

            Assert.InRange(afterKill, Math.Max(1, seen.Value), size - 1);
            var restart = CliProcess.Run(temp.Path, "digest", input, "--db", db, "--batch-size", "20");

            Assert.True(restart.ExitCode == 0, restart.ToString());
            Assert.Equal(size, StoreDb.Articles(db));
            Assert.Equal(size, StoreDb.Scalar(db, "SELECT COUNT(DISTINCT identity) FROM articles"));
            Assert.Equal(size, StoreDb.Scalar(db, "SELECT COUNT(*) FROM story_members"));
            Assert.Equal(duplicates, StoreDb.Scalar(db, "SELECT COUNT(*) FROM copies"));
            return;
        }
    }

    /// <summary>Distinct short articles, a few of them exact copies of the first; returns how many copies.</summary>
    private static int Generate(string folder, int size)
    {
        Directory.CreateDirectory(folder);
        var duplicates = 0;
        for (var i = 0; i < size; i++)
        {
            var n = i;
            if (i > 0 && i % DuplicateEvery == 0) { n = 0; duplicates++; }
            File.WriteAllText(Path.Combine(folder, $"a{i:D6}.txt"),
                $"Report {n}\n\nThe council of town{n} voted on budget{n * 7} and road{n * 13} today.\n");
        }
        return duplicates;
    }

    /// <summary>Polls the store as a second process would until some, not all, articles are committed; null if the run ended first.</summary>
    private static int? WaitForSomeStored(string db, CliProcess run, int size)
    {
        var clock = Stopwatch.StartNew();
        while (!run.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                if (File.Exists(db))
                {
                    var count = (int)StoreDb.Articles(db);
                    if (count > 0) return count < size ? count : null;
                }
            }
            // The schema may not exist yet, or the file is mid-creation: look again.
            catch (SqliteException) { }
            Thread.Sleep(5);
        }
        return null;
    }
}
