using System.Diagnostics;
using System.Text;

namespace Lede.Tests.Cli;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// The real `lede` as a separate process, built beside the tests (same configuration) because the test
/// project references Lede.Cli without its assembly: exit codes, stdout and kills are only honest that way.
/// </summary>
public sealed class CliProcess : IDisposable
{
    public static string Dll { get; } = FindDll();

    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private CliProcess(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // No progress bar: it would be drawn into the captured output.
        start.Environment["CI"] = "true";
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.StandardInput.Close();
        // Both pipes are drained from the start: a full pipe would stall the process, not the test.
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public static CliProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    /// <summary>Runs lede to completion in the given folder (a test's temp folder, so no stray lede.db lands in the repo).</summary>
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        return process.Wait(TimeSpan.FromSeconds(60));
    }

    public bool HasExited => _process.HasExited;

    public CliResult Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException($"lede did not finish within {timeout}: {_stdout.Result}{_stderr.Result}");
        }
        _process.WaitForExit(); // flushes the redirected streams
        return new CliResult(_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>SIGKILL on Linux: no finally block, no Dispose, no flush runs in lede.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private static string FindDll()
    {
        // The tests run from tests/Lede.Tests/bin/<Configuration>/<tfm>/: lede is built to the same pair.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = output.Name;
        var configuration = output.Parent?.Name ?? throw new InvalidOperationException($"unexpected test output folder {output}");
        var dll = Path.Combine(TestPaths.RepoRoot, "src", "Lede.Cli", "bin", configuration, tfm, "Lede.Cli.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: build the solution ({configuration}) before running the tests");
        return dll;
    }
}
