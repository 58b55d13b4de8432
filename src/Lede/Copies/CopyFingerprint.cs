using System.Buffers;

namespace Lede.Copies;

/// <summary>
/// Everything the copies stage keeps of an article, computed once on arrival: its sentences, its MinHash
/// signature, the index keys it was filed under; and, when first asked for, how strongly it claims to be a wire original.
/// </summary>
public sealed class CopyFingerprint
{
    private CopyFingerprint(CopyCandidate article, CopyWords words, int[] content, int contentWords, ulong[] bandKeys, ulong[] anchorKeys)
    {
        Article = article;
        Sentences = words.Sentences;
        _words = words.Words;
        _contentIds = words.ContentIds;
        Content = content;
        ContentWords = contentWords;
        BandKeys = bandKeys;
        AnchorKeys = anchorKeys;
    }

    private readonly uint[] _words;
    private readonly uint[] _contentIds;

    public CopyCandidate Article { get; }
    public string Identity => Article.Identity;
    public IReadOnlyList<CopySentence> Sentences { get; }

    /// <summary>Indexes (into Sentences) of the content sentences, in order.</summary>
    public int[] Content { get; }

    /// <summary>Words in content sentences: the measure of how much of an article a copy carries.</summary>
    public int ContentWords { get; }

    /// <summary>LSH band keys, and last the key of the exact text.</summary>
    public ulong[] BandKeys { get; }
    public ulong[] AnchorKeys { get; }
    // Not scored yet; a plain int, so that threads reading it at once see either this or the score (each may score it).
    private const int Unscored = int.MinValue;
    private int _attribution = Unscored;

    /// <summary>
    /// How strongly the article claims to be a wire original (<see cref="CopyAttribution"/>). Read only where publication
    /// dates cannot decide which of two articles is the original, so it is scored when first asked for rather than for
    /// every article (three patterns over the whole text).
    /// </summary>
    public int Attribution => _attribution != Unscored ? _attribution : _attribution = CopyAttribution.Score(Article.Text);

    /// <summary>The word ids of a sentence, in order.</summary>
    public ReadOnlySpan<uint> WordsOf(int sentence) => _words.AsSpan(Sentences[sentence].WordStart, Sentences[sentence].WordCount);

    /// <summary>The distinct content word ids of a sentence, sorted.</summary>
    public ReadOnlySpan<uint> ContentIdsOf(int sentence) => _contentIds.AsSpan(Sentences[sentence].ContentStart, Sentences[sentence].ContentCount);

    public int WordCount(int sentence) => Sentences[sentence].WordCount;

    /// <summary>The sentence as written (cut out of the article's text only when asked for, as evidence).</summary>
    public string TextOf(int sentence) => Article.Text.Substring(Sentences[sentence].Start, Sentences[sentence].Length);

    [ThreadStatic] private static HashSet<ulong>? t_anchors;

    private const ulong AnchorSeed = 0xA4C4_02D5_17E5_0001UL;
    private const ulong ExactSeed = 0xE4AC_7000_0000_0001UL;

    public static CopyFingerprint Of(CopyCandidate article, CopyOptions options, MinHasher hasher)
    {
        var split = CopyText.Sentences(article.Text);
        var sentences = split.Sentences;
        var contentCount = 0;
        var contentWords = 0;
        foreach (var s in sentences)
            if (s.IsContent(options))
            {
                contentCount++;
                contentWords += s.WordCount;
            }
        var content = new int[contentCount];
        // Shingles run over the content sentences only, so that another site's clutter lines change no shingle.
        var words = ArrayPool<uint>.Shared.Rent(Math.Max(1, contentWords));
        for (int i = 0, c = 0, w = 0; i < sentences.Length; i++)
            if (sentences[i].IsContent(options))
            {
                content[c++] = i;
                split.Words.AsSpan(sentences[i].WordStart, sentences[i].WordCount).CopyTo(words.AsSpan(w));
                w += sentences[i].WordCount;
            }
        var shingles = ArrayPool<ulong>.Shared.Rent(Math.Max(1, contentWords - options.ShingleWords + 1));
        var shingleCount = MinHasher.Shingles(words.AsSpan(0, contentWords), options.ShingleWords, shingles);
        Span<ulong> signature = stackalloc ulong[hasher.Size];
        hasher.Signature(shingles.AsSpan(0, shingleCount), signature);
        ArrayPool<ulong>.Shared.Return(shingles);
        ArrayPool<uint>.Shared.Return(words);
        // The normalised text's own hash is one more key: an exact copy is found however short the text.
        var bandCount = contentWords == 0 ? 0 : options.MinHashBands;
        var bandKeys = new ulong[bandCount + 1];
        if (bandCount > 0) Bands(signature, options, bandKeys);
        bandKeys[bandCount] = MinHasher.Mix(ExactSeed ^ CopyText.Id(article.ContentHash));
        // Reused by the thread: anchors are collected in first-seen order (the order candidates are counted in).
        var anchors = t_anchors ??= [];
        anchors.Clear();
        foreach (var i in content)
        {
            // Consecutive immutables of one sentence: survives synonym swaps and reordered or dropped sentences.
            var from = i == 0 ? 0 : split.ImmutableEnds[i - 1];
            var m = split.Immutables.AsSpan(from, split.ImmutableEnds[i] - from);
            for (var k = 0; k + 1 < m.Length; k++)
                if (m[k] != m[k + 1])
                    anchors.Add(MinHasher.Mix(AnchorSeed ^ ((ulong)m[k] << 32 | m[k + 1])));
        }
        return new CopyFingerprint(article, split, content, contentWords, bandKeys, [.. anchors]);
    }

    private static void Bands(ReadOnlySpan<ulong> signature, CopyOptions options, Span<ulong> keys)
    {
        for (var b = 0; b < options.MinHashBands; b++)
        {
            var h = MinHasher.Mix(0xBA4D_0000UL + (ulong)b);
            for (var r = 0; r < options.MinHashRows; r++) h = MinHasher.Mix(h ^ signature[b * options.MinHashRows + r]);
            keys[b] = h;
        }
    }
}
