using System.Globalization;
using System.Text;
using Lede.Copies;

namespace Lede.Streams;

/// <summary>The copy relations a stream mixes in, by the names Lede's copies stage uses.</summary>
public static class CopyStreamRelation
{
    public static readonly string[] Copies =
        [CopyRelation.Duplicate, CopyRelation.Syndicated, CopyRelation.Excerpt, CopyRelation.Rewrite, CopyRelation.Spun];
}

/// <summary>How a copies stream is made. Rates are the chance that an original gets one copy of that relation.</summary>
public sealed record CopyStreamOptions
{
    public int Articles { get; init; } = 1_000_000;
    public int Seed { get; init; } = StreamSeed.Default;

    /// <summary>Articles (originals and copies) per day of publication time: with the index window, how many are live at once.</summary>
    public double ArticlesPerDay { get; init; } = 5_000;

    public DateTimeOffset Start { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public double DuplicateRate { get; init; } = 0.05;
    public double SyndicatedRate { get; init; } = 0.20;
    public double ExcerptRate { get; init; } = 0.15;
    public double RewriteRate { get; init; } = 0.15;
    public double SpunRate { get; init; } = 0.12;

    /// <summary>Copies appear this long after their original at the least and at the most (copybench: 0.5 to 96 hours).</summary>
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromHours(0.5);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(96);

    /// <summary>Share of words swapped for synonyms when an original is made (on top of its new names and numbers).</summary>
    public double FreshSynonymRate { get; init; } = 0.25;

    /// <summary>Share of thesaurus words a light rewrite swaps, and a spinner.</summary>
    public double RewriteSynonymRate { get; init; } = 0.08;
    public double SpinSynonymRate { get; init; } = 0.7;

    public int MinParagraphs { get; init; } = 6;
    public int MaxParagraphs { get; init; } = 16;
    public int Sites { get; init; } = 400;

    public double RateOf(string relation) => relation switch
    {
        CopyRelation.Duplicate => DuplicateRate,
        CopyRelation.Syndicated => SyndicatedRate,
        CopyRelation.Excerpt => ExcerptRate,
        CopyRelation.Rewrite => RewriteRate,
        CopyRelation.Spun => SpunRate,
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "not a copy relation"),
    };
}

/// <summary>One article of the stream, with the truth about it: the id of its family's original and its relation to it.</summary>
public sealed record CopyStreamItem(
    long Index, string Id, string Url, string Site, string Title, string Text, DateTimeOffset Published, string Origin, string Relation)
{
    public bool IsCopy => Relation != CopyRelation.Original;
}

/// <summary>
/// A seeded, endless-looking stream of news for the copies bench: new originals recombined from dev paragraphs (renamed, renumbered, re-dated and lightly reworded, so no text repeats), and copies of them of each relation
/// at known rates, each published 0.5 to 96 hours after its original. Items come in publication order, so a time
/// window over the stream evicts. Only the originals' numbers are kept for their pending copies; a copy's original
/// is made again from its number when the copy is due, so the generator's memory does not grow with the stream.
/// </summary>
public sealed class CopyStream(CopySource source, CopyStreamOptions options)
{
    private sealed record Pending(long Original, DateTimeOffset OriginalTime, string Relation, DateTimeOffset Time, int Seed);

    private static readonly string[] Clutter =
    [
        "Advertisement", "Follow us on Twitter", "Share this article", "Sign up for our daily newsletter", "Comments (0)",
        "Click here to subscribe", "Related stories", "Photo: file", "Posted by staff", "Most read",
    ];

    public CopyStreamOptions Options => options;

