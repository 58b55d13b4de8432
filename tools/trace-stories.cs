#:project ../src/Lede/Lede.csproj
// Replays the ECB+ stories stream through the current model, in the order `lede eval stories` uses, and prints how the
// articles whose ids start with PREFIX were placed: the story each joined or opened with its reason, and every repair
// move of such an article with its reason (split, rejoin, merges, orphan check), and each time the orphan check left
// such an article out, why (which guard; for a lead conflict which side and which name) with the z it would score. It
// is the current model's run, not a refit (unlike fit-story-model.cs's FIT_DIAG), so what it prints is what eval scored.
// `dotnet run -c Release tools/trace-stories.cs PREFIX [SHUFFLE_SEED] [FOLDER]`, e.g. `... 24_ 2` for topic 24 in
// --shuffle-seed 2's order; an empty PREFIX ("") traces every article and "-" none.
// FIT_SET="PiecesDateMinZ=-1,Model.Bias=-4" runs with other option values, as in fit-story-model.cs, and
// TRACE_PREDICTIONS=FILE writes the run's partition in `lede eval stories --save-predictions` layout (id, story), so that
// a variant can be scored in four orders in about a minute (tools/replay-orders.sh) instead of a full fit.
using Lede.Evaluation;
using Lede.Evaluation.Stories;
using Lede.Pipeline;
using Lede.Stories;

if (args.Length is 0 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run -c Release tools/trace-stories.cs PREFIX [SHUFFLE_SEED] [FOLDER]");
    return 2;
}
var prefix = args[0];
int? seed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null;
var folder = args.Length > 2 ? args[2] : "../shared/datasets/ecbplus/stories";
// The repairs' refusals (StoryOptions.Trace; each line led by the identity of the article refused), printed after the
// arrival that prompted them.
var refusals = new List<string>();
var options = StoryOptionSettings.Apply(StoryOptions.Default, Environment.GetEnvironmentVariable("FIT_SET"))
    with { Trace = prefix == "-" ? null : refusals.Add };
var articles = StoryModelFit.Read(ArticleSet.Load(folder, "id", "event"), options);
var gold = articles.ToDictionary(a => a.Id, a => a.Event);
var linker = new ArticleLinker(storyOptions: options);
var storyOf = new Dictionary<string, long>();
var traced = prefix != "-";
foreach (var article in EvalOrder.Arrange(articles, seed))
{
    var linked = linker.Link(article.Article);
    storyOf[article.Id] = linked.Story.StoryId;
    if (traced && article.Id.StartsWith(prefix, StringComparison.Ordinal))
        Console.WriteLine($"{article.Id} ({article.Event}) -> story {linked.Story.StoryId}{(linked.Story.IsNewStory ? " (new)" : "")}: {linked.Story.Reason}");
    foreach (var moved in linked.Moved)
    {
        storyOf[moved.Identity] = moved.StoryId;
        if (traced && moved.Identity.StartsWith(prefix, StringComparison.Ordinal))
            Console.WriteLine($"    moved {moved.Identity} ({gold.GetValueOrDefault(moved.Identity, "?")}) -> story {moved.StoryId}: {moved.Reason}");
    }
    foreach (var refusal in refusals)
        if (refusal.StartsWith(prefix, StringComparison.Ordinal))
            Console.WriteLine($"    (after {article.Id} joined story {linked.Story.StoryId}, {Mix(linked.Story.StoryId)}) {refusal}");
    refusals.Clear();
}
// A story's gold events as they stand, largest first ("30_ecb:14 30_ecbplus:3").
string Mix(long story) => string.Join(' ', storyOf.Where(kv => kv.Value == story).GroupBy(kv => gold.GetValueOrDefault(kv.Key, "?"))
    .OrderByDescending(g => g.Count()).Select(g => $"{g.Key}:{g.Count()}"));

if (Environment.GetEnvironmentVariable("TRACE_PREDICTIONS") is { Length: > 0 } predictions)
    File.WriteAllLines(predictions, ["id\tstory", .. articles.Select(a => $"{a.Id}\t{storyOf[a.Id]}")]);
return 0;
