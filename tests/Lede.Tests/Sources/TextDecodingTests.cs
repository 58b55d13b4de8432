using System.Text;
using Lede.Sources;

namespace Lede.Tests.Sources;

public sealed class TextDecodingTests
{
    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void The_pages_meta_charset_wins_over_an_earlier_script_charset()
    {
        // An archive wrapper's script tag says utf-8; the page itself is GB2312.
        var head = "<html><head><script src=\"/wombat.js\" charset=\"utf-8\"></script>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"/></head><body><p>";
        var bytes = Encoding.ASCII.GetBytes(head).Concat(Encoding.GetEncoding("gb2312").GetBytes("一个约定，信守15年")).ToArray();
        Assert.Contains("一个约定，信守15年", TextDecoding.DecodeHtml(bytes));
    }

    [Fact]
    public void A_utf8_page_with_one_broken_byte_keeps_its_accents()
    {
        var text = "<meta charset=\"UTF-8\"><p>" + string.Concat(Enumerable.Repeat("Fundację sprzeciwiają się. ", 10)) + "</p>";
        var bytes = Encoding.UTF8.GetBytes(text).Append((byte)0xFF).ToArray();
        var decoded = TextDecoding.DecodeHtml(bytes);
        Assert.Contains("Fundację sprzeciwiają się.", decoded);
    }

    [Fact]
    public void Undeclared_legacy_bytes_fall_back_to_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<p>Grüße – „Zitat“ für Öl</p>");
        Assert.Equal("<p>Grüße – „Zitat“ für Öl</p>", TextDecoding.DecodeHtml(bytes));
    }
}
