namespace Lede.Extraction;

/// <summary>
/// A cheap first opinion on a text's language: which Latin-script language's function words ("der", "the",
/// "les") make up a clear share of it, and which script its letters are in. Microseconds, against milliseconds
/// for the n-gram model, and enough to confirm the language a page declares, which is the common case.
/// </summary>
internal static class FunctionWords
{
    public enum Script { Latin, Cyrillic, Arabic, Cjk }

    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["en"] = ["the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "it", "by", "this", "from", "have", "has", "be", "at", "as", "not", "but", "will", "they", "he", "she", "we", "which", "an", "were"],
        ["de"] = ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "des", "auf", "für", "dem", "ein", "eine", "auch", "im", "es", "zu", "wird", "bei", "wie", "aus", "sind", "oder", "nach", "noch", "wurde", "einer"],
        ["fr"] = ["le", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au", "avec", "ce", "par", "sont", "il", "elle", "nous", "mais", "aux", "cette", "été", "plus", "ont", "ou", "ses", "leur"],
        ["es"] = ["el", "los", "las", "del", "que", "y", "en", "un", "una", "por", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "este", "está", "son", "muy", "también", "entre", "sobre", "hay"],
        ["it"] = ["il", "di", "che", "è", "per", "non", "con", "della", "dei", "gli", "sono", "nel", "alla", "anche", "come", "più", "ma", "questo", "delle", "nella", "degli", "ha", "essere", "tra", "dalla", "sul", "ci", "si", "una", "del"],
        ["pt"] = ["os", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "no", "na", "por", "mais", "dos", "das", "ao", "é", "foi", "pelo", "pela", "como", "mas", "seu", "sua", "também", "são", "está", "isso", "ele"],
        ["nl"] = ["het", "een", "van", "en", "dat", "op", "te", "voor", "niet", "met", "zijn", "er", "die", "aan", "ook", "als", "bij", "maar", "door", "wordt", "worden", "naar", "werd", "hij", "zij", "om", "nog", "heeft", "kan", "deze"],
    };

    private static readonly Dictionary<string, List<string>> LanguagesOf = BuildIndex();

    private static Dictionary<string, List<string>> BuildIndex()
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (language, words) in Words)
            foreach (var word in words)
                (index.TryGetValue(word, out var list) ? list : index[word] = []).Add(language);
        return index;
    }

    public static Script ScriptOf(string language) => language switch
    {
        "ru" or "uk" => Script.Cyrillic,
        "ar" => Script.Arabic,
        "zh" or "ja" => Script.Cjk,
        _ => Script.Latin,
    };

    /// <summary>The script of most of the letters, or null when none has a clear majority.</summary>
    public static Script? DominantScript(string text)
    {
        int latin = 0, cyrillic = 0, arabic = 0, cjk = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (c < 'ʰ') latin++;
            else if (c is >= 'Ѐ' and <= 'ԯ') cyrillic++;
            else if (c is >= '؀' and <= 'ۿ') arabic++;
            else if (c is >= '぀' and <= 'ヿ' or >= '㐀' and <= '鿿' or >= '가' and <= '힯') cjk++;
        }
        var total = latin + cyrillic + arabic + cjk;
        if (total == 0) return null;
        // Ideographs carry a word each, so a third of the letters already makes a CJK page.
        if (cjk * 3 >= total) return Script.Cjk;
        if (latin * 2 > total) return Script.Latin;
        if (cyrillic * 2 > total) return Script.Cyrillic;
        if (arabic * 2 > total) return Script.Arabic;
        return null;
    }

    /// <summary>
    /// The language whose function words are at least <paramref name="minShare"/> of the words and
    /// <paramref name="margin"/> times as frequent as any other's, or null when the text is not that clear.
    /// </summary>
    public static string? Vote(string text, double minShare, double margin)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        var span = text.AsSpan();
        Span<char> lower = stackalloc char[24];
        for (var i = 0; i < span.Length;)
        {
            if (!char.IsLetter(span[i])) { i++; continue; }
            var start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            words++;
            if (i - start > lower.Length) continue;
            var n = span[start..i].ToLowerInvariant(lower);
            if (LanguagesOf.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..n], out var languages))
                foreach (var language in languages) counts[language] = counts.GetValueOrDefault(language) + 1;
        }
        if (words == 0 || counts.Count == 0) return null;
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        var (best, hits) = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        return hits >= minShare * words && hits >= margin * second ? best : null;
    }
}
