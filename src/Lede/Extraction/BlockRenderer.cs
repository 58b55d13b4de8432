using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Lede.Extraction;

/// <summary>
/// Writes the chosen subtrees as text, one block per line, in document order: paragraphs, headings, list
/// items, quotes and table cells, leaving out furniture and link-dominated boxes (link lists, "read also"
/// lines, tag clouds) that survive inside the article container.
/// </summary>
internal sealed class BlockRenderer(PageTree tree, bool[] gone, ExtractionOptions options, bool keepLinkBoxes = false)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr", "address", "details",
        "summary", "caption",
    };

    // Boxes judged by their link share: a paragraph that is one link, a list of links, a block of teasers.
    private static readonly HashSet<string> LinkCheckedTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "ul", "ol", "dl", "table", "li", "article",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd",
    };

    public string Render(IReadOnlyList<int> roots)
    {
        var text = new StringBuilder();
        foreach (var root in roots) Append(root, text);
        return Normalise(text);
    }

    /// <summary>Every kept paragraph of the page, wherever it sits: the baseline when no container works.</summary>
    public string RenderParagraphs()
    {
        var text = new StringBuilder();
        for (var i = 0; i < tree.Count;)
        {
            if (gone[i]) { i = tree.End[i]; continue; }
            if (tree.Nodes[i] is IElement e && ParagraphTags.Contains(e.LocalName) && !LinkDominated(i))
            {
                Append(i, text);
                i = tree.End[i];
                continue;
            }
            i++;
        }
        return Normalise(text);
    }

    private void Append(int root, StringBuilder text)
    {
        // Open blocks by subtree end: a block's closing newline is written when the walk passes its end.
        var open = new Stack<int>();
        for (var i = root; i < tree.End[root];)
        {
            while (open.Count > 0 && open.Peek() <= i) { open.Pop(); text.Append('\n'); }
            // The headline is the record's Title, not a line of the text.
            if (gone[i] || (i != root && SkippedBox(i)) || tree.Nodes[i] is IElement { LocalName: "h1" })
            {
                // Where a box of links or furniture was left out, a line says so: the lead-in above it goes too.
                if (i != root && (SkippedBox(i) || FurnitureBox(i))) text.Append('\n').Append(DroppedMark).Append('\n');
                i = tree.End[i];
                continue;
            }
            switch (tree.Nodes[i])
            {
                case IText t:
                    // The page's own U+0001 (binary garbage) must not pass for the heading mark.
                    text.Append(t.Data.Contains(HeadingMark) ? t.Data.Replace(HeadingMark, ' ') : t.Data);
                    break;
                case IElement e when BlockTags.Contains(e.LocalName):
                    text.Append('\n');
                    if (e.LocalName is "h2" or "h3" or "h4" or "h5" or "h6") text.Append(HeadingMark).Append(e.LocalName[1]);
                    open.Push(tree.End[i]);
                    break;
                case IElement { LocalName: "td" or "th" }:
                    text.Append(' ');
                    break;
            }
            i++;
        }
        while (open.Count > 0) { open.Pop(); text.Append('\n'); }
    }

    private bool FurnitureBox(int i) =>
        gone[i] && tree.RawLength[i] > 0 && tree.Nodes[i] is IElement { LocalName: not ("figure" or "figcaption" or "noscript") }
        && (tree.Marks[i] & (NodeMark.Furniture | NodeMark.Comments | NodeMark.FurnitureTag)) != 0;

    private bool SkippedBox(int i) =>
        !keepLinkBoxes && tree.Nodes[i] is IElement e && LinkCheckedTags.Contains(e.LocalName) && LinkDominated(i);

    private bool LinkDominated(int i) =>
        tree.TextLength[i] > 0 && tree.LinkLength[i] > options.MaxBlockLinkDensity * tree.TextLength[i];

    // Starts a heading's line until Normalise has decided whether any text follows the heading.
    private const char HeadingMark = '\u0001';
    // A line of its own where a box was left out.
    private const char DroppedMark = '\u0002';

    /// <summary>
    /// Collapses white space within lines; one line per block, no blank lines. Left out: a heading followed by no
    /// text before the next heading of its rank or the end ("More on this topic" over a link list that was dropped),
    /// a heading or short line right above a dropped box ("You might also like:", "Mehr zum Thema"), and lines
    /// that hold only a date.
    /// </summary>
    private string Normalise(StringBuilder raw)
    {
        var lines = Lines(raw);
        var keep = new bool[lines.Count];
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line[0] == DroppedMark) continue;
            var next = k + 1;
            while (next < lines.Count && lines[next][0] == DroppedMark) next++;
            // A heading as long as a sentence is the lead set large, not a section title.
            if (line[0] == HeadingMark && WordCount(line) <= options.LongHeadingWords)
            {
                // A subheading under it is content; a heading of the same or higher rank is not.
                if (next == lines.Count || (lines[next][0] == HeadingMark && lines[next][1] <= line[1])) continue;
                if (k + 1 < lines.Count && lines[k + 1][0] == DroppedMark) continue;
            }
            else if (k + 1 < lines.Count && lines[k + 1][0] == DroppedMark && IsLeadIn(line)) continue;
            // A line that is only a date is the page's dateline or a teaser's, never a sentence of the story.
            else if (line.Length <= MaxDateLineChars && DateOnlyLine.Parse(line) is not null) continue;
            // A line under a picture that names its source or maker ("Foto: dpa", "Abbildung 4: …", "Źródło: PAP").
            else if (IsCaptionLine(line)) continue;
            keep[k] = true;
        }
        // A call to subscribe, follow, share or give among the last lines is the site's appeal, not the story's end.
        for (int k = lines.Count - 1, seen = 0; k >= 0 && seen < TrailingAppealLines; k--)
        {
            if (!keep[k]) continue;
            seen++;
            if (IsAppealLine(lines[k][0] == HeadingMark ? lines[k][2..] : lines[k])) keep[k] = false;
        }
        var output = new StringBuilder(raw.Length);
        for (var k = 0; k < lines.Count; k++)
        {
            if (!keep[k]) continue;
            var line = lines[k];
            if (line[0] == HeadingMark) line = line[2..].TrimStart();
            if (line.Length == 0) continue;
            if (output.Length > 0) output.Append('\n');
            output.Append(line);
        }
        return output.ToString();
    }

    private const int MaxDateLineChars = 64;

    // Caption and credit labels in the languages the pages come in, each closed by a colon or a copyright sign:
    // "Foto:", "Bild:", "Titelbild:", "Abbildung 4:", "Abb.:", "Quelle:", "Photo:", "Image credit:", "Source:",
    // "Crédit :", "Fuente:", "Fonte:", "Źródło:", "Fot.", "Bron:", or a bare "©" leading the line.
    private static readonly Regex CaptionLabel = new(
        @"^(?:(?:(?:Titel|Beitrags|Vorschau|Symbol|Header|Aufmacher)?(?:bild|foto)(?:quelle|nachweis)?|Fotos?|Bilder?|Bildquelle|Bildnachweis|"
        + @"Abbildung(?: \d+)?|Abb\.(?: \d+)?|Grafik|Quellen?|Photos?|Image|Images|Pictures?|Pictured|Illustration|"
        + @"(?:Photo|Image|Picture|Header image|Featured image|Cover) ?credits?|Credits?|Sources?|Crédits?|Crédit photo|Fuente|Fuentes|"
        + @"Fonte|Źródło|Źródła|Zdjęcie|Bron)\s*(?::|©)|Fot\.\s|©)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Longer than this, a line under such a label is a paragraph of the story, not a caption.
    private const int MaxCaptionWords = 40;

    private static bool IsCaptionLine(string line) => CaptionLabel.IsMatch(line) && WordCount(line) <= MaxCaptionWords;

    // How many of the last kept lines are looked at for an appeal; never one further up the story.
    private const int TrailingAppealLines = 3;
    // Longer than this, a line is a paragraph, even if it asks the reader to share it.
    private const int MaxAppealWords = 30;

    // An imperative to subscribe, sign up, follow, like, share, support or give, opening the line or one of its
    // sentences (after "Then", "Jetzt", "Please", "¡"): "Subscribe now…", "Folgen Sie uns…", "Abonnez-vous…", "Síguenos…".
    private static readonly Regex AppealVerb = new(
        @"(?:^|[.!?:]\s+)(?:(?:Then|So|Now|Please|Dann|Jetzt|Also|Bitte|Alors|Entonces|Y)\s+)?[¡]?"
        + @"(?:Subscribe|Sign up|Register (?:now|here|for)|Follow|Like us|Join (?:us|our)|Support (?:us|our|independent)|Donate|"
        + @"Share (?:this|on|via|your)|Click here|Help us|"
        + @"abonnieren Sie|abonniere|abonniert|Folgen Sie|Folge (?:mir|uns)|Folgt (?:mir|uns)|Liken Sie|Melde dich|Melden Sie sich|"
        + @"Meldet euch|Unterstützen Sie|Unterstütze|Unterstützt (?:uns|unsere)|Supporte|Spenden Sie|Helfen Sie|Hilf|"
        + @"Suivez-nous|Suivez|Abonnez-vous|Abonnez|Abonne-toi|Inscrivez-vous|Inscrivez|Inscris-toi|Rejoignez-nous|Soutenez|Soutiens|Partagez|Faites un don|Rejoignez|Likez|"
        + @"Síguenos|Sigue|Siga|Síganos|Suscríbete|Suscríbase|Apoya|Apoye|Comparte|Comparta|Dona|Únete|Únase|Regístrate)(?![-\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // What such an imperative points at: the site itself ("us", "uns", "nous"), a channel, a newsletter, a subscription
    // or the journalism it asks money for.
    private static readonly Regex AppealObject = new(
        @"\b(?:(?-i:us|uns|nous|nos|mir)|newsletters?|Twitter|Facebook|Instagram|LinkedIn|YouTube|Telegram|WhatsApp|TikTok|Mastodon|Bluesky|"
        + @"Threads|Pinterest|RSS|podcasts?|channel|subscriptions?|journalism|donations?|edition|our work|inbox|"
        + @"Kanal|Spenden?|Journalismus|Abos?|Abonnements?|unsere Arbeit|unser Magazin|Posteingang|"
        + @"infolettre|lettre d'information|réseaux sociaux|journalisme|don|"
        + @"redes sociales|boletín|periodismo|donación|suscripción|canal)\b|-nous\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A share, subscribe or donate button's label left as a line ("Share", "Artikel teilen", "Je m'abonne",
    // "KATAPULT abonnieren"), or the plea for small gifts ("Jede kleine Spende hilft").
    private static readonly Regex AppealLabel = new(
        @"^(?:(?:\S+ )?(?:Share|Teilen|Donate|Subscribe|abonnieren|Spenden|Partager|Compartir)(?: (?:this|über|via|on|dies mit))?:?|"
        + @"Je m['’]abonne|(?:Jede|Every) (?:kleine |little )?(?:Spende|donation|contribution) (?:hilft|helps|counts|zählt)\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool IsAppealLine(string line) =>
        WordCount(line) <= MaxAppealWords
        && (AppealLabel.IsMatch(line) || (AppealVerb.IsMatch(line) && AppealObject.IsMatch(line)));

    private bool IsLeadIn(string line) => WordCount(line) <= options.LeadInMaxWords;

    private static int WordCount(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static List<string> Lines(StringBuilder raw)
    {
        var lines = new List<string>();
        var output = new StringBuilder(raw.Length);
        var lineStart = 0;
        var space = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    if (IsLine(output, lineStart)) lines.Add(output.ToString(lineStart, output.Length - lineStart));
                    lineStart = output.Length;
                    space = false;
                    continue;
                }
                if (char.IsWhiteSpace(c)) { space = output.Length > lineStart; continue; }
                if (space) { output.Append(' '); space = false; }
                output.Append(c);
            }
        }
        if (IsLine(output, lineStart)) lines.Add(output.ToString(lineStart, output.Length - lineStart));
        return lines;
    }

    /// <summary>Whether the text since lineStart says anything beyond its marks.</summary>
    private static bool IsLine(StringBuilder output, int lineStart)
    {
        if (output.Length <= lineStart) return false;
        var content = lineStart + (output[lineStart] == HeadingMark ? 2 : 0);
        for (var k = content; k < output.Length; k++)
            if (output[k] != ' ') return true;
        return false;
    }
}
