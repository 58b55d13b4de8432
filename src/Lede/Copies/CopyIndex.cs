namespace Lede.Copies;

/// <summary>
/// The copies stage over a stream. Each article is fingerprinted once and filed under its LSH band keys
/// (near-verbatim copies) and its immutable anchors (rewrites and spins). A new article is verified, by sentence
/// alignment, only against the originals of the families its candidates belong to: never against a copy, so a
/// family cannot chain through a shared neighbour. When the new article turns out to be the earlier original,
/// the family is re-rooted on it and every member re-verified against it. Articles leave the index when they
/// fall out of the time window, or when removed.
/// </summary>
public sealed class CopyIndex
{
    public const string Version = "copies/2";

    private sealed class Entry(CopyFingerprint fingerprint, DateTimeOffset time)
    {
        public CopyFingerprint Fingerprint { get; } = fingerprint;
        public DateTimeOffset Time { get; } = time;
        public Entry? Root { get; set; }
        public CopyLink? Link { get; set; }
        public List<Entry> Members { get; } = [];
        public bool Indexed { get; set; }
        public bool Gone { get; set; }
        public string Identity => Fingerprint.Identity;
        public bool IsRoot => ReferenceEquals(Root, this);

        /// <summary>Its number in the postings while indexed.</summary>
        public int Id { get; set; } = -1;

        /// <summary>The stamp of the last article verified against it as a family's original (each family is verified once).</summary>
        public int VerifiedStamp { get; set; }
    }

    /// <summary>Keys an indexed entry shares with the article being verified; Stamp names that article, so a stale count reads as none.</summary>
    private struct HitCount
    {
        public int Stamp;
        public int Bands;
        public int Anchors;
        public bool Exact;
    }

    // Coverage difference that shows one side was cut from the other, not merely trimmed of clutter.
    private const double ContainmentMargin = 0.2;

    private readonly CopyOptions _options;
    private readonly MinHasher _hasher;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly CopyPostings _postings;
    // Indexed entries by Id; ids of entries gone are given out again.
    private readonly List<Entry?> _byId = [];
    private readonly Stack<int> _freeIds = new();
    private int _stamp;
    private readonly PriorityQueue<Entry, DateTimeOffset> _expiry = new();
    // Articles stored by an earlier run, known only by their content hash: an exact copy of one still finds its family.
    private readonly Dictionary<string, string> _storedOrigins = new(StringComparer.Ordinal);
    private DateTimeOffset? _streamClock;

    public CopyIndex(CopyOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? CopyOptions.Default;
        _hasher = new MinHasher(_options.MinHashBands * _options.MinHashRows);
        _time = time ?? TimeProvider.System;
        _postings = new CopyPostings(_options.MaxPostings);
    }

    public CopyOptions Options => _options;

    /// <summary>Articles held: those in the window, and originals kept past it while copies of theirs still are.</summary>
    public int Count => _entries.Count;

    /// <summary>Index keys in use (band and anchor postings).</summary>
    public int Keys => _postings.Count;

    public bool Contains(string identity) => _entries.ContainsKey(identity);

    /// <summary>Records an article stored by an earlier run (its own origin when it is an original).</summary>
    public void Remember(string contentHash, string originIdentity) => _storedOrigins.TryAdd(contentHash, originIdentity);

    /// <summary>The current link of an article held (null for an original or an article not held).</summary>
    public CopyLink? LinkOf(string identity) => _entries.TryGetValue(identity, out var e) ? e.Link : null;

    public CopyOutcome Observe(CopyCandidate article) =>
        _entries.TryGetValue(article.Identity, out var known) ? new CopyOutcome(known.Link, []) : Observe(Fingerprint(article));

    /// <summary>
    /// The fingerprint Observe would compute: a pure function of the article and the options, safe to call from several
    /// threads at once, so that a stream can fingerprint ahead in parallel and observe in arrival order.
    /// </summary>
    public CopyFingerprint Fingerprint(CopyCandidate article) => CopyFingerprint.Of(article, _options, _hasher);

