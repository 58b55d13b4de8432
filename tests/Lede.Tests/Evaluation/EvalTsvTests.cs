using Lede.Evaluation;

namespace Lede.Tests.Evaluation;

public sealed class EvalTsvTests
{
    [Fact]
    public void Written_rows_read_back_with_their_line_numbers()
    {
        using var files = new EvalTestFiles();
        var path = files.PathOf("p.tsv");
        EvalTsv.Write(path, ["id", "story"], [["a", "1"], ["b", "2"]]);
        Assert.Equal("id\tstory\na\t1\nb\t2\n", File.ReadAllText(path));
        var rows = EvalTsv.ReadById(path, "predictions", ["a", "b"], "id", "story");
        Assert.Equal("2", rows["b"][1]);
        Assert.Equal(3, rows["b"].Line);
    }

    [Theory]
    [InlineData("id\tstory\na\t1\na\t2\n", "line 3: id 'a' appears twice")]
    [InlineData("id\tstory\na\t1\nz\t2\n", "line 3: unknown id 'z'")]
    [InlineData("id\tstory\na\t1\n", "no row for 1 of 2 items, the first being 'b'")]
    [InlineData("a\t1\nb\t2\n", "line 1: predictions must start with the header row")]
    [InlineData("id\tstory\na\n", "line 2: expected 2 tab-separated fields")]
    public void Malformed_files_are_refused_naming_the_line(string content, string message)
    {
        using var files = new EvalTestFiles();
        var path = files.Write("p.tsv", content);
        var e = Assert.Throws<EvalDatasetException>(() => EvalTsv.ReadById(path, "predictions", ["a", "b"], "id", "story"));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_seeded_shuffle_is_repeatable_and_a_permutation()
    {
        var items = Enumerable.Range(0, 50).ToList();
        var once = EvalOrder.Arrange(items, 7);
        Assert.Equal(once, EvalOrder.Arrange(items, 7));
        Assert.NotEqual(items, once);
        Assert.NotEqual(once, EvalOrder.Arrange(items, 8));
        Assert.Equal(items, once.Order());
        Assert.Same(items, EvalOrder.Arrange(items, null));
    }
}
