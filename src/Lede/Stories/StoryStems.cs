using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Lede.Stories;

/// <summary>
/// The words part's terms: Lucene's English analyzer (standard tokenizer, English possessive, lower case, stop words,
/// Porter stems), counted per stem. A text within a small alphabet (ASCII, Latin-1 letters, the no-break space and the
/// typographic quotes, dashes and ellipsis news text uses) is read by our own loop, which gives the same terms as the
/// analyzer without its per-token machinery (token stream, attributes, four filters); any other text goes through the
/// analyzer itself. The stems are still Lucene's Porter stemmer, called one word at a time.
/// Tried and rejected (s20-build, result-identical): a per-thread stem cache (lower-cased word → stem string, 65,536
/// words, cleared when full) so that each word is stemmed once per thread and a stem's string is shared by the articles.
/// The stemmer is cheap (PorterStemFilter ~0.1 % of samples, dotnet-trace 30k) and the cache is not: bench 20k A/B at
/// load 16-39, build-side CPU (process minus assigning thread) 15.3 s vs 12.8 s, non-assigning allocation 49.3 vs
/// 45.4 KB per original, live heap 531 MB either way; with a like table for names and numbers as well, 14.0 vs 11.2-11.8 s,
/// 48.0-50.1 vs 45.0-45.3 KB, live heap 620 vs 557 MB.
/// Tried and rejected again (s30-build, stories/27, result-identical: the documents of the bench stream's first 17,477
/// originals byte-identical when serialized): a cache that keeps characters, not strings (per thread, 8,192 words of up
/// to 24 letters with their stems in one char pool, open addressing on an FNV-1a hash, emptied by a new stamp when
/// full), nothing allocated per word. Porter's steps fell from about 8 % to 5 % of the build's samples (perf, one
/// thread): the bench stream's invented per-instance words miss the cache often. Measured together with two other
/// small cuts (TopWords over indices, Sublinear's weight table; see there), featurizing alone on one thread, three
/// alternated pairs of 3 rounds (load 4-9): 146.3 against 143.4 us per original (pairs +4.0, +6.5, -1.9 us),
/// 30,814 bytes per original either way: within the machine's noise.
/// </summary>
internal static class StoryStems
{
    // The analyzer keeps per-thread token streams, so one instance serves every thread.
    private static readonly EnglishAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    [ThreadStatic] private static Stemmer? t_stemmer;

    /// <summary>
    /// Counts the text's stems of two characters or more into counts, in the order the analyzer gives them (so that
    /// the table is the same, its order included); a string is made only for a stem new to the table.
    /// </summary>
    public static void Count(string text, Dictionary<string, double> counts)
    {
        if (text.Length == 0) return;
        if (!TryCountFast(text, counts)) CountLucene(text, counts);
    }

    /// <summary>The analyzer's own chain: the reference the fast path must equal, and the path for any other text.</summary>
    internal static void CountLucene(string text, Dictionary<string, double> counts)
    {
        if (text.Length == 0) return;
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = Analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            // Lone digits and letters say nothing; the numbers part keeps digits apart.
            if (term.Length > 1) CollectionsMarshal.GetValueRefOrAddDefault(lookup, term.Buffer.AsSpan(0, term.Length), out _) += 1;
        stream.End();
    }

