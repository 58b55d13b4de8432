using System.Globalization;
using System.Text;

namespace Lede.Streams;

/// <summary>Word-level edits of running text that keep its spacing and punctuation: the stream's re-dating, renaming and spinning.</summary>
public static class CopyTokens
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly HashSet<string> Calendar = new(Months.Concat(Weekdays)
        .Concat(Months.Select(m => m[..3])).Concat(Weekdays.Select(d => d[..3])), StringComparer.OrdinalIgnoreCase);

    /// <summary>The word inside a whitespace token: from its first to its last letter or digit ("" when none).</summary>
    public static string Core(string token)
    {
        var (start, end) = Bounds(token);
        return start < 0 ? "" : token[start..(end + 1)];
    }

    public static bool IsCalendarWord(string core) => Calendar.Contains(core);

    private static (int Start, int End) Bounds(string token)
    {
        var start = -1;
        for (var i = 0; i < token.Length; i++) if (char.IsLetterOrDigit(token[i])) { start = i; break; }
        if (start < 0) return (-1, -1);
        var end = start;
        for (var i = token.Length - 1; i >= start; i--) if (char.IsLetterOrDigit(token[i])) { end = i; break; }
        return (start, end);
    }

    /// <summary>
    /// Rewrites each word of a paragraph through `edit` (given the word, whether it opens a sentence), keeping the
    /// punctuation around it; null from `edit` keeps the word.
    /// </summary>
    public static string Map(string paragraph, Func<string, bool, string?> edit)
    {
        var sb = new StringBuilder(paragraph.Length + 16);
        var opens = true;
        foreach (var token in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            var (start, end) = Bounds(token);
            if (start < 0)
            {
                sb.Append(token);
                continue;
            }
            var core = token[start..(end + 1)];
            var replaced = edit(core, opens) ?? core;
            sb.Append(token, 0, start).Append(replaced).Append(token, end + 1, token.Length - end - 1);
            opens = token[^1] is '.' or '!' or '?' || token.Length > 1 && token[^2] is '.' or '!' or '?' && token[^1] is '"' or '\'' or '”';
        }
        return sb.ToString();
    }

    /// <summary>
    /// Makes a dev paragraph new for one generated article: its names swapped for others (the same name the same way
    /// throughout the article), its numbers rolled again, its years, months and weekdays moved to the article's date,
    /// and some words swapped for synonyms. Two articles drawing on one dev paragraph then share few word 5-grams
    /// and no pair of names, as two outlets' sentences about unrelated events would.
    /// </summary>
    public static string Freshen(string paragraph, CopyArticleContext context) => Map(paragraph, (core, opens) =>
    {
        var random = context.Random;
        if (core.All(char.IsDigit))
        {
            if (core.Length == 4 && int.TryParse(core, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
                return (context.Date.Year - (random.Next(4) == 0 ? 1 : 0)).ToString(CultureInfo.InvariantCulture);
            return context.Numbers.TryGetValue(core, out var n) ? n : context.Numbers[core] = Digits(core, random);
        }
        if (core.Any(char.IsDigit)) return context.Numbers.TryGetValue(core, out var m) ? m : context.Numbers[core] = Digits(core, random);
        if (IsCalendarWord(core))
        {
            var month = Months.FirstOrDefault(x => x.StartsWith(core, StringComparison.OrdinalIgnoreCase));
            var name = month is not null ? Months[context.Date.Month - 1] : Weekdays[(int)context.Date.DayOfWeek];
            return core.Length == 3 ? name[..3] : name;
        }
        if (char.IsUpper(core[0]) && !opens && core.Length > 1)
            return context.Names.TryGetValue(core, out var renamed) ? renamed
                : context.Names[core] = context.NamePool[random.Next(context.NamePool.Count)];
        return Synonym(core, opens, context.SynonymRate, random);
    });

    /// <summary>Swaps a word for a synonym with probability `rate` (when the thesaurus has one), keeping an initial capital.</summary>
    public static string? Synonym(string core, bool opens, double rate, Random random)
    {
        if (rate <= 0 || core.Length < 2) return null;
        var lower = core.ToLowerInvariant();
        var capital = char.IsUpper(core[0]);
        // Only lower-case words and sentence openers: a capital inside a sentence is a name.
        if (capital && !opens) return null;
        if (random.NextDouble() >= rate || CopySynonyms.Alternative(lower, random) is not { } alternative) return null;
        return capital ? char.ToUpperInvariant(alternative[0]) + alternative[1..] : alternative;
    }

    private static string Digits(string core, Random random)
    {
        var chars = core.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (char.IsDigit(chars[i])) chars[i] = (char)('0' + (i == 0 && chars.Length > 1 && core.All(char.IsDigit) ? random.Next(1, 10) : random.Next(10)));
        return new string(chars);
    }
}

/// <summary>What stays the same across one generated article while its paragraphs are freshened.</summary>
public sealed class CopyArticleContext(Random random, DateTimeOffset date, IReadOnlyList<string> namePool, double synonymRate)
{
    public Random Random { get; } = random;
    public DateTimeOffset Date { get; } = date;
    public IReadOnlyList<string> NamePool { get; } = namePool;
    public double SynonymRate { get; } = synonymRate;
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Numbers { get; } = new(StringComparer.Ordinal);
}
