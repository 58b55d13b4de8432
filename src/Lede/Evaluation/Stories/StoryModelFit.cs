using Lede.Copies;
using Lede.Pipeline;
using Lede.Sources;
using Lede.Stories;

namespace Lede.Evaluation.Stories;

/// <summary>
/// An article of a stories set, read by the pipeline, with its gold event; Article and Fingerprint let a replay run the
/// copies stage on it as ArticleLinker does, Document is what the stories stage would build from it.
/// </summary>
public sealed record GoldStoryArticle(string Id, string Event, string Topic, StoryDocument Document, string? Title,
    ProcessedArticle Article, CopyFingerprint Fingerprint);

/// <summary>One article-against-story row: the learned features and whether the story is the article's gold event.</summary>
public sealed record JoinExample(double[] Features, bool SameEvent);

/// <summary>
/// Fits StoryJoinModel (tools/fit-story-model.cs runs it): replays a stories set in several orders, building the
/// gold stories online through StoryClusterer so that each article is scored against the candidates the clusterer
/// would retrieve, as it would see them; then a logistic regression (Newton, small L2) on those rows, and the bias
/// moved to the value that maximises BCubed F1 of the real online clustering. Each replay runs the copies stage first,
/// as the pipeline does: a copy joins its original's story and adds no terms, and is not scored by the join model.
/// </summary>
public static class StoryModelFit
{
    public static IReadOnlyList<GoldStoryArticle> Read(ArticleSet set, StoryOptions options)
    {
        var processor = new ArticleProcessor();
        var featurizer = new StoryFeaturizer(options);
        // Only for fingerprints: each replay links with a fresh linker of the same (default) copy options.
        var fingerprinter = new ArticleLinker();
        var path = Path.Combine(set.Folder, "articles.jsonl");
        var read = new List<GoldStoryArticle>();
        foreach (var a in set.Articles)
        {
            var raw = new RawItem(a.Id, $"{path}:{a.Line}", RawFormat.Json, a.Json, InputMetadata.Empty);
            // As ArticleLinker feeds the clusterer: only a publication date the input stated.
            ProcessedArticle p;
            try { p = processor.Process(raw); }
            catch (InvalidDataException) { continue; }
            var gold = set.Gold[a.Id][1];
            read.Add(new GoldStoryArticle(a.Id, gold, gold.Split('_')[0], Document(featurizer, p), p.Title, p, fingerprinter.Fingerprint(p)));
        }
        return read;
    }

    /// <summary>The article as ArticleLinker hands it to the stories stage: the same dates, read the same way.</summary>
    private static StoryDocument Document(StoryFeaturizer featurizer, ProcessedArticle p) =>
        featurizer.Build(p.Title, p.Text, ArticleLinker.AnchoredEventDay(p), ArticleLinker.StatedPublished(p)) with
        {
            EventMonthDay = ArticleLinker.EventMonthDay(p),
            EventDaySeparates = ArticleLinker.EventDaySeparates(p),
            EventYear = ArticleLinker.EventYear(p),
        };

