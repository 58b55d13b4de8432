using Lede.Pipeline;
using Lede.Sources;
using Lede.Stories;

namespace Lede.Evaluation.Stories;

/// <summary>An article of a stories set, read by the pipeline, with its gold event.</summary>
public sealed record GoldStoryArticle(string Id, string Event, string Topic, StoryDocument Document, string? Title);

/// <summary>One article-against-story row: the learned features and whether the story is the article's gold event.</summary>
public sealed record JoinExample(double[] Features, bool SameEvent);

/// <summary>
/// Fits StoryJoinModel (tools/fit-story-model.cs runs it): replays a stories set in several orders, building the
/// gold stories online through StoryClusterer so that each article is scored against the candidates the clusterer
/// would retrieve, as it would see them; then a logistic regression (Newton, small L2) on those rows, and the bias
/// moved to the value that maximises BCubed F1 of the real online clustering.
/// </summary>
public static class StoryModelFit
{
    public static IReadOnlyList<GoldStoryArticle> Read(ArticleSet set, StoryOptions options)
    {
        var processor = new ArticleProcessor();
        var featurizer = new StoryFeaturizer(options);
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
            read.Add(new GoldStoryArticle(a.Id, gold, gold.Split('_')[0], Document(featurizer, p), p.Title));
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
            var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var a in EvalOrder.Arrange(articles, order))
            {
                long? gold = storyOf.TryGetValue(a.Event, out var g) ? g : null;
                foreach (var c in clusterer.Score(a.Document))
                    rows.Add(new JoinExample(c.Features.Learned(), c.StoryId == gold));
                storyOf[a.Event] = clusterer.Place(a.Document, gold, a.Title);
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

    /// <summary>BCubed and ARI of the real online clustering of the articles, in the given order.</summary>
    public static ClusterScore Cluster(IReadOnlyList<GoldStoryArticle> articles, StoryOptions options, int? order)
    {
        var clusterer = new StoryClusterer(options);
        var storyOf = new Dictionary<string, long>(StringComparer.Ordinal);
        var arranged = EvalOrder.Arrange(articles, order);
        foreach (var a in arranged)
        {
            var assignment = clusterer.Assign(a.Document, a.Title, a.Id);
            storyOf[a.Id] = assignment.StoryId;
            // A repair moves articles placed before: score the stories as they end up.
            foreach (var move in assignment.Moved) storyOf[move.Key] = move.StoryId;
        }
        return ClusterMetrics.Score(arranged.Select(a => (a.Event, storyOf[a.Id].ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
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
