using System.Security;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Lede.Evaluation.Timex;

/// <summary>A TIMEX3 in the document text: [Start, End) character offsets into the plain TEXT content.</summary>
public sealed record TimexAnnotation(int Start, int End, string Tid, string Type, string Value)
{
    public int Length => End - Start;
}

/// <summary>
/// A TimeML document reduced to what Task A scoring needs: the plain text of &lt;TEXT&gt; (tags removed,
/// entities decoded), its TIMEX3s, and the document creation time kept verbatim for writing back.
/// </summary>
public sealed record TimeMlDocument(
    string Name,
    string? DocId,
    string? DctValue,
    string? DctXml,
    string Text,
    IReadOnlyList<TimexAnnotation> Timexes)
{
    public string TextOf(TimexAnnotation timex) => Text[timex.Start..timex.End];
}

public static class TimeMl
{
    public static TimeMlDocument Read(string path, string name)
    {
        string xml;
        try { xml = File.ReadAllText(path, Encoding.UTF8); }
        catch (IOException e) { throw new EvalDatasetException($"timex: cannot read {path}: {e.Message}"); }
        return Parse(xml, name, path);
    }

    public static TimeMlDocument Parse(string xml, string name, string? origin = null)
    {
        XDocument doc;
        try { doc = XDocument.Parse(xml, LoadOptions.PreserveWhitespace); }
        catch (XmlException e) { throw new EvalDatasetException($"timex: {origin ?? name} is not well-formed XML: {e.Message}"); }

        var texts = doc.Descendants("TEXT").ToList();
        if (texts.Count != 1)
            throw new EvalDatasetException($"timex: {origin ?? name} must have exactly one <TEXT> element, found {texts.Count}");

        var dct = doc.Descendants("DCT").FirstOrDefault();
        var dctTimex = dct?.Descendants("TIMEX3").FirstOrDefault();
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        Walk(texts[0], text, timexes);
        timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return new TimeMlDocument(
            name,
            doc.Descendants("DOCID").FirstOrDefault()?.Value.Trim(),
            dctTimex?.Attribute("value")?.Value,
            dct?.ToString(SaveOptions.DisableFormatting),
            text.ToString(),
            timexes);
    }

    private static void Walk(XElement element, StringBuilder text, List<TimexAnnotation> timexes)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement child:
                    var start = text.Length;
                    Walk(child, text, timexes);
                    if (child.Name.LocalName == "TIMEX3")
                        timexes.Add(new TimexAnnotation(start, text.Length,
                            child.Attribute("tid")?.Value ?? "",
                            child.Attribute("type")?.Value ?? "",
                            child.Attribute("value")?.Value ?? ""));
                    break;
            }
        }
    }

    /// <summary>
    /// A minimal TimeML file: DOCID, the DCT copied verbatim, and TEXT carrying only the given TIMEX3s, so
    /// that the TempEval-3 tools (and this scorer) see the same text as the gold file.
    /// </summary>
    public static string Write(TimeMlDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" ?>\n<TimeML>\n");
        if (doc.DocId is not null) sb.Append("<DOCID>").Append(SecurityElement.Escape(doc.DocId)).Append("</DOCID>\n");
        if (doc.DctXml is not null) sb.Append(doc.DctXml).Append('\n');
        sb.Append("<TEXT>");
        var at = 0;
        foreach (var timex in doc.Timexes.OrderBy(t => t.Start))
        {
            if (timex.Start < at || timex.End < timex.Start || timex.End > doc.Text.Length)
                throw new ArgumentException($"TIMEX3 {timex.Tid} [{timex.Start},{timex.End}) overlaps another or lies outside the text");
            sb.Append(EscapeText(doc.Text[at..timex.Start]));
            sb.Append("<TIMEX3 tid=\"").Append(EscapeAttribute(timex.Tid))
              .Append("\" type=\"").Append(EscapeAttribute(timex.Type))
              .Append("\" value=\"").Append(EscapeAttribute(timex.Value)).Append("\">")
              .Append(EscapeText(doc.Text[timex.Start..timex.End])).Append("</TIMEX3>");
            at = timex.End;
        }
        sb.Append(EscapeText(doc.Text[at..]));
        sb.Append("</TEXT>\n</TimeML>\n");
        return sb.ToString();
    }

    private static string EscapeText(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string EscapeAttribute(string s) => EscapeText(s).Replace("\"", "&quot;");
}