    /// <summary>
    /// The standard tokenizer's word boundaries (Unicode UAX #29) restricted to the fast path's alphabet: letters and
    /// digits join; a stop, an apostrophe or a colon joins two letters; a stop, an apostrophe, a comma or a semicolon
    /// joins two digits; everything else breaks. Each word is lower-cased as it is read. False, with counts cleared, for a
    /// text with a character outside the alphabet or a word the tokenizer would skip as too long: the caller then reads it
    /// with the analyzer, and a cleared table fills in the same order as a new one.
    /// </summary>
    internal static bool TryCountFast(string text, Dictionary<string, double> counts)
    {
        var stemmer = t_stemmer ??= new Stemmer();
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var kind = Kind(text[i]);
            if (kind > Digit)
            {
                if (kind == Outside) return Abandon(counts);
                i++;
                continue;
            }
            var word = stemmer.Word;
            var length = 0;
            while (true)
            {
                if (length == MaxTokenLength) return Abandon(counts);
                word[length++] = Lower(text[i++]);
                if (i == n) break;
                var next = Kind(text[i]);
                if (next <= Digit)
                {
                    kind = next;
                    continue;
                }
                if (next == Outside) return Abandon(counts);
                if (i + 1 == n) break;
                var after = Kind(text[i + 1]);
                if (after == Outside) return Abandon(counts);
                // WB6/WB7 (letter, MidLetter or MidNumLet or Single_Quote, letter), WB11/WB12 (digit, MidNum or
                // MidNumLet or Single_Quote, digit).
                var joins = after == kind && (kind == Letter ? next is MidLetter or MidNumLet : next is MidNum or MidNumLet);
                if (!joins) break;
                if (length + 1 >= MaxTokenLength) return Abandon(counts);
                word[length++] = text[i++];
            }
            var stem = stemmer.Term(length);
            if (stem.Length > 1) CollectionsMarshal.GetValueRefOrAddDefault(lookup, stem, out _) += 1;
        }
        return true;
    }

    private static bool Abandon(Dictionary<string, double> counts)
    {
        counts.Clear();
        return false;
    }

    // StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH: the tokenizer skips longer words.
    private const int MaxTokenLength = 255;

    // Word-break kinds of the fast path's alphabet; Letter and Digit first, so that "kind <= Digit" reads "in a word".
    private const byte Letter = 0, Digit = 1, MidLetter = 2, MidNumLet = 3, MidNum = 4, Other = 5, Outside = 6;

    /// <summary>
    /// The kind of each character below U+0100: ASCII (the underscore aside: it joins words in ways not worth copying),
    /// the no-break space and the Latin-1 letters; the rest of Latin-1 is outside the alphabet.
    /// </summary>
    private static readonly byte[] Latin1Kinds = MakeLatin1Kinds();

    private static byte[] MakeLatin1Kinds()
    {
        var kinds = new byte[256];
        for (var c = 0; c < kinds.Length; c++)
            kinds[c] = (char)c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => Letter,
                >= '\u00C0' and <= '\u00FF' and not ('\u00D7' or '\u00F7') => Letter,
                >= '0' and <= '9' => Digit,
                ':' => MidLetter,
                '.' or '\'' => MidNumLet,
                ',' or ';' => MidNum,
                '_' => Outside,
                < '\u0080' or '\u00A0' => Other,
                _ => Outside,
            };
        return kinds;
    }

    /// <summary>Above Latin-1, the typographic apostrophes join as the straight one; the quotes, dashes and ellipsis break.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static byte Kind(char c) => c < 256 ? Latin1Kinds[c] : c switch
    {
        '\u2018' or '\u2019' => MidNumLet,
        '\u201C' or '\u201D' or '\u2013' or '\u2014' or '\u2026' => Other,
        _ => Outside,
    };

    /// <summary>Within the alphabet, Java's Character.toLowerCase (LowerCaseFilter's): A–Z and the Latin-1 capitals.</summary>
    private static char Lower(char c) => c is >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(c + ('a' - 'A')) : c;

    private static readonly HashSet<string> StopWords = new(EnglishAnalyzer.DefaultStopSet.Select(o => o.ToString()!), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxStopLength = StopWords.Max(w => w.Length);

    /// <summary>
    /// One thread's way from a lower-cased word to its term: the possessive cut, stop words, then Lucene's Porter stem
    /// filter over a one-word stream (the stemmer itself is not public). The word is written straight into the stream's
    /// term buffer.
    /// </summary>
    private sealed class Stemmer
    {
        private readonly OneWord _stream = new();
        private readonly PorterStemFilter _filter;

        public Stemmer()
        {
            _filter = new PorterStemFilter(_stream);
            _filter.Reset();
        }

        /// <summary>Where the next word is written, room for MaxTokenLength characters.</summary>
        public char[] Word => _stream.Buffer;

        /// <summary>The term of the word of that length in Word, or empty for a stop word; valid until the next call.</summary>
        public ReadOnlySpan<char> Term(int length)
        {
            var word = Word;
            // EnglishPossessiveFilter ("Obama's", "Obama’s"), on a word already lower-cased ('S' is 's' now).
            if (length >= 2 && word[length - 2] is ('\'' or '\u2019') && word[length - 1] == 's') length -= 2;
            // The stemmer leaves a word of one or two letters as it is, and one letter is no term.
            if (length < 2) return [];
            if (length <= MaxStopLength && StopWordSpans.Contains(word.AsSpan(0, length))) return [];
            return _stream.Stem(_filter, length);
        }
    }

    /// <summary>A token stream of one word at a time, for the stem filter to read and rewrite.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private bool _pending;

        public OneWord() => _term = AddAttribute<ICharTermAttribute>();

        public char[] Buffer => _term.ResizeBuffer(MaxTokenLength);

        public ReadOnlySpan<char> Stem(PorterStemFilter filter, int length)
        {
            _term.Length = length;
            _pending = true;
            filter.IncrementToken();
            return _term.Buffer.AsSpan(0, _term.Length);
        }

        public override bool IncrementToken()
        {
            var pending = _pending;
            _pending = false;
            return pending;
        }
    }
}
