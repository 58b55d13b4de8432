namespace Lede.Copies;

/// <summary>Which clock the copy index's time window runs on.</summary>
public enum CopyWindowClock
{
    /// <summary>The stream's own time: the latest publication date seen (an article without one counts at that time).</summary>
    Published,
    /// <summary>When articles reached the index, by the index's <see cref="TimeProvider"/>.</summary>
    Arrival,
}

/// <summary>
/// Every tuned constant of the copies stage. The values are set for news in general (sentence-level
/// evidence, word shingles), not for one spinner's vocabulary or one dataset's sites.
/// </summary>
public sealed record CopyOptions
{
    /// <summary>Words per shingle. Word 5-grams are almost never shared by unrelated news (anchors §2.2), yet a light edit leaves most intact.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>LSH bands. Bands × rows MinHash values; the candidate threshold is about (1/bands)^(1/rows) ≈ 0.25 Jaccard, low
    /// because verification, not the sketch, decides: the sketch only has to let rewrites and excerpts through.</summary>
    public int MinHashBands { get; init; } = 32;

    /// <summary>MinHash values per LSH band.</summary>
    public int MinHashRows { get; init; } = 2;

    /// <summary>Shared LSH bands that make a candidate on their own. Articles with a sentence or two in common (a quote, a
    /// stock phrase) share one band of two rows by chance; a copy carried with little change shares many, and an edited
    /// one its anchors. Two keep the verification per article to the families worth aligning (on copybench, 1 and 2 give
    /// the same predictions; on a stream, 2 aligns about a third as many candidates).</summary>
    public int MinBandHits { get; init; } = 2;

    /// <summary>Shared immutable anchors (consecutive names/numbers of one sentence) that make a candidate on their own. One shared
    /// pair of names is common among reports of one event; a copy keeps most of them.</summary>
    public int MinAnchorHits { get; init; } = 2;

    /// <summary>A key (band or anchor) carried by more live articles than this is too common to tell anything; it is no longer indexed
    /// nor queried, which also bounds the work per article on a stream: a date pair ("January 2026") or a stock phrase is carried
    /// by hundreds of live articles, and each would otherwise be counted as a hit. On copybench, 64 and 200 give the same answers.</summary>
    public int MaxPostings { get; init; } = 64;

    /// <summary>Candidates verified per article, best first (most shared keys); families are verified once each.</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>Tokens a sentence needs to count as content; shorter lines (share buttons, section names) are clutter for alignment.</summary>
    public int MinSentenceTokens { get; init; } = 5;

    /// <summary>Sentence pairs with fewer shared distinct content words are not compared in full.</summary>
    public int MinSharedContentWords { get; init; } = 2;

    /// <summary>Share of distinct content words two sentences must share (Dice) to be compared in full: a spun sentence keeps
    /// its names, numbers and about half its other words; sentences of one event that share two names only are skipped cheaply.</summary>
    public double MinContentOverlap { get; init; } = 0.25;

    /// <summary>Similarity (order-aware word overlap) at which two sentences correspond. A heavily spun sentence keeps its function
    /// words and names in place, about half its words; two reports of one event rarely write one sentence that alike.</summary>
    public double SentenceMatch { get; init; } = 0.5;

    /// <summary>Share of the smaller article's content words in aligned sentences for a verbatim copy: it carries most of its source.</summary>
    public double MinCoverage { get; init; } = 0.6;

    /// <summary>Aligned sentences a verbatim copy needs at least (fewer only when the smaller article has fewer): one shared
    /// sentence (a quote, a statement) is what independent reports share.</summary>
    public int MinAlignedSentences { get; init; } = 2;

    /// <summary>Share of the smaller article's content words in nearly unchanged sentences that makes a verbatim copy. Half
    /// the text word for word is copying whatever else was added.</summary>
    public double VerbatimCoverage { get; init; } = 0.5;

    /// <summary>Words a shared, unchanged lead sentence needs to make a teaser (an excerpt of one sentence) on its own.</summary>
    public int MinLeadWords { get; init; } = 15;

    /// <summary>Aligned sentences an edited copy (rewrite, spin) needs at least.</summary>
    public int MinEditedSentences { get; init; } = 3;

    /// <summary>Share of each side's content words in aligned sentences for an edited copy. Outlets editing one wire
    /// story independently keep some of its sentences; a rewrite or spin keeps most of them, and adds little.</summary>
    public double EditedCoverage { get; init; } = 0.6;

    /// <summary>Mean aligned-sentence similarity an edited copy needs: a phrase-level spinner leaves about half of each
    /// sentence's words in place, in order.</summary>
    public double EditedSimilarity { get; init; } = 0.55;

    /// <summary>Share of aligned sentences in sequence for an edited copy: a spinner swaps a few sentences, independent
    /// reports tell the facts in their own order.</summary>
    public double EditedOrder { get; init; } = 0.6;

    /// <summary>Share of the smaller article's content words in aligned sentences for a contained copy (the smaller text
    /// nearly whole inside the larger, edited).</summary>
    public double ContainedCoverage { get; init; } = 0.85;

    /// <summary>Mean aligned-sentence similarity for a contained copy: light edits only, since the larger side may be mostly other text.</summary>
    public double ContainedSimilarity { get; init; } = 0.82;

    /// <summary>Share of aligned sentences in sequence for a contained copy.</summary>
    public double ContainedOrder { get; init; } = 0.8;

    /// <summary>Sentence similarity counted as taken nearly word for word (a word or two changed), for verbatim coverage.</summary>
    public double NearSameSentence { get; init; } = 0.9;

    /// <summary>Sentence similarity counted as the same sentence (a typo or punctuation apart).</summary>
    public double SameSentence { get; init; } = 0.97;

    /// <summary>Share of aligned sentences the same for syndication or excerpt: the body is taken unchanged.</summary>
    public double MinSameShare { get; init; } = 0.95;

    /// <summary>Share of the original's content words a syndicated copy carries; less, with the part taken in one piece, is an excerpt.</summary>
    public double SyndicatedCoverage { get; init; } = 0.9;

    /// <summary>Mean similarity of aligned sentences at or above which edits are light (a rewrite: about one word in
    /// fifteen changed); below, words were swapped wholesale (spun).</summary>
    public double RewriteSimilarity { get; init; } = 0.93;

    /// <summary>Share of aligned sentences in the original's order for a rewrite; a spinner also reshuffles sentences.</summary>
    public double RewriteOrder { get; init; } = 0.95;

    /// <summary>How long an article stays a candidate. Copies of news follow within days; older ones leave the index so memory stays flat.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The clock of the window. Arrival by default: an archive fed in any order (publication dates jumping back and
    /// forth) keeps all of itself for one run, while a live feed forgets what came in a window ago. Published suits a stream
    /// fed in publication order, where it makes memory independent of how fast articles come.</summary>
    public CopyWindowClock WindowClock { get; init; } = CopyWindowClock.Arrival;

    /// <summary>Aligned sentence pairs written out in a link's evidence; the counts cover all of them.</summary>
    public int EvidencePairs { get; init; } = 8;

    public static CopyOptions Default { get; } = new();
}
