using System.Collections;
using System.Text;

namespace Lede.Streams;

/// <summary>
/// One article of a synthetic story stream. TrueStory is the event instance it reports (its copies carry the
/// same); CopyOf is the ordinal of the article it copies, null for an original; CopiesToCome counts the copies
/// of this article still to come in the stream, so that a reader can forget it after the last.
/// </summary>
public sealed record StoryStreamItem(
    long Ordinal, string Id, string Title, string Text, DateTimeOffset Published, long TrueStory, long? CopyOf, int CopiesToCome);

/// <summary>The shape of a story stream; every constant named.</summary>
public sealed record StoryStreamOptions
{
    public int Articles { get; init; } = 1_000_000;

    public int Seed { get; init; } = StreamSeed.Default;

    public DateTimeOffset Start { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The stream's articles are spread over this span (a year: many instances of each dev event).</summary>
    public TimeSpan Span { get; init; } = TimeSpan.FromDays(365);

    /// <summary>An instance's reports arrive within this long after its first.</summary>
    public TimeSpan InstanceSpread { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Share of a dev event's articles that one instance re-uses (each drawn apart, at least one).</summary>
    public double ArticleShare { get; init; } = 0.7;

    /// <summary>
    /// Share of the event's lower-case words (four letters or more) that each instance says in its own words, the same
    /// way in all its reports: two quakes are told with different details, not only different names, so instances of
    /// one event share some common words but not all, while one instance's reports still agree with one another.
    /// </summary>
    public double WordShare { get; init; } = 0.75;

    /// <summary>Share of each original's sentences kept (the first always): two instances never repeat a text verbatim.</summary>
    public double SentenceShare { get; init; } = 0.85;

    /// <summary>Share of originals that get a copy later in the stream.</summary>
    public double CopyRate { get; init; } = 0.2;

    /// <summary>Share of copies that are exact; the rest drop a sentence and gain a clutter line.</summary>
    public double ExactCopyShare { get; init; } = 0.5;

    public TimeSpan MinCopyDelay { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan MaxCopyDelay { get; init; } = TimeSpan.FromHours(96);
}

/// <summary>
/// A seeded, endless-looking news stream for `lede bench stories`: dev events re-used as new instances through a
/// year, each instance with its own actors (the event's recurring names renamed) and its own dateline place,
/// its reports spread over a few days, sentences subsetted and lightly reordered, plus exact and near-exact
/// copies of earlier items. Items come in publication order and are made lazily, so a million cost no memory;
/// the same seed gives the same stream.
/// </summary>
public sealed class StoryStream(StorySource source, StoryStreamOptions options) : IEnumerable<StoryStreamItem>
{
    private sealed record Pending(long Instance, StorySourceArticle? Article, StoryStreamItem? CopyOf, int Copies);

    private sealed record Instance(long Id, HashSet<string> Names, string Place, ulong Salt);

    public IEnumerator<StoryStreamItem> GetEnumerator()
    {
        if (source.Events.Count == 0 || options.Articles <= 0) yield break;
        var rng = new Random(options.Seed);
        var meanEvent = (double)source.ArticleCount / source.Events.Count;
        var perInstance = Math.Max(1, meanEvent * options.ArticleShare) * (1 + options.CopyRate);
        var spacing = options.Span.Ticks * perInstance / options.Articles;
        var queue = new PriorityQueue<Pending, (long Ticks, long Seq)>();
        var instances = new Dictionary<long, Instance>();
        var pendingPerInstance = new Dictionary<long, int>();
        long seq = 0, nextInstance = 0, emitted = 0;
        var nextStart = (double)options.Start.UtcTicks;
        while (emitted < options.Articles)
        {
            if (!queue.TryPeek(out _, out var head) || (long)nextStart <= head.Ticks)
            {
                // A new instance of a random dev event: its first report at its start, the others within the spread.
                var ev = rng.Next(source.Events.Count);
                var e = source.Events[ev];
                var id = nextInstance++;
                instances[id] = new Instance(id, e.Names, SyntheticName(rng), (ulong)rng.NextInt64());
                var start = (long)nextStart;
                var chosen = e.Articles.Where(_ => rng.NextDouble() < options.ArticleShare).ToList();
                if (chosen.Count == 0) chosen.Add(e.Articles[rng.Next(e.Articles.Count)]);
                for (var i = 0; i < chosen.Count; i++)
                {
                    var at = i == 0 ? start : start + (long)(rng.NextDouble() * options.InstanceSpread.Ticks);
                    queue.Enqueue(new Pending(id, chosen[i], null, 0), (at, seq++));
                }
                pendingPerInstance[id] = chosen.Count;
                nextStart += spacing * (0.5 + rng.NextDouble());
                continue;
            }
            queue.TryDequeue(out var pending, out var when);
            var instance = instances[pending!.Instance];
            var published = new DateTimeOffset(when.Ticks, TimeSpan.Zero);
            StoryStreamItem item;
            if (pending.CopyOf is { } original)
            {
                var (title, text) = rng.NextDouble() < options.ExactCopyShare
                    ? (original.Title, original.Text)
                    : (original.Title, NearCopy(original.Text, rng));
                item = new StoryStreamItem(emitted, $"c{emitted}", title, text, published, instance.Id, original.Ordinal, 0);
            }
            else
            {
                var copies = rng.NextDouble() < options.CopyRate ? 1 : 0;
                var article = pending.Article!;
                item = new StoryStreamItem(emitted, $"a{emitted}", Rename(instance, article.Title),
                    Render(instance, article.Text, rng), published, instance.Id, null, copies);
                if (copies > 0)
                {
                    var delay = options.MinCopyDelay.Ticks + (long)(rng.NextDouble() * (options.MaxCopyDelay - options.MinCopyDelay).Ticks);
                    queue.Enqueue(new Pending(instance.Id, null, item, 0), (when.Ticks + delay, seq++));
                    pendingPerInstance[instance.Id]++;
                }
            }
            // An instance is forgotten after its last item: the generator's memory stays flat too.
            if (--pendingPerInstance[instance.Id] == 0)
            {
                pendingPerInstance.Remove(instance.Id);
                instances.Remove(instance.Id);
            }
            emitted++;
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Each whole word that is one of the event's names becomes the instance's name for it, each number but a year the
    /// instance's own number of as many digits (another toll, another magnitude), and a WordShare of the lower-case
    /// words the instance's own word: all drawn from the instance's salt and the word, so one instance always says a
    /// word the same way and no table is kept. A scan, not a regex: the generator must stay far cheaper than what it feeds.
    /// </summary>
    private string Rename(Instance instance, string text)
    {
        var sb = Buffer(0);
        Rename(instance, text, sb);
        return sb.ToString();
    }

    /// <summary>Rename, written into sb (appended): Render splits it without making the renamed text a string.</summary>
    private void Rename(Instance instance, string text, StringBuilder sb)
    {
        var names = instance.Names.GetAlternateLookup<ReadOnlySpan<char>>();
        var threshold = (ulong)(options.WordShare * WordShareScale);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                // A run of separators at once: most of a text's characters between words are single spaces.
                var from = i++;
                while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
                sb.Append(text, from, i - from);
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
            var word = text.AsSpan(start, i - start);
            // The names are capitalised words of three letters or more (StorySource.Names): most words, in lower case,
            // need no lookup.
            if (word.Length >= 3 && !char.IsLower(word[0]) && names.Contains(word)) AppendWord(sb, Hash(word, instance.Salt), capital: true);
            else if (char.IsAsciiDigit(word[0])) AppendNumber(sb, word, instance.Salt);
            else if (word.Length >= 4 && char.IsLower(word[0]) && Hash(word, ~instance.Salt) % WordShareScale < threshold)
            {
                // A plural keeps its stem's word, so that the instance's "quake" and "quakes" still stem alike.
                var plural = word.Length > 4 && word[^1] == 's' && word[^2] != 's';
                AppendWord(sb, Hash(plural ? word[..^1] : word, instance.Salt), capital: false);
                if (plural) sb.Append('s');
            }
            else sb.Append(word);
        }
    }

    // The generator's two reusable buffers (it runs on one thread at a time, but a bench may run two streams at once):
    // a renamed text and the rendered article, so that an article costs its two strings and no growing builders.
    [ThreadStatic] private static StringBuilder?[]? t_buffers;

    private static StringBuilder Buffer(int which)
    {
        var buffers = t_buffers ??= new StringBuilder?[2];
        var sb = buffers[which] ??= new StringBuilder(4096);
        return sb.Clear();
    }

    private const ulong WordShareScale = 1 << 20;

    /// <summary>FNV-1a of a word and a salt.</summary>
    private static ulong Hash(ReadOnlySpan<char> word, ulong salt)
    {
        var h = 14695981039346656037UL ^ salt;
        foreach (var c in word)
            h = (h ^ c) * 1099511628211UL;
        return h ^ (h >> 29);
    }

    /// <summary>The instance's actors and dateline; a subset of the sentences, two neighbours swapped now and then.</summary>
    private string Render(Instance instance, string text, Random rng)
    {
        var sb = Buffer(0);
        Rename(instance, text, sb);
        if (t_renamed is null || t_renamed.Length < sb.Length) t_renamed = new char[Math.Max(sb.Length, 2 * (t_renamed?.Length ?? 2048))];
        sb.CopyTo(0, t_renamed, sb.Length);
        var renamed = t_renamed.AsSpan(0, sb.Length);
        // The renamed text's paragraphs as ranges (what Split("\n\n", RemoveEmptyEntries) would cut), kept and
        // swapped with the same draws, then copied once into the article.
        var kept = t_ranges ??= [];
        kept.Clear();
        var paragraph = 0;
        for (var from = 0; ;)
        {
            var at = renamed[from..].IndexOf("\n\n");
            var end = at < 0 ? renamed.Length : from + at;
            if (end > from && (paragraph++ == 0 || rng.NextDouble() < options.SentenceShare)) kept.Add((from, end - from));
            if (at < 0) break;
            from = end + 2;
        }
        for (var i = 1; i + 1 < kept.Count; i += 4)
            if (rng.NextDouble() < 0.5) (kept[i], kept[i + 1]) = (kept[i + 1], kept[i]);
        sb = Buffer(1);
        sb.Append(instance.Place).Append(" (Lede Wire) - ");
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0) sb.Append("\n\n");
            sb.Append(renamed.Slice(kept[i].Start, kept[i].Length));
        }
        return sb.ToString();
    }

    [ThreadStatic] private static List<(int Start, int Length)>? t_ranges;
    [ThreadStatic] private static char[]? t_renamed;

    private static void AppendNumber(StringBuilder sb, ReadOnlySpan<char> word, ulong salt)
    {
        var isYear = word.Length == 4 && word[0] is '1' or '2' && word[1] is '9' or '0' && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]);
        if (isYear)
        {
            sb.Append(word);
            return;
        }
        // FNV-1a of the digits and the instance's salt: the same number in one instance always becomes the same number.
        var h = 14695981039346656037UL ^ salt;
        foreach (var c in word)
            h = (h ^ c) * 1099511628211UL;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                sb.Append((char)('0' + (int)(h % 10)));
                h = h / 10 * 6364136223846793005UL + 1442695040888963407UL;
            }
            else sb.Append(c);
        }
    }

    /// <summary>A near-exact copy: one sentence dropped (never the first), a syndication line added.</summary>
    private static string NearCopy(string text, Random rng)
    {
        var sentences = text.Split("\n\n").ToList();
        if (sentences.Count > 2) sentences.RemoveAt(1 + rng.Next(sentences.Count - 1));
        sentences.Add("This story was originally published by Lede Wire. Read more at our partner site.");
        return string.Join("\n\n", sentences);
    }

    private static readonly string[] Onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "th", "gr"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "l", "th", "k"];

    /// <summary>A pronounceable invented name (two or three syllables): unique enough that instances never share actors.</summary>
    private static string SyntheticName(Random rng)
    {
        var sb = new StringBuilder();
        AppendWord(sb, (ulong)rng.NextInt64(), capital: true);
        return sb.ToString();
    }

    // The tables' sizes as constants: a division by an array's length was a 64-bit division, four per syllable (the
    // generator's word-making took a tenth of its time, perf, 100k items); by a constant the compiler multiplies.
    private const ulong OnsetCount = 20, VowelCount = 8, CodaCount = 8;

    /// <summary>A pronounceable invented word of two or three syllables, drawn from the bits of h.</summary>
    private static void AppendWord(StringBuilder sb, ulong h, bool capital)
    {
        System.Diagnostics.Debug.Assert(Onsets.Length == (int)OnsetCount && Vowels.Length == (int)VowelCount && Codas.Length == (int)CodaCount);
        var start = sb.Length;
        var syllables = 2 + (int)(h % 2);
        h /= 2;
        for (var i = 0; i < syllables; i++)
        {
            sb.Append(Onsets[(int)(h % OnsetCount)]);
            h /= OnsetCount;
            sb.Append(Vowels[(int)(h % VowelCount)]);
            h /= VowelCount;
        }
        sb.Append(Codas[(int)(h % CodaCount)]);
        if (capital) sb[start] = char.ToUpperInvariant(sb[start]);
    }
}