    public static List<JoinExample> Examples(IReadOnlyList<GoldStoryArticle> articles, StoryOptions options, IEnumerable<int?> orders)
    {
        var rows = new List<JoinExample>();
        foreach (var order in orders)
        {
            var clusterer = new StoryClusterer(options);
            var copies = new CopyIndex();
            var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
            var storyOfArticle = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var a in EvalOrder.Arrange(articles, order))
            {
                // As StoryGrouper: a copy of an article placed before joins its story without being scored or adding terms.
                if (ArticleLinker.StoryCopyLink(copies.Observe(a.Fingerprint), a.Id) is { } copy
                    && storyOfArticle.TryGetValue(copy.OriginIdentity, out var originStory))
                {
                    storyOfArticle[a.Id] = originStory;
                    clusterer.Touch(originStory, a.Document.When);
                    continue;
                }
                long? gold = storyOf.TryGetValue(a.Event, out var g) ? g : null;
                foreach (var c in clusterer.Score(a.Document))
                    rows.Add(new JoinExample(c.Features.Learned(), c.StoryId == gold));
                storyOf[a.Event] = storyOfArticle[a.Id] = clusterer.Place(a.Document, gold, a.Title);
            }
        }
        return rows;
    }

    /// <summary>Logistic regression by Newton's method; returns the bias first, then one weight per feature.</summary>
    public static double[] Logistic(IReadOnlyList<JoinExample> rows, double l2 = 1e-2, int iterations = 30)
    {
        var k = rows[0].Features.Length + 1;
        var w = new double[k];
        for (var it = 0; it < iterations; it++)
        {
            var grad = new double[k];
            var hess = new double[k, k];
            foreach (var r in rows)
            {
                var x = Row(r.Features);
                var z = 0.0;
                for (var i = 0; i < k; i++) z += w[i] * x[i];
                var p = 1 / (1 + Math.Exp(-z));
                var y = r.SameEvent ? 1.0 : 0.0;
                for (var i = 0; i < k; i++)
                {
                    grad[i] += (p - y) * x[i];
                    for (var j = 0; j < k; j++) hess[i, j] += p * (1 - p) * x[i] * x[j];
                }
            }
            for (var i = 1; i < k; i++)
            {
                grad[i] += l2 * w[i];
                hess[i, i] += l2;
            }
            hess[0, 0] += 1e-9;
            var step = Solve(hess, grad);
            for (var i = 0; i < k; i++) w[i] -= step[i];
        }
        return w;
    }

    public static StoryJoinModel ToModel(double[] w, StoryJoinModel basis) => basis with
    {
        Bias = w[0], Words = w[1], Title = w[2], Names = w[3], Numbers = w[4], TitleNumberConflict = w[5],
        NamesKnown = w[6], NamesMentioned = w[7], YearConflict = w[8],
        SalientUnknown = w[9], SalientUnmentioned = w[10], Small = w[11],
        LeadUnknown = w[12], LeadUnmentioned = w[13], MemberMax = w[14],
        SubjectMatch = w[15], SubjectConflict = w[16], EventYearConflict = w[17],
    };

    /// <summary>ToModel's inverse: the bias first, then one weight per StoryFeatures.LearnedNames.</summary>
    public static double[] Weights(StoryJoinModel m) =>
    [
        m.Bias, m.Words, m.Title, m.Names, m.Numbers, m.TitleNumberConflict, m.NamesKnown, m.NamesMentioned, m.YearConflict,
        m.SalientUnknown, m.SalientUnmentioned, m.Small, m.LeadUnknown, m.LeadUnmentioned, m.MemberMax, m.SubjectMatch,
        m.SubjectConflict, m.EventYearConflict,
    ];

    /// <summary>
    /// Orders written as the tools take them ("21-60", "0-3,13-20"): each number an order for Cluster, 0 the file
    /// order (null), N the order of `lede eval stories --shuffle-seed N`.
    /// </summary>
    public static int?[] Orders(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split('-') is [var from, var to]
                ? Enumerable.Range(Number(from), Number(to) - Number(from) + 1)
                : [Number(part)])
            .Select(n => n == 0 ? (int?)null : n).ToArray();

    private static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>BCubed and ARI of the real online clustering of the articles, in the given order.</summary>
    public static ClusterScore Cluster(IReadOnlyList<GoldStoryArticle> articles, StoryOptions options, int? order)
    {
        var storyOf = Stories(articles, options, order);
        return ClusterMetrics.Score(EvalOrder.Arrange(articles, order)
            .Select(a => (a.Event, storyOf[a.Id].ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
    }

    /// <summary>
    /// Each article's story as `lede eval stories` ends up with it: the articles linked in this order by an ArticleLinker
    /// (copies stage, then stories with their repairs), and the stories as they end up after moves (PipelineRun.Over).
    /// </summary>
    public static Dictionary<string, long> Stories(IReadOnlyList<GoldStoryArticle> articles, StoryOptions options, int? order)
    {
        var linker = new ArticleLinker(storyOptions: options);
        var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var a in EvalOrder.Arrange(articles, order))
        {
            var linked = linker.Link(a.Article, a.Fingerprint, a.Document);
            storyOf[a.Id] = linked.Story.StoryId;
            foreach (var move in linked.Moved) storyOf[move.Identity] = move.StoryId;
        }
        return storyOf;
    }

    private static double[] Row(double[] f)
    {
        var x = new double[f.Length + 1];
        x[0] = 1;
        Array.Copy(f, 0, x, 1, f.Length);
        return x;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            for (var j = 0; j < n; j++) (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            (x[c], x[pivot]) = (x[pivot], x[c]);
            for (var r = 0; r < n; r++)
            {
                if (r == c || m[r, c] == 0) continue;
                var f = m[r, c] / m[c, c];
                for (var j = 0; j < n; j++) m[r, j] -= f * m[c, j];
                x[r] -= f * x[c];
            }
        }
        for (var i = 0; i < n; i++) x[i] /= m[i, i];
        return x;
    }
}
