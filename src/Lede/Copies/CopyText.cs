using System.IO.Hashing;
using System.Text;
using System.Runtime.InteropServices;

namespace Lede.Copies;

/// <summary>
/// One sentence as the copies stage compares it: where its text lies in the article's, and where its words lie in the
/// article's flat arrays (<see cref="CopyWords"/>): word ids in order, and its distinct content words sorted. A plain
/// struct over shared arrays, so that a live index holds a few arrays per article rather than a few objects per sentence.
/// </summary>
public readonly record struct CopySentence(int Start, int Length, int WordStart, int WordCount, int ContentStart, int ContentCount)
{
    public bool IsContent(CopyOptions options) => WordCount >= options.MinSentenceTokens;
}

/// <summary>
/// An article split into sentences: all its word ids in one array, each sentence's distinct content words (sorted) in
/// another, and its immutables (names, numbers) in a third, which <see cref="ImmutableEnds"/> cuts by sentence.
/// </summary>
public sealed record CopyWords(CopySentence[] Sentences, uint[] Words, uint[] ContentIds, uint[] Immutables, int[] ImmutableEnds);

/// <summary>
/// Splits an article into sentences of stemmed word ids. Stemming is a cheap suffix strip: it only has to make
/// "visits" and "visited" one word when a rewrite changes the inflection.
/// </summary>
public static class CopyText
{
    // Function words: kept by a spinner (it swaps content words), so they carry no evidence of copying on their own.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "about",
        "into", "over", "after", "before", "under", "between", "than", "then", "so", "that", "this", "these", "those", "there",
        "here", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "me", "my",
        "him", "us", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no",
        "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "say", "who", "whom", "which", "what",
        "when", "where", "why", "how", "all", "any", "some", "more", "most", "also", "just", "up", "out", "s", "t", "one",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The function words again, each packed into a number (a byte a letter): most words are short and plain ASCII, and
    // looking up a number costs a fraction of hashing a string. Every function word fits, or the set is not used.
    private const int PackedLength = 7;
    private static readonly HashSet<ulong>? PackedStopWords =
        StopWords.All(w => w.Length <= PackedLength && Ascii.IsValid(w)) ? [.. StopWords.Select(w => Pack(w))] : null;

    private static ulong Pack(ReadOnlySpan<char> lower)
    {
        var key = 0UL;
        foreach (var c in lower) key = key << 8 | c;
        return key;
    }

    private static bool IsStopWord(ReadOnlySpan<char> lower, bool ascii) =>
        ascii && PackedStopWords is { } packed
            ? lower.Length <= PackedLength && packed.Contains(Pack(lower))
            : StopLookup.Contains(lower);

    // Buffers reused across calls: an article has hundreds of words, and fingerprinting runs on several threads at once,
    // so each thread keeps its own.
    [ThreadStatic] private static Buffers? t_buffers;

    private sealed class Buffers
    {
        public readonly List<CopySentence> Sentences = new(64);
        public readonly List<uint> Words = new(1024);
        public readonly List<uint> Content = new(1024);
        public readonly List<uint> Immutables = new(256);
        public readonly List<int> ImmutableEnds = new(64);

        public void Clear()
        {
            Sentences.Clear();
            Words.Clear();
            Content.Clear();
            Immutables.Clear();
            ImmutableEnds.Clear();
        }
    }

    public static CopyWords Sentences(string text)
    {
        var b = t_buffers ??= new Buffers();
        b.Clear();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (from, to) = Trimmed(text, lineStart, lineEnd);
            if (to > from)
            {
                var line = text.AsSpan(from, to - from);
                var start = 0;
                for (var i = 0; i < line.Length; i++)
                {
                    if (!IsSentenceEnd(line, i)) continue;
                    Add(b, text, from + start, from + i + 1);
                    start = i + 1;
                }
                if (start < line.Length) Add(b, text, from + start, to);
            }
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        return new CopyWords([.. b.Sentences], [.. b.Words], [.. b.Content], [.. b.Immutables], [.. b.ImmutableEnds]);
    }

    private static (int From, int To) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        return (from, to);
    }

    // A full stop, question or exclamation mark (and closing quotes) followed by a space and a capital, quote or digit.
    private static bool IsSentenceEnd(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (c is not ('.' or '!' or '?')) return false;
        var j = i + 1;
        while (j < line.Length && line[j] is '"' or '\'' or '”' or '’' or ')') j++;
        if (j >= line.Length || !char.IsWhiteSpace(line[j])) return false;
        while (j < line.Length && char.IsWhiteSpace(line[j])) j++;
        if (j >= line.Length) return false;
        var next = line[j];
        // "U.S. and", "Mr. Smith" stay one sentence only in the first case; a wrong split costs little, alignment is per sentence.
        return char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '`';
    }

    private static void Add(Buffers b, string source, int from, int to)
    {
        (from, to) = Trimmed(source, from, to);
        if (to <= from) return;
        var text = source.AsSpan(from, to - from);
        var (words, content, immutables) = (b.Words, b.Content, b.Immutables);
        var (wordStart, contentStart) = (words.Count, content.Count);
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        var first = true;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            var ascii = true;
            for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++) ascii &= char.IsAscii(text[i]);
            var token = text.Slice(start, i - start);
            var capital = char.IsUpper(token[0]);
            var digit = false;
            var lower = token.Length <= buffer.Length ? buffer[..token.Length] : new char[token.Length];
            if (ascii)
            {
                // Plain ASCII letters and digits (most news): lower-cased here as ToLowerInvariant would, without its general path.
                for (var k = 0; k < token.Length; k++)
                {
                    var ch = token[k];
                    digit |= char.IsAsciiDigit(ch);
                    lower[k] = char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch;
                }
            }
            else
            {
                foreach (var ch in token) digit |= char.IsDigit(ch);
                token.ToLowerInvariant(lower);
            }
            var id = Id(Stem(lower));
            words.Add(id);
            var isStop = IsStopWord(lower, ascii);
            if (!isStop) content.Add(id);
            // What a spinner cannot change: names (a capital not opening the sentence) and numbers.
            if (digit || capital && !first && token.Length > 1 && !isStop) immutables.Add(id);
            first = false;
        }
        if (words.Count == wordStart) return;
        var distinct = SortDistinct(CollectionsMarshal.AsSpan(content)[contentStart..]);
        CollectionsMarshal.SetCount(content, contentStart + distinct);
        b.Sentences.Add(new CopySentence(from, to - from, wordStart, words.Count - wordStart, contentStart, distinct));
        b.ImmutableEnds.Add(immutables.Count);
    }

    /// <summary>Sorts the ids in place with the distinct ones first, and returns how many there are.</summary>
    private static int SortDistinct(Span<uint> ids)
    {
        if (ids.Length == 0) return 0;
        ids.Sort();
        var n = 1;
        for (var k = 1; k < ids.Length; k++)
            if (ids[k] != ids[n - 1]) ids[n++] = ids[k];
        return n;
    }

    /// <summary>Strips common inflections so that a rewrite's change of number or tense keeps the word.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w)
    {
        if (w.Length <= 4) return w;
        if (w.EndsWith("ies")) return w[..^3];
        if (w.EndsWith("ing") && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed")) return w[..^2];
        if (w.EndsWith("ly")) return w[..^2];
        if (w.EndsWith("es")) return w[..^2];
        if (w.EndsWith("s") && !w.EndsWith("ss")) return w[..^1];
        return w;
    }

    public static uint Id(ReadOnlySpan<char> word) => (uint)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));
}
