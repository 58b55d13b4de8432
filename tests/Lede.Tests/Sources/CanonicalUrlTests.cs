using FsCheck;
using FsCheck.Xunit;
using Lede.Sources;

namespace Lede.Tests.Sources;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://Example.COM/news/a?utm_source=x&utm_medium=y#top", "https://example.com/news/a")]
    [InlineData("https://example.com/a?id=7&fbclid=abc&gclid=1&mc_cid=2&mc_eid=3", "https://example.com/a?id=7")]
    [InlineData("http://example.com:80/a?", "http://example.com/a")]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("not a url", "not a url")]
    public void Removes_tracking_fragments_and_default_parts(string url, string expected) =>
        Assert.Equal(expected, CanonicalUrl.Normalise(url));

    private static readonly string[] Paths = ["/", "/news/2023/09/28/story", "/a b/ü", "/index.php", "/x/%41"];
    private static readonly string[] Queries = ["", "id=1", "p=2&q=a+b", "page=3&sort=new"];

    private static string Url(int path, int query, string host) =>
        $"https://{host}{Paths[Math.Abs(path) % Paths.Length]}{(Queries[Math.Abs(query) % Queries.Length] is { Length: > 0 } q ? "?" + q : "")}";

    private static string Host(NonEmptyString label) =>
        new string(label.Get.Where(char.IsAsciiLetterOrDigit).ToArray()) is { Length: > 0 } h ? h + ".example" : "x.example";

    [Property(MaxTest = 200)]
    public void Normalising_twice_equals_normalising_once(int path, int query, NonEmptyString label, string? fragment)
    {
        var url = Url(path, query, Host(label)) + "#" + fragment;
        var once = CanonicalUrl.Normalise(url);
        Assert.Equal(once, CanonicalUrl.Normalise(once));
    }

    [Property(MaxTest = 200)]
    public void Adding_tracking_parameters_does_not_change_the_identity(int path, int query, NonEmptyString label, PositiveInt campaign)
    {
        var url = Url(path, query, Host(label));
        var separator = url.Contains('?') ? "&" : "?";
        var tracked = url + separator + $"utm_source=news{campaign.Get}&utm_campaign=c{campaign.Get}&fbclid=F{campaign.Get}";
        Assert.Equal(CanonicalUrl.Normalise(url), CanonicalUrl.Normalise(tracked));
    }
}

public sealed class UrlIdentityTests
{
    [Fact]
    public void Two_links_to_one_page_are_one_identity()
    {
        using var temp = new TempFolder();
        var feed = temp.Write("feed.jsonl",
            """
            {"url": "https://news.example/a/story?utm_source=rss&utm_medium=feed", "text": "One text."}
            {"url": "HTTPS://NEWS.EXAMPLE/a/story#comments", "text": "One text."}
            """);

        var identities = new SourceReader(SourceOptions.Default).Read([feed]).OfType<SourceEvent.Item>().Select(i => i.Raw.Identity).ToList();

        Assert.Equal(2, identities.Count);
        Assert.Single(identities.Distinct());
        Assert.Equal("https://news.example/a/story", identities[0]);
    }
}
