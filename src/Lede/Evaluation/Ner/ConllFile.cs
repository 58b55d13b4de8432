using System.Text;

namespace Lede.Evaluation.Ner;

/// <summary>One line of a CoNLL file: its whitespace-separated columns, none on a sentence break.</summary>
public sealed record ConllLine(int Number, string Text, IReadOnlyList<string> Fields)
{
    /// <summary>conlleval's sentence break: an empty line, or one whose first column is its boundary token "-X-".</summary>
    public bool IsBoundary => Fields.Count == 0 || Fields[0] == "-X-";

    /// <summary>A document separator: a token line, tagged O, that no system needs to see.</summary>
    public bool IsDocStart => Fields.Count > 0 && Fields[0] == "-DOCSTART-";

    public EvalDatasetException Error(string path, string why) => new($"{path} line {Number}: {why}");
}

public static class ConllFile
{
    /// <summary>
    /// Reads every line, checking as conlleval does that token lines all have the same number of columns,
    /// and at least <paramref name="minColumns"/>.
    /// </summary>
    public static IReadOnlyList<ConllLine> Read(string path, string what, int minColumns)
    {
        if (!File.Exists(path))
            throw new EvalDatasetException($"{what} not found: {path}");
        var lines = new List<ConllLine>();
        int? columns = null;
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var line = new ConllLine(number, text.TrimEnd('\r', '\n'), fields);
            if (fields.Length > 0)
            {
                columns ??= fields.Length;
                if (fields.Length != columns)
                    throw line.Error(path, $"{fields.Length} columns where earlier lines have {columns}");
                if (fields.Length < minColumns)
                    throw line.Error(path, $"{what} needs at least {minColumns} columns, found {fields.Length}");
            }
            lines.Add(line);
        }
        if (columns is null)
            throw new EvalDatasetException($"{path}: {what} holds no tokens");
        return lines;
    }

    /// <summary>The sentences: runs of token lines between breaks, document separators left out.</summary>
    public static IReadOnlyList<IReadOnlyList<ConllLine>> Sentences(IReadOnlyList<ConllLine> lines)
    {
        var sentences = new List<IReadOnlyList<ConllLine>>();
        var current = new List<ConllLine>();
        foreach (var line in lines.Append(new ConllLine(0, "", [])))
        {
            if (!line.IsBoundary)
            {
                if (!line.IsDocStart) current.Add(line);
                continue;
            }
            if (current.Count > 0) sentences.Add(current);
            current = [];
        }
        return sentences;
    }

    /// <summary>The file as it was with one column added to each token line: conlleval's input.</summary>
    public static void WriteWithColumn(string path, IReadOnlyList<ConllLine> lines, IReadOnlyDictionary<int, string> addedByLine)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        foreach (var line in lines)
            writer.WriteLine(line.Fields.Count == 0 ? "" : $"{string.Join(' ', line.Fields)} {addedByLine.GetValueOrDefault(line.Number, "O")}");
    }
}
