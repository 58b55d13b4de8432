namespace Lede.Copies;

/// <summary>
/// Everything the copies stage keeps of an article, computed once on arrival: its sentences, its MinHash
/// signature, the index keys it was filed under, and how strongly it claims to be a wire original.
/// </summary>
public sealed class CopyFingerprint
{
    private CopyFingerprint(CopyCandidate article, IReadOnlyList<CopySentence> sentences, int[] content, int contentWords,
        ulong[] signature, ulong[] bandKeys, ulong[] anchorKeys, int attribution)
    {
        Article = article;
        Sentences = sentences;
        Content = content;
        ContentWords = contentWords;
        Signature = signature;
        BandKeys = bandKeys;
        AnchorKeys = anchorKeys;
        Attribution = attribution;
    }

    public CopyCandidate Article { get; }
    public string Identity => Article.Identity;
    public IReadOnlyList<CopySentence> Sentences { get; }

    /// <summary>Indexes (into Sentences) of the content sentences, in order.</summary>
    public int[] Content { get; }

    /// <summary>Words in content sentences: the measure of how much of an article a copy carries.</summary>
    public int ContentWords { get; }

    public ulong[] Signature { get; }
    /// <summary>LSH band keys, and last the key of the exact text.</summary>
    public ulong[] BandKeys { get; }
    public ulong[] AnchorKeys { get; }
    public int Attribution { get; }

    private SentenceWordIndex? _wordIndex;

    /// <summary>Built when the article is first aligned as the copy side; released once it is observed, as live entries never need it.</summary>
    internal SentenceWordIndex WordIndex => _wordIndex ??= SentenceWordIndex.Of(this);

    internal void ReleaseWordIndex() => _wordIndex = null;

    internal void PrepareWordIndex() => _wordIndex ??= SentenceWordIndex.Of(this);

    private const ulong AnchorSeed = 0xA4C4_02D5_17E5_0001UL;
    private const ulong ExactSeed = 0xE4AC_7000_0000_0001UL;

    public static CopyFingerprint Of(CopyCandidate article, CopyOptions options, MinHasher hasher)
    {
        var sentences = CopyText.Sentences(article.Text);
        var contentCount = 0;
        var contentWords = 0;
        foreach (var s in sentences)
            if (s.IsContent(options))
            {
                contentCount++;
                contentWords += s.Words.Length;
            }
        var content = new int[contentCount];
        // Shingles run over the content sentences only, so that another site's clutter lines change no shingle.
        var words = new uint[contentWords];
        for (int i = 0, c = 0, w = 0; i < sentences.Count; i++)
            if (sentences[i].IsContent(options))
            {
                content[c++] = i;
                sentences[i].Words.CopyTo(words, w);
                w += sentences[i].Words.Length;
            }
        var shingles = new ulong[Math.Max(1, words.Length - options.ShingleWords + 1)];
        var shingleCount = MinHasher.Shingles(words, options.ShingleWords, shingles);
        var signature = hasher.Signature(shingles.AsSpan(0, shingleCount));
        // The normalised text's own hash is one more key: an exact copy is found however short the text.
        ulong[] bandKeys = [.. words.Length == 0 ? [] : Bands(signature, options), MinHasher.Mix(ExactSeed ^ CopyText.Id(article.ContentHash))];
        var anchors = new HashSet<ulong>();
        foreach (var i in content)
        {
            // Consecutive immutables of one sentence: survives synonym swaps and reordered or dropped sentences.
            var m = sentences[i].Immutables;
            for (var k = 0; k + 1 < m.Length; k++)
                if (m[k] != m[k + 1])
                    anchors.Add(MinHasher.Mix(AnchorSeed ^ ((ulong)m[k] << 32 | m[k + 1])));
        }
        return new CopyFingerprint(article, sentences, content, contentWords, signature, bandKeys, anchors.ToArray(),
            CopyAttribution.Score(article.Text));
    }

    private static ulong[] Bands(ulong[] signature, CopyOptions options)
    {
        var keys = new ulong[options.MinHashBands];
        for (var b = 0; b < options.MinHashBands; b++)
        {
            var h = MinHasher.Mix(0xBA4D_0000UL + (ulong)b);
            for (var r = 0; r < options.MinHashRows; r++) h = MinHasher.Mix(h ^ signature[b * options.MinHashRows + r]);
            keys[b] = h;
        }
        return keys;
    }
}
