namespace Lede.Tests;

public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Shared => Path.Combine(RepoRoot, "..", "shared");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lede.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Lede.slnx above {AppContext.BaseDirectory}");
    }
}
