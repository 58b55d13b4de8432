namespace Lede.Dates;

/// <summary>
/// Cuts text into the stretches that the tagger's patterns run on: lines, and sentences within them. No
/// temporal expression crosses a sentence end, so nothing is lost; a cut is made only where it is sure ("...
/// said. The", not "Sept. 30", "10 a.m. Friday" or "U.S. Army"), and an overlong stretch without one is cut at
/// a space, as the patterns span a few words at most.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Col", "Sgt", "Capt", "Prof", "Rev", "Jr", "Sr", "St",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Fig", "Vol",
    };

    public static IEnumerable<(int Start, int Length)> Split(string text, int maxChars)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cut = -1;
            if (c == '\n') cut = i + 1;
            else if (c is '.' or '?' or '!' && IsSentenceEnd(text, i)) cut = i + 1;
            else if (i - start >= maxChars && char.IsWhiteSpace(c)) cut = i + 1;
            if (cut < 0) continue;
            if (cut - start > 1) yield return (start, cut - start);
            start = cut;
        }
        if (start < text.Length) yield return (start, text.Length - start);
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        if (i + 2 >= text.Length || text[i + 1] != ' ') return false;
        var next = text[i + 2];
        if (!char.IsUpper(next) && next is not ('"' or '`' or '\'' or '“')) return false;
        // The word before the stop: a real word of three letters or more, not an abbreviation or initialism.
        var k = i - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        var word = text.AsSpan(k + 1, i - k - 1);
        if (word.Length < 3 || k >= 0 && text[k] == '.') return false;
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
