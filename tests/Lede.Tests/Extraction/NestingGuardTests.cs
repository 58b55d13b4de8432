using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class NestingGuardTests
{
    private static string Nest(string tag, int depth, string inner) =>
        string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + inner + string.Concat(Enumerable.Repeat($"</{tag}>", depth));

    [Fact]
    public void A_page_within_the_limit_is_returned_as_it_is()
    {
        var html = "<html><body>" + Nest("div", 50, "<p>text<p>more<li>item<br><img src=x>") + "</body></html>";
        Assert.Same(html, NestingGuard.Cut(html, 100));
    }

    [Fact]
    public void Elements_beyond_the_limit_are_cut_and_what_follows_them_is_kept()
    {
        var html = "<html><body>" + Nest("div", 500, "deep text") + "<p>after the nest</p></body></html>";
        var cut = NestingGuard.Cut(html, 100);
        Assert.DoesNotContain("deep text", cut);
        Assert.Contains("<p>after the nest</p>", cut);
    }

    [Fact]
    public void Tags_inside_scripts_comments_and_self_closing_or_flat_tags_do_not_count()
    {
        var fake = string.Concat(Enumerable.Repeat("<div>", 500));
        var html = $"<html><body><script>var s = '{fake}';</script><!-- {fake} -->" +
                   string.Concat(Enumerable.Repeat("<p><li><a href=x><svg/>", 500)) + "end</body></html>";
        Assert.Same(html, NestingGuard.Cut(html, 100));
    }
}
