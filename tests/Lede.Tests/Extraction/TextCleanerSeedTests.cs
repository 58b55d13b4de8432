using Lede.Extraction;

namespace Lede.Tests.Extraction;

/// <summary>The founding seeds: every clutter.tsv line goes, every keep.tsv line and every article sentence stays.</summary>
public sealed class TextCleanerSeedTests
{
    // A line this long that ends like a sentence is article prose unless clutter.tsv says otherwise.
    private const int SentenceWords = 12;

    private static string Seeds => Path.Combine(TestPaths.Shared, "seeds");

    public static TheoryData<string> SeedFiles() =>
        [.. Directory.GetFiles(Seeds, "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static ILookup<string, string> Rows(string table) =>
        File.ReadAllLines(Path.Combine(Seeds, table)).Skip(1)
            .Select(row => row.Split('\t'))
            .Where(cells => cells.Length >= 2)
            .ToLookup(cells => cells[0], cells => cells[1].Trim());

    private static (string[] Original, string[] Cleaned, CleanedText Result) Clean(string file)
    {
        var text = File.ReadAllText(Path.Combine(Seeds, file));
        var result = TextCleaner.Default.Read(text);
        var original = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return (original, result.Text.Split('\n'), result);
    }

    [Fact]
    public void Tables_name_all_five_seeds()
    {
        Assert.Equal(5, SeedFiles().Count);
        Assert.Equal(4, Rows("clutter.tsv").Count);
        Assert.Equal(5, Rows("keep.tsv").Count);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_clutter_line_goes_every_time(string file)
    {
        var (original, cleaned, _) = Clean(file);
        foreach (var line in Rows("clutter.tsv")[file])
        {
            Assert.Contains(line, original);
            Assert.DoesNotContain(line, cleaned);
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_keep_line_stays(string file)
    {
        var (_, cleaned, _) = Clean(file);
        foreach (var line in Rows("keep.tsv")[file]) Assert.Contains(line, cleaned);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void No_article_sentence_is_lost(string file)
    {
        var (original, cleaned, _) = Clean(file);
        var clutter = Rows("clutter.tsv")[file].ToHashSet(StringComparer.Ordinal);
        var sentences = original.Where(l => !clutter.Contains(l)
            && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SentenceWords
            && l.TrimEnd('"', '”', '’', ' ')[^1] is '.' or '!' or '?').ToList();
        Assert.NotEmpty(sentences);
        foreach (var line in sentences) Assert.Contains(line, cleaned);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Only_clutter_lines_are_dropped(string file)
    {
        // The seeds' clutter is fully listed: dropping anything else would be dropping article text.
        var (_, _, result) = Clean(file);
        var clutter = Rows("clutter.tsv")[file].ToHashSet(StringComparer.Ordinal);
        Assert.All(result.Dropped, d => Assert.Contains(d.Line, clutter));
    }

    [Fact]
    public void Seed_metadata_names_the_wire_source_and_the_page_dates()
    {
        var ap = Clean("001_0b0d82841d9921fa.txt").Result.Metadata;
        Assert.Equal(new TextMetadata("AP News", "KYIV, Ukraine", "AP", "Associated Press", null), ap);

        var older = Clean("002_399a463a00d02ec6.txt").Result;
        Assert.Equal(new ShownDate(new DateOnly(2023, 9, 29), "Friday, September 29, 2023", DateConfidence.Low), older.Metadata.PageDate);
        Assert.Equal("NATO hints to support Ukraine against threat from Russia", older.Title);

        var desk = Clean("003_f513b542403ec246.txt").Result.Metadata;
        Assert.Equal("GNB Desk", desk.Byline);
        Assert.Equal(new DateOnly(2024, 12, 22), desk.PageDate?.Date);

        Assert.Equal(TextMetadata.None, Clean("004_de0cedfbbcbaaedc.txt").Result.Metadata);
    }

    [Fact]
    public void Extractor_reads_plain_text_through_the_cleaner()
    {
        var text = File.ReadAllText(Path.Combine(Seeds, "003_f513b542403ec246.txt"));
        var extracted = new ArticleExtractor().FromText(text);
        Assert.Equal("NATO Secretary General reaffirms strong support for Ukraine in Kyiv visit", extracted.Title);
        Assert.StartsWith("NATO Secretary General reaffirms", extracted.Text, StringComparison.Ordinal);
        Assert.EndsWith("threatened to take countermeasures if Ukraine becomes a member of the Alliance.", extracted.Text, StringComparison.Ordinal);
    }
}
