using System.Text;
using Lede.Extraction;
using Lede.Pipeline;
using Lede.Sources;
using Xunit.Abstractions;

namespace Lede.Tests.Extraction;

/// <summary>
/// A thousand generated hostile pages through the whole per-article path: each gives an article or an
/// InvalidDataException that says why, never another exception, and the extractor's work stays within its
/// configured limits, asserted by counts (bytes decoded, characters parsed, nodes flattened, depth) rather
/// than by the clock, which a busy machine makes meaningless.
/// </summary>
public sealed class HostilePagesTests(ITestOutputHelper output)
{
    private const int Pages = 1_000;
    private const int Seed = 20_240_917;

    [Fact]
    public void Every_hostile_page_gives_an_article_or_a_clear_error_within_the_limits()
    {
        var options = ExtractionOptions.Default;
        var processor = new ArticleProcessor();
        var extractor = new ArticleExtractor(options);
        var generator = new HostilePageGenerator(Seed);
        var failures = new List<string>();
        var tally = new Dictionary<string, KindTally>(StringComparer.Ordinal);

        for (var i = 0; i < Pages; i++)
        {
            var page = generator.Next(i);
            var where = $"page {i} ({page.Kind}, {page.Bytes.Length:N0} bytes, seed {Seed})";
            var kind = tally.TryGetValue(page.Kind, out var k) ? k : tally[page.Kind] = new KindTally();

            // The contract: a result or an InvalidDataException with a message, nothing else.
            try
            {
                var article = processor.Process(new RawItem($"hostile-{i}", "hostile", RawFormat.Html, page.Bytes, InputMetadata.Empty));
                if (string.IsNullOrWhiteSpace(article.Text)) failures.Add($"{where}: a result without text");
                kind.Articles++;
            }
            catch (InvalidDataException e) when (!string.IsNullOrWhiteSpace(e.Message))
            {
                kind.Errors++;
            }
            catch (Exception e)
            {
                failures.Add($"{where}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            // The bounds, by count, on the same steps the processor takes.
            var html = TextDecoding.DecodeHtml(page.Bytes);
            if (html.Length > Math.Max(page.Bytes.Length, 1)) failures.Add($"{where}: decoded {html.Length:N0} chars from fewer bytes");
            using var document = extractor.Parse(html);
            var parsed = document.Source.Length;
            var work = extractor.FromDocument(document).Work;
            if (parsed > options.MaxHtmlChars) failures.Add($"{where}: parsed {parsed:N0} chars, limit {options.MaxHtmlChars:N0}");
            if (work.Nodes > options.MaxNodes) failures.Add($"{where}: flattened {work.Nodes:N0} nodes, limit {options.MaxNodes:N0}");
            if (work.Depth > options.MaxDepth) failures.Add($"{where}: reached depth {work.Depth:N0}, limit {options.MaxDepth:N0}");
            if (page.ExceedsLimits && !work.Truncated) failures.Add($"{where}: beyond the limits but not marked truncated");
            kind.Truncated += work.Truncated ? 1 : 0;
            kind.MaxNodes = Math.Max(kind.MaxNodes, work.Nodes);
            kind.MaxDepth = Math.Max(kind.MaxDepth, work.Depth);
            kind.MaxParsedChars = Math.Max(kind.MaxParsedChars, parsed);
        }

        foreach (var (name, k) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
            output.WriteLine($"{name,-16} articles {k.Articles,4}  errors {k.Errors,4}  truncated {k.Truncated,4}  " +
                             $"max nodes {k.MaxNodes,7:N0}  max depth {k.MaxDepth,4}  max chars parsed {k.MaxParsedChars,10:N0}");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.Equal(HostilePageGenerator.Kinds.Count, tally.Count);
        // The limits were reached, not merely never approached.
        Assert.Contains(tally.Values, k => k.MaxNodes == options.MaxNodes);
        Assert.Contains(tally.Values, k => k.MaxDepth == options.MaxDepth);
        Assert.Contains(tally.Values, k => k.MaxParsedChars == options.MaxHtmlChars);
        Assert.True(tally.Values.Sum(k => k.Articles) > 0 && tally.Values.Sum(k => k.Errors) > 0);
    }

    private sealed class KindTally
    {
        public int Articles, Errors, Truncated, MaxNodes, MaxDepth, MaxParsedChars;
    }
}

/// <summary>One generated page: raw bytes as a crawler might store them, and whether it is built to exceed the extractor's limits.</summary>
internal sealed record HostilePage(string Kind, byte[] Bytes, bool ExceedsLimits);

/// <summary>
/// Seeded hostile pages, one kind after another. Sizes are mostly small, with a few at and beyond the
/// limits, so that a thousand pages stay within seconds while every limit is crossed.
/// </summary>
internal sealed class HostilePageGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public static IReadOnlyList<string> Kinds { get; } =
    [
        "deep-nesting", "huge-attribute", "many-siblings", "binary", "broken-encoding", "unclosed-tags",
        "giant-text", "empty", "only-scripts", "nested-tables", "null-chars", "soup",
    ];

    private static readonly string[] Words =
        "the minister said on Tuesday that talks would resume after the summit in Geneva despite protests".Split(' ');

    public HostilePage Next(int index)
    {
        var kind = Kinds[index % Kinds.Count];
        // One page of each kind is its extreme: the sizes that cross the limits.
        var extreme = index / Kinds.Count == 7;
        return kind switch
        {
            "deep-nesting" => DeepNesting(extreme),
            "huge-attribute" => HugeAttribute(extreme),
            "many-siblings" => ManySiblings(extreme),
            "binary" => Binary(extreme),
            "broken-encoding" => BrokenEncoding(),
            "unclosed-tags" => UnclosedTags(extreme),
            "giant-text" => GiantText(extreme),
            "empty" => Empty(),
            "only-scripts" => OnlyScripts(extreme),
            "nested-tables" => NestedTables(extreme),
            "null-chars" => NullChars(),
            _ => Soup(),
        } with { Kind = kind };
    }

    private HostilePage DeepNesting(bool extreme)
    {
        var depth = extreme ? 100_000 : Pick(10, 300, 450, 2_000, 10_000);
        var tag = extreme ? "div" : Pick("div", "span", "section", "blockquote", "b", "font", "a", "em", "article");
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append('<').Append(tag).Append('>');
            if (i % 97 == 0) sb.Append(Sentence());
        }
        sb.Append("<p>").Append(Paragraph()).Append("</p>");
        // Half the pages never close what they opened.
        if (_random.Next(2) == 0) for (var i = 0; i < depth; i++) sb.Append("</").Append(tag).Append('>');
        // Nested links close each other (an <a> never holds an <a>), so only the other tags really nest.
        return Html(sb, tag != "a" && depth > ExtractionOptions.Default.MaxDepth + 10);
    }

    private HostilePage HugeAttribute(bool extreme)
    {
        var size = extreme ? 6_000_000 : Pick(10_000, 100_000, 500_000);
        var name = Pick("class", "id", "style", "data-x", "href", "content", "aria-hidden");
        var value = _random.Next(3) switch
        {
            0 => new string('x', size),
            1 => string.Concat(Enumerable.Repeat("sidebar article-body hidden ", size / 27)),
            _ => new string('"', 1) + new string(' ', size),
        };
        var sb = new StringBuilder("<html><head><meta name=\"description\" content=\"").Append(value.AsSpan(0, Math.Min(value.Length, 1000)))
            .Append("\"></head><body><div ").Append(name).Append("=\"").Append(value).Append("\"><p>")
            .Append(Paragraph()).Append("</p></div></body></html>");
        return Html(sb, false);
    }

    private HostilePage ManySiblings(bool extreme)
    {
        var count = extreme ? 250_000 : Pick(1_000, 5_000, 20_000);
        var tag = extreme ? "li" : Pick("p", "li", "a", "span", "br", "td", "option", "i");
        var sb = new StringBuilder("<html><body><div class=\"content\">");
        for (var i = 0; i < count; i++)
        {
            sb.Append('<').Append(tag).Append('>');
            sb.Append(i % 50 == 0 ? Sentence() : "x");
            if (tag != "br") sb.Append("</").Append(tag).Append('>');
        }
        sb.Append("</div></body></html>");
        // Each element and its text are two nodes; a <td> outside a table is dropped by the parser.
        return Html(sb, tag != "td" && 2 * count > ExtractionOptions.Default.MaxNodes);
    }

    private HostilePage Binary(bool extreme)
    {
        var bytes = new byte[extreme ? 2_000_000 : _random.Next(0, 20_000)];
        _random.NextBytes(bytes);
        // Some garbage starts like a page, so that the sniffers take it for one.
        if (bytes.Length > 64 && _random.Next(2) == 0) Encoding.ASCII.GetBytes("<html><meta charset=\"utf-8\"><body><p>").CopyTo(bytes, 0);
        return new HostilePage("", bytes, false);
    }

    private HostilePage BrokenEncoding()
    {
        var text = $"<p>{Paragraph()} Zürich, señor, naïve, Łódź, 東京, Москва, “quotes” — €5</p>";
        var page = $"<html><head><meta charset=\"{{0}}\"><title>Ünïcödé</title></head><body>{text}{text}{text}</body></html>";
        byte[] Bytes(string charset, Encoding encoding) => encoding.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, page, charset));
        var utf8 = Encoding.UTF8;
        return _random.Next(10) switch
        {
            // A declared charset that lies about the bytes.
            0 => new HostilePage("", Bytes("shift_jis", utf8), false),
            1 => new HostilePage("", Bytes("utf-8", Encoding.Latin1), false),
            2 => new HostilePage("", Bytes("utf-7", utf8), false),
            3 => new HostilePage("", Bytes("x-no-such-charset", utf8), false),
            4 => new HostilePage("", Bytes("utf-16", utf8), false),
            // A UTF-16 BOM over bytes of an odd length.
            5 => new HostilePage("", [0xFF, 0xFE, .. Bytes("utf-8", utf8), 0x41], false),
            6 => new HostilePage("", [0xFE, 0xFF, .. Bytes("iso-8859-1", Encoding.Unicode)], false),
            // A UTF-8 BOM over Latin-1 bytes, and UTF-8 cut inside a multi-byte character.
            7 => new HostilePage("", [0xEF, 0xBB, 0xBF, .. Bytes("utf-8", Encoding.Latin1)], false),
            8 => new HostilePage("", [.. Bytes("utf-8", utf8), 0xE6, 0x9D], false),
            // Mixed: a UTF-8 half and a windows-1252 half in one page.
            _ => new HostilePage("", [.. Bytes("windows-1252", utf8), .. Encoding.Latin1.GetBytes(text)], false),
        };
    }

    private HostilePage UnclosedTags(bool extreme)
    {
        var count = extreme ? 120_000 : Pick(100, 1_000, 10_000);
        string[] fragments =
        [
            "<div", "<p>", "<table><tr><td>", "<ul><li>", "<a href=\"x", "<!--", "<![CDATA[", "<script>", "<style>",
            "<textarea>", "<title>", "<select><option>", "<b><i><u>", "</div>", "</p></p></p>", "<", "<<>>", "&", "&#", "<svg><math>",
            "<template>", "<noscript>", "<frameset>", "<plaintext>", "<xmp>", "<iframe>", "<form><form>", "<h1><h2><h3>",
        ];
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < count; i++)
        {
            sb.Append(fragments[_random.Next(fragments.Length)]);
            if (_random.Next(4) == 0) sb.Append(Sentence());
        }
        return Html(sb, false);
    }

    private HostilePage GiantText(bool extreme)
    {
        var size = extreme ? ExtractionOptions.Default.MaxHtmlChars + 500_000 : Pick(50_000, 200_000, 1_000_000);
        var sb = new StringBuilder(size + 100).Append("<html><body><p>");
        var spaced = _random.Next(3) != 0;
        while (sb.Length < size) sb.Append(spaced ? Words[_random.Next(Words.Length)] + ' ' : "abcdefghij");
        sb.Append("</p></body></html>");
        return Html(sb, false);
    }

    private HostilePage Empty() => _random.Next(8) switch
    {
        0 => new HostilePage("", [], false),
        1 => Html(new StringBuilder("   \n\t  "), false),
        2 => Html(new StringBuilder("<html></html>"), false),
        3 => new HostilePage("", [0xEF, 0xBB, 0xBF], false),
        4 => new HostilePage("", [0xFF, 0xFE], false),
        5 => Html(new StringBuilder("<!DOCTYPE html><html><head><title></title></head><body></body></html>"), false),
        6 => Html(new StringBuilder("<html><body><p> </p><div>&nbsp;</div></body></html>"), false),
        _ => Html(new StringBuilder("<"), false),
    };

    private HostilePage OnlyScripts(bool extreme)
    {
        var count = extreme ? 2_000 : Pick(1, 50, 500);
        var sb = new StringBuilder("<html><head>");
        for (var i = 0; i < count; i++)
        {
            sb.Append(_random.Next(6) switch
            {
                0 => "<script>var a = '<p>" + Sentence() + "</p>';</script>",
                1 => "<style>p { display: none } /* " + Sentence() + " */</style>",
                2 => "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":" + new string('[', 5_000) + "}</script>",
                3 => "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + Sentence() + "\\",
                4 => "<script type=\"application/ld+json\">" + new string('{', 300) + "</script>",
                _ => "<noscript><script>" + Sentence() + "</script></noscript>",
            });
        }
        sb.Append("</head><body>");
        if (_random.Next(2) == 0) sb.Append("<script>document.write('").Append(Paragraph()).Append("')</script>");
        sb.Append("</body></html>");
        return Html(sb, false);
    }

    private HostilePage NestedTables(bool extreme)
    {
        var depth = extreme ? 30_000 : Pick(10, 100, 500, 3_000);
        var (open, close) = Pick(("<table><tr><td>", "</td></tr></table>"), ("<ul><li>", "</li></ul>"), ("<ol><li><dl><dd>", "</dd></dl></li></ol>"));
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
            if (i % 50 == 0) sb.Append(Sentence());
        }
        sb.Append(Paragraph());
        if (_random.Next(2) == 0) for (var i = 0; i < depth; i++) sb.Append(close);
        return Html(sb, depth > ExtractionOptions.Default.MaxDepth);
    }

    private HostilePage NullChars()
    {
        var sb = new StringBuilder("<html><bo\0dy><p class=\"a\0b\">");
        foreach (var c in Paragraph()) sb.Append(_random.Next(8) == 0 ? '\0' : c);
        sb.Append("&#0;&#x0;\0</p><\0p>").Append(Sentence()).Append("\0\0\0</body></html>");
        return Html(sb, false);
    }

    private HostilePage Soup()
    {
        var sb = new StringBuilder();
        var parts = _random.Next(1, 200);
        for (var i = 0; i < parts; i++)
        {
            sb.Append(_random.Next(7) switch
            {
                0 => "<" + Pick("p", "div", "article", "main", "nav", "footer", "aside", "h1") + " class=\"" + Pick("content", "share", "comments", "article-body", "") + "\">",
                1 => Sentence(),
                2 => "&#x110000;&#xD800;&amp;&lt;&#99999999999;&",
                3 => "</" + Pick("p", "div", "html", "body", "head") + ">",
                4 => ((char)_random.Next(0, 0xFFFF)).ToString(),
                5 => "<html><head><title>" + Sentence() + "</title></head><body>",
                _ => "<meta property=\"article:published_time\" content=\"" + Pick("2024-02-30", "99999-01-01", "yesterday", "") + "\">",
            });
        }
        return Html(sb, false);
    }

    private static HostilePage Html(StringBuilder sb, bool exceedsLimits) => new("", Encoding.UTF8.GetBytes(sb.ToString()), exceedsLimits);

    private string Sentence() =>
        string.Join(' ', Enumerable.Range(0, _random.Next(5, 15)).Select(_ => Words[_random.Next(Words.Length)])) + ".";

    private string Paragraph() => string.Join(' ', Enumerable.Range(0, _random.Next(3, 8)).Select(_ => Sentence()));

    private T Pick<T>(params T[] choices) => choices[_random.Next(choices.Length)];
}
