namespace Lede.Tests;

/// <summary>Paths the tests share: the repository root (the folder holding Lede.slnx) and ../shared beside it.</summary>
public static class TestPaths
{
    private const string SolutionFile = "Lede.slnx";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Dataset(string name) => Path.Combine(Shared, "datasets", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        throw new InvalidOperationException($"no {SolutionFile} above {AppContext.BaseDirectory}");
    }
}
