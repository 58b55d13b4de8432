namespace Lede.Evaluation.Ner;

/// <summary>One token for scoring: gold and guessed tags, or a sentence break.</summary>
public readonly record struct ConllTagPair(string Gold, string Guess, bool IsBoundary = false)
{
    public static ConllTagPair Break { get; } = new("O", "O", true);
}

public sealed record ConllScore(
    PrecisionRecall Overall,
    IReadOnlyDictionary<string, PrecisionRecall> ByType,
    long Tokens,
    long CorrectTags)
{
    public double TokenAccuracy => Tokens == 0 ? 0 : (double)CorrectTags / Tokens;
}

/// <summary>
/// Entity-level scoring exactly as conlleval.pl (CoNLL-2000/2003) does it, including its chunk rules: a chunk
/// starts and ends by the B/I/E/O prefixes and wherever the type changes, so IOB1 (I- throughout, B- only
/// between touching chunks of one type) and IOB2 are both read, and an ill-formed I- after O or after
/// another type opens a new chunk. A chunk is correct when gold and guess start and end it together with one type.
/// </summary>
public static class ConllEval
{
    public static ConllScore Score(IEnumerable<ConllTagPair> tokens)
    {
        var correctChunks = new Dictionary<string, long>(StringComparer.Ordinal);
        var goldChunks = new Dictionary<string, long>(StringComparer.Ordinal);
        var guessedChunks = new Dictionary<string, long>(StringComparer.Ordinal);
        string lastCorrect = "O", lastCorrectType = "", lastGuessed = "O", lastGuessedType = "";
        var inCorrect = false;
        long tokenCount = 0, correctTags = 0;

        foreach (var token in tokens)
        {
            var (correct, correctType) = token.IsBoundary ? ("O", "") : Split(token.Gold);
            var (guessed, guessedType) = token.IsBoundary ? ("O", "") : Split(token.Guess);
            var correctEnds = EndOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            var guessedEnds = EndOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
            if (inCorrect)
            {
                if (correctEnds && guessedEnds && lastGuessedType == lastCorrectType)
                {
                    inCorrect = false;
                    Increment(correctChunks, lastCorrectType);
                }
                else if (correctEnds != guessedEnds || guessedType != correctType)
                {
                    inCorrect = false;
                }
            }
            var correctStarts = StartOfChunk(lastCorrect, correct, lastCorrectType, correctType);
            var guessedStarts = StartOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
            if (correctStarts && guessedStarts && guessedType == correctType) inCorrect = true;
            if (correctStarts) Increment(goldChunks, correctType);
            if (guessedStarts) Increment(guessedChunks, guessedType);
            if (!token.IsBoundary)
            {
                if (correct == guessed && guessedType == correctType) correctTags++;
                tokenCount++;
            }
            (lastCorrect, lastCorrectType, lastGuessed, lastGuessedType) = (correct, correctType, guessed, guessedType);
        }
        if (inCorrect) Increment(correctChunks, lastCorrectType);

        var byType = new SortedDictionary<string, PrecisionRecall>(StringComparer.Ordinal);
        foreach (var type in goldChunks.Keys.Union(guessedChunks.Keys))
            byType[type] = new PrecisionRecall(Get(correctChunks, type), Get(guessedChunks, type), Get(goldChunks, type));
        var overall = new PrecisionRecall(correctChunks.Values.Sum(), guessedChunks.Values.Sum(), goldChunks.Values.Sum());
        return new ConllScore(overall, byType, tokenCount, correctTags);
    }

    /// <summary>conlleval splits at the first hyphen, so that types may hold hyphens; a tag without one has no type.</summary>
    private static (string Prefix, string Type) Split(string tag)
    {
        var dash = tag.IndexOf('-');
        return dash < 0 ? (tag, "") : (tag[..dash], tag[(dash + 1)..]);
    }

    internal static bool EndOfChunk(string prevTag, string tag, string prevType, string type) =>
        (prevTag, tag) is ("B", "B") or ("B", "O") or ("I", "B") or ("I", "O") or ("E", "E") or ("E", "I") or ("E", "O")
        || (prevTag != "O" && prevTag != "." && prevType != type)
        || prevTag is "]" or "[";

    internal static bool StartOfChunk(string prevTag, string tag, string prevType, string type) =>
        (prevTag, tag) is ("B", "B") or ("I", "B") or ("O", "B") or ("O", "I") or ("E", "E") or ("E", "I") or ("O", "E")
        || (tag != "O" && tag != "." && prevType != type)
        || tag is "[" or "]";

    private static void Increment(Dictionary<string, long> counts, string type) =>
        counts[type] = Get(counts, type) + 1;

    private static long Get(Dictionary<string, long> counts, string type) =>
        counts.TryGetValue(type, out var n) ? n : 0;
}
