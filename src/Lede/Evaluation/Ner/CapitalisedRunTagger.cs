namespace Lede.Evaluation.Ner;

/// <summary>
/// The stand-in until Lede has an entity stage: no gazetteer, no training. A run of capitalised tokens is one
/// entity; a sentence's first word joins only a run that goes on, since every sentence starts with a capital.
/// The type comes from the run's shape: two words read as a person's name, an all-capital first word as an
/// organisation's acronym, anything else as a place. Output is IOB1 (I- only: runs never touch).
/// </summary>
public static class CapitalisedRunTagger
{
    public const string Name = "baseline: capitalised-token runs (sentence start only inside a run), typed by shape: 2 tokens PER, all-caps lead ORG, else LOC";

    public static IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        // Headlines are in capitals throughout, so there capitals say nothing.
        var headline = IsHeadline(tokens);
        var capitalised = tokens.Select(t => IsCapitalised(t, headline)).ToArray();
        if (capitalised.Length > 0 && (capitalised.Length == 1 || !capitalised[1])) capitalised[0] = false;
        for (var start = 0; start < tokens.Count;)
        {
            if (!capitalised[start]) { start++; continue; }
            var end = start;
            while (end < tokens.Count && capitalised[end]) end++;
            var type = end - start == 2 ? "PER" : IsAllCaps(tokens[start]) ? "ORG" : "LOC";
            for (var i = start; i < end; i++) tags[i] = "I-" + type;
            start = end;
        }
        return tags;
    }

    private static bool IsCapitalised(string token, bool headline) =>
        char.IsUpper(token[0]) && (token.Any(char.IsLower) || (!headline && IsAllCaps(token)));

    private static bool IsAllCaps(string token) => token.Length > 1 && token.All(char.IsUpper);

    private static bool IsHeadline(IReadOnlyList<string> tokens)
    {
        var words = tokens.Where(t => t.Any(char.IsLetter)).ToList();
        return words.Count > 0 && words.Count(t => t.All(c => !char.IsLower(c))) >= 0.6 * words.Count;
    }
}