    /// <summary>Observes an article fingerprinted by <see cref="Fingerprint"/> of this index (or one with the same options).</summary>
    public CopyOutcome Observe(CopyFingerprint fingerprint)
    {
        var article = fingerprint.Article;
        if (_entries.TryGetValue(article.Identity, out var known)) return new CopyOutcome(known.Link, []);
        var now = Advance(article.Published);
        Evict(now);
        var entry = new Entry(fingerprint, _options.WindowClock == CopyWindowClock.Published ? article.Published ?? now : now);
        entry.Root = entry;

        var verified = Verify(fingerprint);
        var relinked = new List<CopyRelink>();
        // The family it copies most closely decides, not the earliest: an article close to one family and loosely like
        // another (two outlets' versions of one wire story) belongs with the close one.
        var best = verified.MaxBy(v => v.Alignment.Similarity);
        if (best is not null && KeepsOriginal(best.Root.Fingerprint, fingerprint, best.Alignment))
        {
            entry.Root = best.Root;
            entry.Link = CopyClassifier.Link(fingerprint, best.Root.Fingerprint, best.Verdict, _options);
            // A family whose original was stored by an earlier run is held here through an exact copy of it: name that original.
            if (best.Root.Link is { } stored)
                entry.Link = entry.Link with { OriginIdentity = stored.OriginIdentity, Evidence = $"{entry.Link.Evidence} (the same text as {stored.OriginIdentity})" };
            best.Root.Members.Add(entry);
        }
        else
        {
            // The newcomer is the earlier original of the family it copies most closely, and of every other family it
            // verified against that it precedes: those families are its now.
            foreach (var v in verified.Where(v => !KeepsOriginal(v.Root.Fingerprint, fingerprint, v.Alignment)))
                TryReroot(v.Root, entry, relinked);
            if (verified.Count == 0 && _storedOrigins.TryGetValue(article.ContentHash, out var stored) && stored != article.Identity)
                entry.Link = new CopyLink(stored, CopyRelation.Duplicate, 1.0, $"the same text as {stored} (stored by an earlier run)");
        }
        Index(entry);
        return new CopyOutcome(entry.Link, relinked);
    }

    /// <summary>
    /// Deletes an article. A removed original hands its family to its earliest remaining member, against which the
    /// others are verified again; the changed links are returned.
    /// </summary>
    public IReadOnlyList<CopyRelink> Remove(string identity)
    {
        if (!_entries.TryGetValue(identity, out var entry)) return [];
        Drop(entry);
        var relinked = new List<CopyRelink>();
        if (!entry.IsRoot)
        {
            Leave(entry);
            return relinked;
        }
        var members = entry.Members.ToList();
        entry.Members.Clear();
        if (members.Count == 0) return relinked;
        var heir = members.Aggregate((a, b) => KeepsOriginal(a.Fingerprint, b.Fingerprint, null) ? a : b);
        heir.Root = heir;
        heir.Link = null;
        relinked.Add(new CopyRelink(heir.Identity, null));
        foreach (var m in members.Where(m => !ReferenceEquals(m, heir))) Rejoin(m, heir, relinked);
        return relinked;
    }

    private sealed record Verified(Entry Root, CopyAlignment Alignment, CopyVerdict Verdict);

