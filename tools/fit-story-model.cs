#:project ../src/Lede/Lede.csproj
// Fits the stories join model (StoryJoinModel) on ECB+ topics 1-35: `dotnet run tools/fit-story-model.cs [FOLDER]`.
// First a check that the fit carries over: fitted on the train topics, scored on the dev topics (Cybulska & Vossen
// 2015 split); then the weights to paste into StoryOptions.cs, fitted on all topics 1-35.
using System.Globalization;
using Lede.Evaluation;
using Lede.Evaluation.Stories;
using Lede.Stories;

var folder = args.Length > 0 ? args[0] : "../shared/datasets/ecbplus/stories";
// FIT_SET="SplitGap=0.4,SplitNames=2,Model.Bias=-4": try other values of StoryOptions' settings without editing them.
var options = StoryOptionSettings.Apply(StoryOptions.Default, Environment.GetEnvironmentVariable("FIT_SET"));
var readClock = System.Diagnostics.Stopwatch.StartNew();
var all = StoryModelFit.Read(ArticleSet.Load(folder, "id", "event"), options);
Console.WriteLine($"read in {readClock.Elapsed.TotalSeconds:0.00} s");
int?[] orders = [null, 1, 2, 3];
int?[] fitOrders = [null, 11, 12];
var devTopics = new HashSet<string> { "2", "5", "12", "18", "21", "23", "34", "35" };
var train = all.Where(a => !devTopics.Contains(a.Topic)).ToList();
var dev = all.Where(a => devTopics.Contains(a.Topic)).ToList();

string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

StoryJoinModel Fit(IReadOnlyList<GoldStoryArticle> articles, string label)
{
    var rows = StoryModelFit.Examples(articles, options, fitOrders);
    var w = StoryModelFit.Logistic(rows);
    var model = StoryModelFit.ToModel(w, options.Model);
    // The pairs hold many easy negatives; move the bias to where the online clustering itself does best.
    var best = (Shift: 0.0, F1: -1.0);
    for (var shift = -3.0; shift <= 3.0; shift += 0.5)
    {
        var o = options with { Model = model with { Bias = model.Bias + shift } };
        var f1 = fitOrders.Average(order => StoryModelFit.Cluster(articles, o, order).BCubedF1);
        if (f1 > best.F1 + 1e-9) best = (shift, f1);
    }
    model = model with { Bias = model.Bias + best.Shift };
    w[0] = model.Bias;
    Console.WriteLine($"{label}: {rows.Count} pairs ({rows.Count(r => r.SameEvent)} same event); bias shift {best.Shift}, fit F1 {F(best.F1)}");
    Console.WriteLine($"  bias {F(model.Bias)} " + string.Join(" ", StoryFeatures.LearnedNames.Select((n, i) => $"{n} {F(w[i + 1])}")));
    // The pairs weigh every candidate alike, while the clustering turns on the few close calls (the first report of a
    // second same-type event, a report of a young story): coordinate ascent on BCubed F1 of the online clustering
    // itself, in the fitting orders, from the logistic weights, in steps that halve.
    var current = best.F1;
    foreach (var step in new[] { 1.0, 0.5 })
    {
        for (var i = 0; i < w.Length; i++)
        {
            foreach (var delta in new[] { -step, step })
            {
                var trial = (double[])w.Clone();
                trial[i] += delta;
                var o = options with { Model = StoryModelFit.ToModel(trial, options.Model) };
                var f1 = fitOrders.Average(order => StoryModelFit.Cluster(articles, o, order).BCubedF1);
                if (f1 > current + 1e-4) { (w, current) = (trial, f1); break; }
            }
        }
    }
    model = StoryModelFit.ToModel(w, options.Model);
    Console.WriteLine($"  tuned on F1: fit F1 {F(current)}");
    Console.WriteLine($"  bias {F(model.Bias)} " + string.Join(" ", StoryFeatures.LearnedNames.Select((n, i) => $"{n} {F(w[i + 1])}")));
    return model;
}

