using Lede.Evaluation;
using Lede.Tests.Evaluation;

namespace Lede.Tests.Pipeline;

/// <summary>
/// Issue #6: a copy family counts once in a story, so it must never be split across stories. The whole pipeline
/// (extraction, copies, stories) runs over copybench as `lede eval copies` and `digest` feed it, in file order and in
/// three shuffles, and the families are checked as Lede found them and as the gold has them.
/// </summary>
public sealed class CopyFamilyStoriesTests
{
    private sealed record Families(
        IReadOnlyDictionary<string, long> StoryOf,
        IReadOnlyDictionary<string, List<string>> Found,
        IReadOnlyDictionary<string, List<string>> Gold,
        IReadOnlyDictionary<string, string> FoundOrigin);

    private static readonly Dictionary<int, Lazy<Families>> Runs = new[] { 0, 1, 2, 3 }.ToDictionary(s => s, s => new Lazy<Families>(() => Run(s == 0 ? null : s)));

    private static Families Run(int? shuffleSeed)
    {
        var set = ArticleSet.Load(EvalTestFiles.Dataset("copybench"), "id", "origin", "relation", "event");
        var run = PipelineRun.Over(set, shuffleSeed, null);
        Assert.Empty(run.Failures);
        var origin = run.Linked.ToDictionary(kv => kv.Key, kv => kv.Value.Copy?.OriginIdentity ?? kv.Key, StringComparer.Ordinal);
        var found = origin.GroupBy(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var gold = set.Ids.GroupBy(id => set.Gold[id][1], StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new Families(run.Linked.ToDictionary(kv => kv.Key, kv => kv.Value.Story.StoryId, StringComparer.Ordinal), found, gold, origin);
    }

    private static List<string> Split(Families f, string kind, IReadOnlyDictionary<string, List<string>> families) =>
        families.Where(x => x.Value.Select(id => f.StoryOf[id]).Distinct().Count() > 1)
            .Select(x => $"{kind} family of {x.Key}: " + string.Join(", ", x.Value.Select(id => $"{id} in story {f.StoryOf[id]}")))
            .ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void No_family_Lede_finds_is_split_across_stories(int shuffleSeed)
    {
        var f = Runs[shuffleSeed].Value;
        Assert.True(f.Found.Count >= 280, $"only {f.Found.Count} families found");
        // A late original that takes over several families (each in its story until then) must bring them all into its story.
        var split = Split(f, "found", f.Found);
        Assert.True(split.Count == 0, $"{split.Count} families split across stories:\n" + string.Join("\n", split));
    }

    /// <summary>
    /// Gold families Lede found whole are in one story by the test above; a gold family is split only where the copies
    /// stage missed one of its members and the stories stage then placed that member elsewhere. In file order that is 8
    /// of 296, all copies the source news already held (one outlet carrying another's story, labelled at word 5-gram
    /// containment 0.5 or more); the shuffles add one or two missed synthetic copies. Issue #6 wants none: that takes
    /// better copy recall on those pairs or a stories stage that joins such near-copies.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_gold_family_is_split_across_stories_only_where_a_copy_was_missed(int shuffleSeed)
    {
        var f = Runs[shuffleSeed].Value;
        Assert.Equal(296, f.Gold.Count);
        var unexplained = f.Gold
            .Where(x => x.Value.Select(id => f.StoryOf[id]).Distinct().Count() > 1)
            .Where(x => x.Value.Select(id => f.FoundOrigin[id]).Distinct().Count() == 1)
            .Select(x => x.Key)
            .ToList();
        Assert.True(unexplained.Count == 0, "found whole, yet split: " + string.Join(", ", unexplained));
        var split = Split(f, "gold", f.Gold);
        Assert.True(split.Count <= 12, $"{split.Count} gold families split across stories:\n" + string.Join("\n", split));
    }
}
