namespace Lede.Dates;

/// <summary>Which runs of digits can carry a pattern's match (each match contains one).</summary>
[Flags]
internal enum DigitRuns
{
    None = 0,
    /// <summary>One or two digits: an hour ("10 a.m.", "14:30 GMT").</summary>
    Short = 1,
    /// <summary>Four digits from 1600 to 2099 standing alone: a year.</summary>
    Year = 2,
    /// <summary>Four digits followed by a hyphen: an ISO date.</summary>
    BeforeHyphen = 4,
    /// <summary>Digits followed by a slash: a numeric date.</summary>
    BeforeSlash = 8,
    /// <summary>Two or four digits followed by s or an apostrophe: a decade ("1990s", "'80s").</summary>
    Decade = 16,
}

/// <summary>What every match of one pattern family contains: one of these whole words (any case), a word
/// ending in <paramref name="Suffix"/>, or a run of digits of one of these kinds.</summary>
internal sealed record TriggerSpec(string[] Words, DigitRuns Digits = DigitRuns.None, string? Suffix = null);

/// <summary>A word or run of digits that can carry a match of the families in <see cref="Mask"/> (bit = family).</summary>
internal readonly record struct Trigger(int Start, int End, uint Mask);

/// <summary>
/// Finds, in one pass over the words of a text, where each pattern family can match at all. Most news words
/// carry no temporal expression; running a family's regex only in a window around its trigger words costs
/// a fraction of running it over every sentence, which must try every word boundary. One dictionary lookup
/// per word replaces a separate search per family.
/// </summary>
internal sealed class TriggerIndex
{
    // No trigger word is shorter or longer, so other words skip the lookup.
    private const int MinWord = 3, MaxWord = 12;

    private readonly Dictionary<string, uint> words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly (string Suffix, uint Mask)[] suffixes;
    private readonly uint shortDigits, years, beforeHyphen, beforeSlash, decades;

    public TriggerIndex(IReadOnlyList<TriggerSpec> specs)
    {
        if (specs.Count > 32) throw new ArgumentException("at most 32 families", nameof(specs));
        var suffixList = new List<(string, uint)>();
        for (var p = 0; p < specs.Count; p++)
        {
            var bit = 1u << p;
            foreach (var w in specs[p].Words)
            {
                if (w.Length is < MinWord or > MaxWord) throw new ArgumentException($"trigger word length: {w}", nameof(specs));
                words[w] = words.GetValueOrDefault(w) | bit;
            }
            if (specs[p].Suffix is { } s) suffixList.Add((s, bit));
            var d = specs[p].Digits;
            if (d.HasFlag(DigitRuns.Short)) shortDigits |= bit;
            if (d.HasFlag(DigitRuns.Year)) years |= bit;
            if (d.HasFlag(DigitRuns.BeforeHyphen)) beforeHyphen |= bit;
            if (d.HasFlag(DigitRuns.BeforeSlash)) beforeSlash |= bit;
            if (d.HasFlag(DigitRuns.Decade)) decades |= bit;
        }
        suffixes = [.. suffixList];
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The triggers of a text in text order.</summary>
    public List<Trigger> Scan(string text)
    {
        var found = new List<Trigger>(text.Length / 64);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var end = i + 1;
                while (end < text.Length && char.IsLetter(text[end])) end++;
                var mask = WordMask(text.AsSpan(i, end - i));
                if (mask != 0) found.Add(new Trigger(i, end, mask));
                i = end;
            }
            else if (char.IsDigit(c))
            {
                var end = i + 1;
                while (end < text.Length && char.IsDigit(text[end])) end++;
                var mask = DigitMask(text, i, end);
                if (mask != 0) found.Add(new Trigger(i, end, mask));
                i = end;
            }
            else i++;
        }
        return found;
    }

    private uint WordMask(ReadOnlySpan<char> word)
    {
        var mask = 0u;
        if (word.Length is >= MinWord and <= MaxWord && lookup.TryGetValue(word, out var m)) mask = m;
        foreach (var (suffix, bit) in suffixes)
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) mask |= bit;
        return mask;
    }

    private uint DigitMask(string text, int start, int end)
    {
        var length = end - start;
        var next = end < text.Length ? text[end] : '\0';
        var mask = 0u;
        if (length <= 2) mask |= shortDigits;
        if (length == 4 && (text[start] == '1' && text[start + 1] is >= '6' and <= '9' || text[start] == '2' && text[start + 1] == '0'))
            mask |= years;
        if (length == 4 && next == '-') mask |= beforeHyphen;
        if (next == '/') mask |= beforeSlash;
        if (length is 2 or 4 && next is 's' or 'S' or '\'' or '’') mask |= decades;
        return mask;
    }
}
