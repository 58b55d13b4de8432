using System.Buffers;

namespace Lede.Dates;

/// <summary>
/// A cheap test that a pattern can match in a stretch of text at all: every match of the pattern contains one
/// of its trigger words (case-insensitive), so a sentence without any is skipped without running the regex.
/// Most news sentences hold no temporal expression of a given family, and a vectorised multi-string search is
/// far cheaper than a regex that must try every word boundary.
/// </summary>
internal abstract class TriggerGate
{
    public abstract bool Open(ReadOnlySpan<char> s);

    /// <summary>Any of the words as a whole word (letters either side break it: "may" in "May", not "mayor").</summary>
    public static TriggerGate Words(params string[] words) => new WholeWords(words);

    /// <summary>Any of the strings anywhere ("0s" in "1990s").</summary>
    public static TriggerGate Anywhere(params string[] words) => new Substrings(words);

    /// <summary>Any digit, or any of the words as a whole word.</summary>
    public static TriggerGate DigitsOr(params string[] words) => new Digits(words.Length > 0 ? new WholeWords(words) : null);

    /// <summary>Both gates open: a pattern that needs a word of each kind ("two years ago").</summary>
    public TriggerGate And(TriggerGate other) => new Both(this, other);

    private sealed class WholeWords(string[] words) : TriggerGate
    {
        private readonly SearchValues<string> values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        private readonly HashSet<string> set = new(words, StringComparer.OrdinalIgnoreCase);

        public override bool Open(ReadOnlySpan<char> s)
        {
            var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
            var offset = 0;
            while (offset < s.Length)
            {
                var i = s[offset..].IndexOfAny(values);
                if (i < 0) return false;
                i += offset;
                var end = i;
                while (end < s.Length && char.IsLetter(s[end])) end++;
                if ((i == 0 || !char.IsLetter(s[i - 1])) && lookup.Contains(s[i..end])) return true;
                offset = end > i ? end : i + 1;
            }
            return false;
        }
    }

    private sealed class Substrings(string[] words) : TriggerGate
    {
        private readonly SearchValues<string> values = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

        public override bool Open(ReadOnlySpan<char> s) => s.IndexOfAny(values) >= 0;
    }

    private sealed class Digits(TriggerGate? words) : TriggerGate
    {
        public override bool Open(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('0', '9') >= 0 || words is not null && words.Open(s);
    }

    private sealed class Both(TriggerGate a, TriggerGate b) : TriggerGate
    {
        public override bool Open(ReadOnlySpan<char> s) => a.Open(s) && b.Open(s);
    }
}