    /// <summary>Candidates by shared keys, then one alignment per candidate family, against its original.</summary>
    private List<Verified> Verify(CopyFingerprint fingerprint)
    {
        // Reused between calls: the index is used from one thread at a time, and most articles hit a few dozen entries.
        var hits = _hits;
        hits.Clear();
        var stamp = ++_stamp;
        var bandKeys = fingerprint.BandKeys;
        _postings.Touch(bandKeys);
        _postings.Touch(fingerprint.AnchorKeys);
        for (var k = 0; k < bandKeys.Length; k++)
            foreach (var id in _postings.Of(bandKeys[k]))
            {
                ref var h = ref Hit(id, stamp, hits);
                h.Bands++;
                // The last key is the exact text's: the same text is a candidate on that key alone, however short.
                h.Exact |= k == bandKeys.Length - 1;
            }
        foreach (var key in fingerprint.AnchorKeys)
            foreach (var id in _postings.Of(key))
                Hit(id, stamp, hits).Anchors++;
        var ranked = _ranked;
        ranked.Clear();
        foreach (var id in hits)
            if (_hitCounts[id] is var h && (h.Exact || h.Bands >= _options.MinBandHits || h.Anchors >= _options.MinAnchorHits))
                ranked.Add((_byId[id]!, h.Bands * 4 + h.Anchors, ranked.Count));
        // Most shared keys first; among equals, the first hit first (a stable order, so results never depend on the sort).
        ranked.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Order.CompareTo(y.Order));
        // A rare article with thousands of hits would leave the reused list that large.
        if (hits.Count > 4096) _hits = [];
        var verified = new List<Verified>();
        var minCoverage = MinSmallerCoverage(_options);
        for (var k = 0; k < ranked.Count && k < _options.MaxCandidates; k++)
        {
            var root = ranked[k].Entry.Root!;
            // A stamp rather than a set of entries: hashing an entry gives it an identity hash, a slow path once per entry.
            if (root.VerifiedStamp == stamp) continue;
            root.VerifiedStamp = stamp;
            // Cut short where the sentences could not cover enough of the smaller article for any verdict; an exact copy
            // is classified by its content hash whatever the alignment.
            var alignment = root.Fingerprint.Article.ContentHash == fingerprint.Article.ContentHash
                ? SentenceAligner.Align(fingerprint, root.Fingerprint, _options)
                : SentenceAligner.TryAlign(fingerprint, root.Fingerprint, _options, minCoverage);
            if (alignment is not null && CopyClassifier.Classify(fingerprint, root.Fingerprint, alignment, _options) is { } verdict)
                verified.Add(new Verified(root, alignment, verdict));
        }
        return verified;
    }

    /// <summary>
    /// The least coverage of the smaller article that any verdict of <see cref="CopyClassifier.Classify"/> short of an
    /// exact copy needs: its verbatim, edited and contained paths each require at least one of these.
    /// </summary>
    private static double MinSmallerCoverage(CopyOptions o) => Math.Min(o.MinCoverage, Math.Min(o.EditedCoverage, o.ContainedCoverage));

    /// <summary>The counts of an entry, reset when this is the first hit on it for the article being verified (and listed then).</summary>
    private ref HitCount Hit(int id, int stamp, List<int> hits)
    {
        ref var h = ref _hitCounts[id];
        if (h.Stamp == stamp) return ref h;
        h = new HitCount { Stamp = stamp };
        hits.Add(id);
        return ref h;
    }

    // By entry id: counting a hit reads no entry, only this array.
    private HitCount[] _hitCounts = new HitCount[1024];
    private List<int> _hits = [];
    private readonly List<(Entry Entry, int Score, int Order)> _ranked = [];

    /// <summary>
    /// Whether `original` stays the original over `other`: the earlier publication; where dates are missing or fall
    /// on one day without times, the stronger wire attribution; then the text the other was cut from; then the incumbent.
    /// </summary>
    private static bool KeepsOriginal(CopyFingerprint original, CopyFingerprint other, CopyAlignment? otherAsCopy)
    {
        var (a, b) = (original.Article, other.Article);
        if (a.Published is { } pa && b.Published is { } pb)
        {
            var byTime = a.PublishedHasTime && b.PublishedHasTime
                ? pa.CompareTo(pb)
                : pa.UtcDateTime.Date.CompareTo(pb.UtcDateTime.Date);
            if (byTime != 0) return byTime < 0;
        }
        if (original.Attribution != other.Attribution) return original.Attribution > other.Attribution;
        if (otherAsCopy is { } x)
        {
            // An excerpt is never the source of the whole: the side carried nearly whole inside a much longer other was cut from it.
            if (x.OriginalCoverage > x.CopyCoverage + ContainmentMargin) return false;
            if (x.CopyCoverage > x.OriginalCoverage + ContainmentMargin) return true;
        }
        return true;
    }

    /// <summary>
    /// `newRoot` is earlier than the family of `root`: the old original and its copies become copies of it, provided
    /// every one of them copies it. A family the newcomer is the source of only in part (an older report that one of
    /// the copies merely resembles) is left as it is, rather than torn apart.
    /// </summary>
    private void TryReroot(Entry root, Entry newRoot, List<CopyRelink> relinked)
    {
        var rejoined = new List<(Entry Member, CopyVerdict Verdict)>();
        foreach (var m in root.Members)
        {
            var alignment = SentenceAligner.Align(m.Fingerprint, newRoot.Fingerprint, _options);
            if (CopyClassifier.Classify(m.Fingerprint, newRoot.Fingerprint, alignment, _options) is not { } verdict) return;
            rejoined.Add((m, verdict));
        }
        var rootAlignment = SentenceAligner.Align(root.Fingerprint, newRoot.Fingerprint, _options);
        // Verified the other way round already; the classification of the turned pair can differ only at the margins.
        var rootVerdict = CopyClassifier.Classify(root.Fingerprint, newRoot.Fingerprint, rootAlignment, _options)
            ?? new CopyVerdict(CopyRelation.Rewrite, rootAlignment);
        root.Members.Clear();
        rejoined.Insert(0, (root, rootVerdict));
        foreach (var (member, verdict) in rejoined)
        {
            member.Root = newRoot;
            member.Link = CopyClassifier.Link(member.Fingerprint, newRoot.Fingerprint, verdict, _options);
            newRoot.Members.Add(member);
            relinked.Add(new CopyRelink(member.Identity, member.Link));
        }
        // An old original kept past the window only for its copies' sake is no longer needed as one.
        if (!root.Indexed) Leave(root, drop: true);
    }

    /// <summary>Verifies a member again against its family's new original; it leaves the family when it is no copy of it.</summary>
    private void Rejoin(Entry member, Entry root, List<CopyRelink> relinked)
    {
        var alignment = SentenceAligner.Align(member.Fingerprint, root.Fingerprint, _options);
        if (CopyClassifier.Classify(member.Fingerprint, root.Fingerprint, alignment, _options) is { } verdict)
        {
            member.Root = root;
            member.Link = CopyClassifier.Link(member.Fingerprint, root.Fingerprint, verdict, _options);
            root.Members.Add(member);
        }
        else
        {
            member.Root = member;
            member.Link = null;
        }
        relinked.Add(new CopyRelink(member.Identity, member.Link));
    }

    private DateTimeOffset Advance(DateTimeOffset? published)
    {
        if (_options.WindowClock == CopyWindowClock.Arrival) return _time.GetUtcNow();
        if (published is { } p && (_streamClock is null || p > _streamClock)) _streamClock = p;
        return _streamClock ?? _time.GetUtcNow();
    }

    private void Evict(DateTimeOffset now)
    {
        var limit = now - _options.Window;
        while (_expiry.TryPeek(out var e, out var time) && time < limit)
        {
            _expiry.Dequeue();
            if (e.Gone) continue;
            Unindex(e);
            if (e.IsRoot)
            {
                // Its copies still in the window are verified against it, so it stays (unindexed) while it has any.
                if (e.Members.Count == 0) Leave(e, drop: true);
            }
            else
            {
                Leave(e, drop: true);
            }
        }
    }

    private void Index(Entry e)
    {
        if (_freeIds.TryPop(out var id)) _byId[id] = e;
        else
        {
            id = _byId.Count;
            _byId.Add(e);
            if (id == _hitCounts.Length) Array.Resize(ref _hitCounts, id * 2);
        }
        e.Id = id;
        _postings.Touch(e.Fingerprint.BandKeys);
        _postings.Touch(e.Fingerprint.AnchorKeys);
        foreach (var key in e.Fingerprint.BandKeys) _postings.Add(key, id);
        foreach (var key in e.Fingerprint.AnchorKeys) _postings.Add(key, id);
        e.Indexed = true;
        _entries[e.Identity] = e;
        _expiry.Enqueue(e, e.Time);
    }

    private void Unindex(Entry e)
    {
        if (!e.Indexed) return;
        _postings.Touch(e.Fingerprint.BandKeys);
        _postings.Touch(e.Fingerprint.AnchorKeys);
        foreach (var key in e.Fingerprint.BandKeys) _postings.Remove(key, e.Id);
        foreach (var key in e.Fingerprint.AnchorKeys) _postings.Remove(key, e.Id);
        _byId[e.Id] = null;
        _freeIds.Push(e.Id);
        e.Id = -1;
        e.Indexed = false;
    }

    private void Drop(Entry e)
    {
        Unindex(e);
        e.Gone = true;
        _entries.Remove(e.Identity);
    }

    /// <summary>Takes a member out of its family (and the entry out of the index when asked); an unindexed original left without copies goes too.</summary>
    private void Leave(Entry e, bool drop = false)
    {
        if (drop) Drop(e);
        var root = e.Root!;
        if (ReferenceEquals(root, e)) return;
        root.Members.Remove(e);
        if (!root.Indexed && root.Members.Count == 0 && !root.Gone) Drop(root);
    }
}
