using FsCheck.Xunit;
using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class TextCleanerPropertyTests
{
    // Lines of every kind the cleaner tells apart, so that random pages mix clutter, headlines and prose.
    private static readonly string[] Pool =
    [
        "Harbour town opens its new lifeboat station",
        "The new lifeboat station in Westport opened on Tuesday, replacing a shed that had served the crew for ninety years.",
        "The crew of twelve volunteers answered 64 calls last year, most of them to sailing boats caught by storms.",
        "The crew says it is ready.",
        "Storm closes the ferry for a week",
        "On Sunday, the court registered a case against the former minister on charges of fraud,...",
        "Latest News", "More", "Comments", "Follow us", "- Advertisement -spot_img", "fbpx", "Harbour Desk",
        "A local newsroom for the latest news, sport, weather and more.",
        "Also Read: Council approves record budget", "Sign up for the Westport Weekly Newsletter",
        "This article does not provide any financial advice and is not a recommendation to deal in any securities.",
        "Friday, September 29, 2023", "33.1 C", "By Jane Doe", "WESTPORT (AP) — The station opened on Tuesday after two years of building work.",
        "APTOPIX Britain Lifeboats", "Home › News › Local", "", "   ",
    ];

    private static string Page(int[] picks, string[] noise) =>
        string.Join('\n', picks.Select((p, i) => (p & 1) == 0 || noise.Length == 0
            ? Pool[(int)((uint)p % Pool.Length)]
            : noise[i % noise.Length] ?? ""));

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => string.Join(' ', new string(l.Where(c => c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')).ToArray())
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    [Property(MaxTest = 300)]
    public void Cleaning_is_idempotent(int[] picks, string[] noise)
    {
        var once = TextCleaner.Default.Clean(Page(picks, noise));
        Assert.Equal(once, TextCleaner.Default.Clean(once));
    }

    [Property(MaxTest = 300)]
    public void Cleaning_only_drops_lines(int[] picks, string[] noise)
    {
        var page = Page(picks, noise);
        var input = Lines(page).ToList();
        var output = TextCleaner.Default.Clean(page).Split('\n').Where(l => l.Length > 0).ToList();
        Assert.True(output.Count <= input.Count);
        // Every output line is an input line, in the input's order.
        var at = 0;
        foreach (var line in output)
        {
            while (at < input.Count && input[at] != line) at++;
            Assert.True(at < input.Count, $"not an input line, or out of order: {line}");
            at++;
        }
    }
}
