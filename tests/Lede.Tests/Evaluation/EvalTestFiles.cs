namespace Lede.Tests.Evaluation;

/// <summary>A scratch folder for one test's files, removed afterwards.</summary>
public sealed class EvalTestFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("lede-eval-test-").FullName;

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public static string Dataset(string name, params string[] parts) => Path.Combine([TestPaths.Dataset(name), .. parts]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