    public IEnumerable<CopyStreamItem> Items()
    {
        var random = new Random(options.Seed);
        var perOriginal = CopyStreamRelation.Copies.Sum(options.RateOf);
        // Originals come at the rate that, with their copies, gives the articles per day asked for.
        var meanGapSeconds = 86_400.0 * (1 + perOriginal) / options.ArticlesPerDay;
        var pending = new PriorityQueue<Pending, (DateTimeOffset, long)>();
        var clock = options.Start;
        long originals = 0, emitted = 0, order = 0;
        // The next original's time is drawn once and kept while copies due before it go out, so items stay in order.
        var next = clock + TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * meanGapSeconds);
        while (emitted < options.Articles)
        {
            if (pending.TryPeek(out var due, out _) && due.Time <= next)
            {
                pending.Dequeue();
                var original = Original(due.Original, due.OriginalTime);
                yield return Copy(emitted++, original, due);
                continue;
            }
            clock = next;
            next = clock + TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * meanGapSeconds);
            var n = originals++;
            var item = Original(n, clock);
            foreach (var relation in CopyStreamRelation.Copies)
                if (random.NextDouble() < options.RateOf(relation))
                {
                    var delay = options.MinDelay + (options.MaxDelay - options.MinDelay) * random.NextDouble();
                    var copy = new Pending(n, clock, relation, clock + delay, random.Next());
                    pending.Enqueue(copy, (copy.Time, order++));
                }
            yield return item with { Index = emitted++ };
        }
    }

    /// <summary>Original number n, made afresh from the seed: the same every time it is asked for.</summary>
    private CopyStreamItem Original(long n, DateTimeOffset time)
    {
        var random = new Random(unchecked((int)Mix((ulong)options.Seed, (ulong)n)));
        var pool = source.Paragraphs;
        var context = new CopyArticleContext(random, time, source.Names, options.FreshSynonymRate);
        var target = random.Next(options.MinParagraphs, options.MaxParagraphs + 1);
        var paragraphs = new List<string>(target);
        var used = new HashSet<int>();
        while (paragraphs.Count < target)
        {
            // Runs of one or two paragraphs from anywhere: locally coherent, globally new, and two articles rarely share
            // more than one paragraph (which, freshened apart, no longer reads as the same sentence).
            var start = random.Next(pool.Count);
            var run = Math.Min(random.Next(1, 3), target - paragraphs.Count);
            for (var k = start; k < start + run && k < pool.Count; k++)
                if (used.Add(k)) paragraphs.Add(CopyTokens.Freshen(pool[k].Text, context));
        }
        var title = Headline(paragraphs[0]);
        var site = Site(random.Next(options.Sites));
        var id = "g" + n.ToString("D8", CultureInfo.InvariantCulture);
        var url = $"https://{site}/{time:yyyy/MM/dd}/{id}";
        return new CopyStreamItem(-1, id, url, site, title, string.Join("\n\n", paragraphs), time, id, CopyRelation.Original);
    }

    private CopyStreamItem Copy(long index, CopyStreamItem original, Pending due)
    {
        var random = new Random(due.Seed);
        var id = $"{original.Id}-{due.Relation}";
        var paragraphs = original.Text.Split("\n\n").ToList();
        var site = Site(random.Next(options.Sites));
        if (site == original.Site) site = Site((random.Next(options.Sites - 1) + 1 + Array.IndexOf(SiteNames(), site)) % options.Sites);
        var title = original.Title;
        switch (due.Relation)
        {
            case CopyRelation.Duplicate:
                // The same page again under a tracking address: same site, same title, same text.
                return new CopyStreamItem(index, id, original.Url + "?utm_source=feed&utm_medium=rss", original.Site, original.Title,
                    original.Text, due.Time, original.Id, due.Relation);
            case CopyRelation.Syndicated:
                AddClutter(paragraphs, random, site);
                if (random.Next(2) == 0) title = $"{title} | {site}";
                break;
            case CopyRelation.Excerpt:
            {
                // A contiguous part, usually the lead, then a pointer to the whole.
                var length = Math.Max(2, (int)Math.Round(paragraphs.Count * (0.3 + 0.35 * random.NextDouble())));
                var start = random.Next(10) < 7 ? 0 : random.Next(paragraphs.Count - length + 1);
                paragraphs = paragraphs.GetRange(start, length);
                paragraphs.Add($"Read the full story at {original.Site}");
                break;
            }
            case CopyRelation.Rewrite:
                paragraphs = paragraphs.Select(p => CopyTokens.Map(p, (core, opens) => CopyTokens.Synonym(core, opens, options.RewriteSynonymRate, random))).ToList();
                if (paragraphs.Count > 4) paragraphs.RemoveAt(random.Next(1, paragraphs.Count));
                AddClutter(paragraphs, random, site);
                title = CopyTokens.Map(title, (core, opens) => CopyTokens.Synonym(core, opens, options.RewriteSynonymRate, random));
                break;
            case CopyRelation.Spun:
                paragraphs = paragraphs.Select(p => CopyTokens.Map(p, (core, opens) => CopyTokens.Synonym(core, opens, options.SpinSynonymRate, random))).ToList();
                // Drops and reorders: a spinner's other tools.
                for (var k = paragraphs.Count - 1; k >= 1 && paragraphs.Count > 4; k--)
                    if (random.NextDouble() < 0.12) paragraphs.RemoveAt(k);
                for (var k = 1; k + 1 < paragraphs.Count; k++)
                    if (random.NextDouble() < 0.15) (paragraphs[k], paragraphs[k + 1]) = (paragraphs[k + 1], paragraphs[k]);
                AddClutter(paragraphs, random, site);
                title = CopyTokens.Map(title, (core, opens) => CopyTokens.Synonym(core, opens, options.SpinSynonymRate, random));
                break;
        }
        var url = $"https://{site}/{due.Time:yyyy/MM/dd}/{id}";
        return new CopyStreamItem(index, id, url, site, title, string.Join("\n\n", paragraphs), due.Time, original.Id, due.Relation);
    }

    private static void AddClutter(List<string> paragraphs, Random random, string site)
    {
        paragraphs.Insert(0, Clutter[random.Next(Clutter.Length)]);
        paragraphs.Add(random.Next(2) == 0 ? Clutter[random.Next(Clutter.Length)] : $"Copyright {site}. All rights reserved.");
    }

    /// <summary>The opening words of the lead, as a headline.</summary>
    private static string Headline(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words.Take(10)) sb.Append(sb.Length == 0 ? "" : " ").Append(w);
        return sb.ToString().TrimEnd('.', ',', ';', ':');
    }

    private string[]? _sites;

    private string[] SiteNames() => _sites ??= Enumerable.Range(0, options.Sites)
        .Select(i => $"news{i:D3}.example").ToArray();

    private string Site(int k) => SiteNames()[k];

    private static ulong Mix(ulong seed, ulong n)
    {
        var z = seed * 0x9E3779B97F4A7C15UL + n + 0x632BE59BD9B4E019UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