void Report(IReadOnlyList<GoldStoryArticle> articles, StoryJoinModel model, string label)
{
    foreach (var order in orders)
    {
        var s = StoryModelFit.Cluster(articles, options with { Model = model }, order);
        Console.WriteLine($"  {label} order {order?.ToString(CultureInfo.InvariantCulture) ?? "file"}: P {F(s.BCubedPrecision)} R {F(s.BCubedRecall)} F1 {F(s.BCubedF1)} ARI {F(s.AdjustedRand)}");
    }
}

var clock = System.Diagnostics.Stopwatch.StartNew();
if (Environment.GetEnvironmentVariable("FIT_REPORT") is not null)
{
    // The current model as it stands, without fitting: all topics, then the dev topics alone (FIT_REPORT=split: the
    // train topics and the dev topics alone, to choose StoryOptions' constants on the train topics).
    if (Environment.GetEnvironmentVariable("FIT_REPORT") == "split")
    {
        Report(train, options.Model, "current model, train");
        Report(dev, options.Model, "current model, dev");
        return;
    }
    Report(all, options.Model, "current model, all");
    Console.WriteLine($"  {clock.Elapsed.TotalSeconds / orders.Length:0.00} s per clustering of {all.Count}");
    Report(dev, options.Model, "current model, dev");
    if (Environment.GetEnvironmentVariable("FIT_MIXED") is { } mixedOrder)
    {
        // The stories that mix events, as they end up in one order ("file" or a seed).
        var mixed = mixedOrder == "file" ? (int?)null : int.Parse(mixedOrder, CultureInfo.InvariantCulture);
        var storyOf = StoryModelFit.Stories(all, options, mixed);
        var arranged = EvalOrder.Arrange(all, mixed);
        foreach (var g in arranged.GroupBy(a => storyOf[a.Id]))
        {
            var events = g.GroupBy(a => a.Event).Select(e => $"{e.Key}x{e.Count()}").ToList();
            if (events.Count > 1) Console.WriteLine($"MIXED story {g.Key}: {string.Join(" ", events)}");
        }
        foreach (var e in arranged.GroupBy(a => a.Event))
        {
            var stories = e.GroupBy(a => storyOf[a.Id]).Select(g => g.Count()).OrderDescending().ToList();
            if (stories.Count > 1) Console.WriteLine($"SPLIT event {e.Key}: {string.Join(" ", stories)}");
        }
    }
    return;
}
var trained = Fit(train, "train topics");
Report(dev, trained, "dev");
var final = Fit(all, "all topics 1-35");
Report(all, final, "all");

if (Environment.GetEnvironmentVariable("FIT_DIAG") is not null)
{
    var o = options with { Model = final };
    var clusterer = new StoryClusterer(o);
    var byStory = new Dictionary<long, List<GoldStoryArticle>>();
    foreach (var a in all)
    {
        var s = clusterer.Assign(a.Document, a.Title);
        if (!byStory.TryGetValue(s.StoryId, out var l)) byStory[s.StoryId] = l = [];
        l.Add(a);
        if (!s.IsNewStory && l.Count > 1 && l.Take(l.Count - 1).All(b => b.Event != a.Event)) Console.WriteLine($"WRONG {a.Id} -> {l[0].Id}.. {a.Title?[..Math.Min(60, a.Title.Length)]} :: {s.Reason}");
        if (s.IsNewStory && all.Take(all.ToList().IndexOf(a)).Any(b => b.Event == a.Event)) Console.WriteLine($"SPLIT {a.Id} {a.Title?[..Math.Min(70, a.Title.Length)]} :: {s.Reason}");
    }
    foreach (var (id, l) in byStory)
    {
        var events = l.GroupBy(a => a.Event).Select(g => $"{g.Key}x{g.Count()}").ToList();
        if (events.Count > 1) Console.WriteLine($"MIXED story {id}: {string.Join(" ", events)}");
    }
}
