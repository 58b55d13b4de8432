namespace Lede.Copies;

/// <summary>
/// One aligned sentence pair as a copy link keeps it: the sentence numbers (1-based, as the evidence line writes them)
/// and the sentences themselves. OriginalText is null where the original's sentence is the copy's word for word.
/// </summary>
public sealed record EvidencePair(int CopySentence, int OriginalSentence, double Similarity, string CopyText, string? OriginalText = null);

/// <summary>
/// The sentence alignment behind a copy link as it is stored and shown. It keeps the sentences rather than indexes into
/// them, so that it reads the same after the sentence splitter changes; an unchanged sentence is kept once, since it is
/// most of a syndicated copy. Coverages are shares of each article's content words.
/// </summary>
public sealed record AlignmentEvidence(
    IReadOnlyList<EvidencePair> Pairs,
    int CopySentences,
    int OriginalSentences,
    double CopyCoverage,
    double OriginalCoverage,
    double MeanSimilarity,
    double OrderKept,
    int Unchanged)
{
    /// <summary>Pairs that follow the original's order (the longest run of them in order).</summary>
    public int InOrder => (int)Math.Round(OrderKept * Pairs.Count);

    public bool OrderWhole => InOrder == Pairs.Count;

    public static AlignmentEvidence Of(CopyFingerprint copy, CopyFingerprint original, CopyAlignment a, CopyOptions options)
    {
        var pairs = a.Pairs.Select(p =>
        {
            var (c, o) = (copy.TextOf(p.Copy), original.TextOf(p.Original));
            return new EvidencePair(p.Copy + 1, p.Original + 1, Math.Round(p.Similarity, 4), c, string.Equals(c, o, StringComparison.Ordinal) ? null : o);
        }).ToList();
        return new AlignmentEvidence(pairs, a.CopySentences, a.OriginalSentences, Math.Round(a.CopyCoverage, 4), Math.Round(a.OriginalCoverage, 4),
            Math.Round(a.MeanSimilarity, 4), Math.Round(a.OrderKept, 4), a.Pairs.Count(p => p.Similarity >= options.SameSentence));
    }
}
