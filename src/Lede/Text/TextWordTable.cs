namespace Lede.Text;

/// <summary>
/// A set of the words of one text, each named by its position and carrying a tag (the first word added of equal ones
/// keeps its tag), looked up by span so that no string is made per word. Open addressing, a slot live while its stamp
/// is this text's: a new text takes a new stamp instead of clearing the table. The entities stage's name parser and the
/// stories stage's featurizer each keep one per thread for the text's lower-case words; a HashSet cleared per article
/// had spent from a twentieth to a tenth of a build thread in Clear (bench, 30k articles, dotnet-trace).
/// </summary>
internal sealed class TextWordTable(StringComparison comparison)
{
    private (int Start, int Length, int Tag)[] _words = new (int, int, int)[InitialSlots];
    private int[] _stamps = new int[InitialSlots], _hashes = new int[InitialSlots];
    private int _stamp;
    private string _text = "";

    private const int InitialSlots = 1024;

    /// <summary>Empties the table for a text of this many words at most.</summary>
    public void Reset(string text, int words)
    {
        _text = text;
        // At most half full: a table at least twice the text's words, grown (never shrunk) by powers of two.
        if (_words.Length < 2 * words)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * words));
            (_words, _stamps, _hashes, _stamp) = (new (int, int, int)[size], new int[size], new int[size], 0);
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>Adds the text's word at start with its tag, unless an equal word is in already.</summary>
    public void Add(int start, int length, int tag)
    {
        var word = _text.AsSpan(start, length);
        var hash = Hash(word);
        var mask = _words.Length - 1;
        var s = hash & mask;
        for (; _stamps[s] == _stamp; s = (s + 1) & mask)
            if (_hashes[s] == hash && Same(word, s)) return;
        (_words[s], _stamps[s], _hashes[s]) = ((start, length, tag), _stamp, hash);
    }

    /// <summary>The tag of the word equal to this one (from any string), or -1 when there is none.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _words.Length - 1;
        for (var s = hash & mask; _stamps[s] == _stamp; s = (s + 1) & mask)
            if (_hashes[s] == hash && Same(word, s)) return _words[s].Tag;
        return -1;
    }

    /// <summary>
    /// Words hash by FNV-1a over their characters, not string.GetHashCode's Marvin: the table's words are an article's
    /// own and short, and Marvin was about a fifth of the tables' time (perf, one thread: 1.2 % and 2.0 % of the stories
    /// build's samples). Ignoring case, an ASCII word hashes its letters folded to capitals, and a word with any other
    /// character keeps the framework's hash: OrdinalIgnoreCase equates no character above ASCII with one within it
    /// (checked over the whole BMP, .NET 10), so equal words still hash alike.
    /// </summary>
    private int Hash(ReadOnlySpan<char> word)
    {
        var fold = comparison == StringComparison.OrdinalIgnoreCase;
        if (!fold && comparison != StringComparison.Ordinal) return string.GetHashCode(word, comparison);
        var h = 2166136261u;
        foreach (var c in word)
        {
            var d = c;
            if (fold)
            {
                if (d >= 128) return string.GetHashCode(word, comparison);
                if (d is >= 'a' and <= 'z') d = (char)(d - ('a' - 'A'));
            }
            h = (h ^ d) * 16777619u;
        }
        return (int)(h ^ (h >> 15));
    }

    private bool Same(ReadOnlySpan<char> word, int slot) =>
        word.Equals(_text.AsSpan(_words[slot].Start, _words[slot].Length), comparison);
}
