using System.Text;

namespace Lede.Evaluation;

/// <summary>One data row of a TSV file, with where it came from so that errors can name the line.</summary>
public sealed record TsvRow(string Path, int Line, IReadOnlyList<string> Fields)
{
    public string this[int column] => Fields[column];

    public EvalDatasetException Error(string why) => new($"{Path} line {Line}: {why}");
}

/// <summary>
/// The TSV files of the eval tasks (gold files, predictions): a header row, then one row per item.
/// No quoting, because the fields are ids and labels that never hold tabs or line breaks.
/// </summary>
public static class EvalTsv
{
    /// <summary>
    /// Reads the rows after checking that the header starts with <paramref name="columns"/>; later columns are
    /// allowed and kept. Blank lines are skipped. <paramref name="what"/> names the file in messages.
    /// </summary>
    public static IReadOnlyList<TsvRow> Read(string path, string what, params string[] columns)
    {
        if (!File.Exists(path))
            throw new EvalDatasetException($"{what} not found: {path}");
        var rows = new List<TsvRow>();
        var line = 0;
        var sawHeader = false;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Trim().Length == 0) continue;
            var fields = text.TrimEnd('\r').Split('\t');
            if (!sawHeader)
            {
                if (fields.Length < columns.Length || !fields.Take(columns.Length).Select(f => f.Trim()).SequenceEqual(columns))
                    throw new EvalDatasetException($"{path} line {line}: {what} must start with the header row {HeaderText(columns)}");
                sawHeader = true;
                continue;
            }
            var row = new TsvRow(path, line, fields.Select(f => f.Trim()).ToArray());
            if (fields.Length < columns.Length)
                throw row.Error($"expected {columns.Length} tab-separated fields ({string.Join(", ", columns)}), found {fields.Length}");
            if (row.Fields.Take(columns.Length).Any(f => f.Length == 0))
                throw row.Error("empty field");
            rows.Add(row);
        }
        if (!sawHeader)
            throw new EvalDatasetException($"{path}: {what} is empty (expected the header row {HeaderText(columns)})");
        return rows;
    }

    /// <summary>
    /// Reads rows keyed by their first column and checks that they cover exactly <paramref name="expectedIds"/>:
    /// an unknown or repeated id names its line, a missing one is named too.
    /// </summary>
    public static IReadOnlyDictionary<string, TsvRow> ReadById(
        string path, string what, IReadOnlyCollection<string> expectedIds, params string[] columns)
    {
        var expected = expectedIds as IReadOnlySet<string> ?? expectedIds.ToHashSet(StringComparer.Ordinal);
        var byId = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
        foreach (var row in Read(path, what, columns))
        {
            if (!expected.Contains(row[0]))
                throw row.Error($"unknown {columns[0]} '{row[0]}' (not in the dataset)");
            if (!byId.TryAdd(row[0], row))
                throw row.Error($"{columns[0]} '{row[0]}' appears twice (first on line {byId[row[0]].Line})");
        }
        var missing = expectedIds.Where(id => !byId.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            throw new EvalDatasetException($"{path}: {what} has no row for {missing.Count} of {expectedIds.Count} items, the first being '{missing[0]}'");
        return byId;
    }

    private static string HeaderText(string[] columns) => $"'{string.Join("<TAB>", columns)}'";

    public static void Write(string path, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        writer.WriteLine(string.Join('\t', columns));
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
                throw new ArgumentException($"row has {row.Count} fields, the header {columns.Count}", nameof(rows));
            if (row.Any(f => f.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0))
                throw new ArgumentException($"a field holds a tab or line break: {string.Join(" | ", row)}", nameof(rows));
            writer.WriteLine(string.Join('\t', row));
        }
    }
}
