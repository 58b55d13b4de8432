using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lede.Extraction;

/// <summary>Why a line was taken out of a flattened page.</summary>
public enum ClutterKind
{
    /// <summary>Tracking or template residue ("fbpx", "spot_img").</summary>
    Residue,
    /// <summary>A widget label made of boilerplate words ("Must Read", "- Advertisement -", "Facebook Comments").</summary>
    Label,
    /// <summary>A link to another story ("Also Read: …", "READ MORE: …").</summary>
    RelatedLink,
    /// <summary>A newsletter or subscription call, or a social bar ("Follow us on …").</summary>
    Call,
    /// <summary>A site or syndication disclaimer, and what follows it after the article's end.</summary>
    Disclaimer,
    /// <summary>A line that is only a date (the page's header date), a time or a reading time.</summary>
    DateLine,
    /// <summary>A weather widget ("33.1 C").</summary>
    Weather,
    /// <summary>A photo-desk tag or a photo credit ("APTOPIX …", "(AP Photo/…)").</summary>
    Photo,
    /// <summary>A byline ("By AP News") or an author box's name ("GNB Desk"): read into the metadata.</summary>
    Byline,
    /// <summary>An author box's tagline, between its name and its social bar.</summary>
    AuthorBox,
    /// <summary>A breadcrumb or link trail ("Home › World › Europe", "Contact | Imprint | Privacy").</summary>
    Breadcrumb,
    /// <summary>A short line printed several times, or twice in a row.</summary>
    Repeated,
    /// <summary>A teaser list of other stories after the article, or under a list label.</summary>
    Teaser,
}

/// <summary>A line the cleaner took out, and why.</summary>
public sealed record DroppedLine(string Line, ClutterKind Kind);

public enum DateConfidence { Low, Medium, High }

/// <summary>
/// A date that the page showed as a line of its own (a header date): the day the page was shown or built,
/// which is not necessarily the article's date, hence the low confidence.
/// </summary>
public sealed record ShownDate(DateOnly Date, string Line, DateConfidence Confidence);

/// <summary>
/// What a flattened page says about where its text comes from. Later stages use it to name the original source
/// of a copy family.
/// </summary>
/// <param name="Byline">The author or desk named by a byline or an author box ("AP News", "GNB Desk").</param>
/// <param name="DatelinePlace">The place of the dateline that opens the body ("KYIV, Ukraine").</param>
/// <param name="WireAgency">The wire agency named by the dateline, byline or credit, by its short name ("AP").</param>
/// <param name="OriginalSource">Who first published the text, as an "Originally published by X" credit names it.</param>
/// <param name="PageDate">A date line the page showed, with low confidence: the page's date, not the article's.</param>
public sealed record TextMetadata(
    string? Byline, string? DatelinePlace, string? WireAgency, string? OriginalSource, ShownDate? PageDate)
{
    public static TextMetadata None { get; } = new(null, null, null, null, null);

    /// <summary>
    /// A date printed between the headline and the body (the byline block): the article's own date. A date above
    /// the headline is the page's header (PageDate), the day the page was shown.
    /// </summary>
    public DateOnly? ArticleDate { get; init; }
}

/// <summary>The cleaned text (one line per block), the headline found above the body, what was read, what was dropped.</summary>
public sealed record CleanedText(string Text, string? Title, TextMetadata Metadata, IReadOnlyList<DroppedLine> Dropped);

/// <summary>
/// Removes the clutter a scraper leaves in flattened news pages and keeps every article line. Lines are only ever
/// dropped, never edited or added. Two kinds of signal: a line's own shape and vocabulary (labels made of boilerplate
/// words, "Also Read:" links, newsletter calls, disclaimers, date/time/weather-only lines, photo tags, bylines), and its
/// position against the body, which is where the long sentences are (author boxes and breadcrumbs in the head,
/// teaser lists after the article's end, repeated widgets).
/// </summary>
public sealed partial class TextCleaner(TextCleanerOptions options)
{
    public const string Version = "textclean/2";

    public static TextCleaner Default { get; } = new(TextCleanerOptions.Default);

    public TextCleaner() : this(TextCleanerOptions.Default) { }

    /// <summary>The article text with the clutter lines removed.</summary>
    public string Clean(string text) => Read(text).Text;

    /// <summary>The cleaned text with its headline, the metadata its bylines and dateline carry, and the dropped lines.</summary>
    public CleanedText Read(string text)
    {
        var lines = Normalise(text);
        var shapes = lines.Select(Shape.Of).ToArray();
        var kinds = new ClutterKind?[lines.Count];
        var metadata = new TextMetadataReader(options);
        for (var i = 0; i < lines.Count; i++) kinds[i] = ClassifyLine(lines[i], shapes[i], metadata);
        // Structural rules look at what survives, and a drop can move the body's start or end: run them until
        // nothing changes, so that cleaning a cleaned text changes nothing.
        for (var pass = 0; pass < options.MaxPasses && MarkStructure(lines, shapes, kinds, metadata); pass++) { }

        var kept = Enumerable.Range(0, lines.Count).Where(i => kinds[i] is null).ToList();
        var body = BodyOf(kept, shapes);
        metadata.ReadDateline(kept.Take(body.First + 1).Select(i => lines[i]));
        // The headline sits above the body; a text with no prose sentence is all head.
        var title = kept.Take(body.HasBody ? body.First : kept.Count)
            .Select(i => lines[i]).FirstOrDefault(line => IsHeadline(Shape.Of(line)));
        var articleDate = ArticleDate(lines, kept, body, title);
        var dropped = Enumerable.Range(0, lines.Count).Where(i => kinds[i] is not null)
            .Select(i => new DroppedLine(lines[i], kinds[i]!.Value)).ToList();
        return new CleanedText(string.Join('\n', kept.Select(i => lines[i])), title, metadata.Build() with { ArticleDate = articleDate }, dropped);
    }

    /// <summary>
    /// The first date among the few lines after the headline (or the text's top, when the headline came apart from
    /// the text) and before the body's first prose line, dropped or not: where a news page prints its byline block.
    /// </summary>
    private static DateOnly? ArticleDate(List<string> lines, List<int> kept, Body body, string? title)
    {
        var head = body.HasBody ? kept[body.First] : Math.Min(lines.Count, MaxArticleDateLines);
        var from = 0;
        if (title is not null)
        {
            var at = lines.FindIndex(0, head, line => string.Equals(line, title, StringComparison.Ordinal));
            if (at >= 0) from = at + 1;
        }
        for (var i = from; i < head && i < from + MaxArticleDateLines; i++)
            if (HeadDateLine.Parse(lines[i]) is { } day) return day;
        return null;
    }

    /// <summary>A byline block is a few lines: author, date, updated date, a photo credit.</summary>
    private const int MaxArticleDateLines = 4;

    private ClutterKind? ClassifyLine(string line, Shape shape, TextMetadataReader metadata)
    {
        if (IsResidue(line)) return ClutterKind.Residue;
        if (IsLabel(line, out _)) return ClutterKind.Label;
        if (shape.Words <= options.MaxCallWords)
        {
            if (RelatedLinkPattern().IsMatch(line)) return ClutterKind.RelatedLink;
            if (CallPattern().IsMatch(line) || SubscribePattern().IsMatch(line)) return ClutterKind.Call;
        }
        if (IsDisclaimer(line, shape))
        {
            if (OriginallyPublishedPattern().Match(line) is { Success: true } credit) metadata.Credit(credit.Groups["source"].Value);
            return ClutterKind.Disclaimer;
        }
        if (shape.Words <= options.MaxHeadlineWords)
        {
            if (BreadcrumbPattern().IsMatch(line)) return ClutterKind.Breadcrumb;
            if (DateOnlyLine.Parse(line) is { } date)
            {
                if (date.Date is { } day) metadata.ShownDate(new ShownDate(day, line, DateConfidence.Low));
                return ClutterKind.DateLine;
            }
            if (TimeOnlyPattern().IsMatch(line)) return ClutterKind.DateLine;
            if (IsWeather(line)) return ClutterKind.Weather;
            if (PhotoTagPattern().IsMatch(line) || (!shape.Sentence && PhotoCreditPattern().IsMatch(line))) return ClutterKind.Photo;
        }
        if (shape.Words <= options.MaxBylineWords && !shape.Sentence && BylinePattern().Match(line) is { Success: true } by
            && metadata.Byline(by.Groups["name"].Value, by.Groups["org"].Value))
            return ClutterKind.Byline;
        return null;
    }

    /// <summary>One pass of the rules that depend on where a line sits; true when it dropped something.</summary>
    private bool MarkStructure(List<string> lines, Shape[] shapes, ClutterKind?[] kinds, TextMetadataReader metadata)
    {
        var kept = Enumerable.Range(0, lines.Count).Where(i => kinds[i] is null).ToList();
        var body = BodyOf(kept, shapes);
        var changed = false;
        if (body.HasBody)
        {
            // Desk names before repeats: an author box prints its name twice, and the name is worth reading.
            foreach (var i in kept.Take(body.First))
            {
                if (DeskPattern().IsMatch(lines[i]) && metadata.Byline(lines[i], "")) changed |= Drop(kinds, i, ClutterKind.Byline);
            }
        }
        changed |= MarkRepeats(lines, shapes, kinds, kept);
        // Without one prose sentence there is no telling the article from its page: head and tail mean nothing.
        if (!body.HasBody) return changed;
        changed |= MarkAuthorBoxes(lines, shapes, kinds, kept[body.First]);
        changed |= MarkTeasers(lines, shapes, kinds, kept, body);
        return changed;
    }

    /// <summary>Widgets print the same short line again and again, or twice in a row (an image's alt text and its link).</summary>
    private bool MarkRepeats(List<string> lines, Shape[] shapes, ClutterKind?[] kinds, List<int> kept)
    {
        var changed = false;
        var counts = kept.Where(i => kinds[i] is null && IsShortNonSentence(shapes[i])).GroupBy(i => lines[i], StringComparer.Ordinal)
            .Where(g => g.Count() >= options.MinRepeats).SelectMany(g => g);
        foreach (var i in counts) changed |= Drop(kinds, i, ClutterKind.Repeated);
        for (var k = 1; k < kept.Count; k++)
        {
            var (a, b) = (kept[k - 1], kept[k]);
            if (kinds[a] is null && kinds[b] is null && IsShortNonSentence(shapes[b]) && string.Equals(lines[a], lines[b], StringComparison.Ordinal))
            {
                changed |= Drop(kinds, a, ClutterKind.Repeated);
                changed |= Drop(kinds, b, ClutterKind.Repeated);
            }
        }
        return changed;
    }

    /// <summary>A temperature in the range the weather has ("33.1 C", "London 12°C"); an oven's 180 °C is not weather.</summary>
    private static bool IsWeather(string line)
    {
        var m = WeatherPattern().Match(line);
        if (!m.Success) return false;
        var degrees = double.Parse(m.Groups["t"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
        return m.Groups["unit"].Value is "C" ? degrees is >= MinCelsius and <= MaxCelsius : degrees is >= MinFahrenheit and <= MaxFahrenheit;
    }

    private const double MinCelsius = -60, MaxCelsius = 60, MinFahrenheit = -76, MaxFahrenheit = 140;

    private bool IsShortNonSentence(Shape shape) => !shape.Sentence && shape.HasLetter && shape.Words <= options.MaxRepeatedWords;

    /// <summary>
    /// An author box above the body: its name (dropped as a byline), a tagline or two, then its social bar (dropped as a
    /// call). The tagline reads like a sentence, so only its place between the two gives it away.
    /// </summary>
    private bool MarkAuthorBoxes(List<string> lines, Shape[] shapes, ClutterKind?[] kinds, int bodyStart)
    {
        var changed = false;
        for (var name = 0; name < bodyStart; name++)
        {
            if (kinds[name] != ClutterKind.Byline) continue;
            var end = Math.Min(kinds.Length - 1, name + options.MaxAuthorBoxLines + 1);
            var social = Enumerable.Range(name + 1, Math.Max(0, end - name)).FirstOrDefault(j => IsSocialBar(lines[j], kinds[j]), -1);
            if (social < 0) continue;
            var between = Enumerable.Range(name + 1, social - name - 1).Where(j => kinds[j] is null).ToList();
            if (between.All(j => shapes[j].Words <= options.MaxTaglineWords))
                foreach (var j in between) changed |= Drop(kinds, j, ClutterKind.AuthorBox);
        }
        return changed;
    }

    /// <summary>
    /// Lists of other stories. After the article's last sentence, a list label ("Latest News") takes everything
    /// below it, and a run of headlines or cut-off excerpts goes. Inside the article, a list label takes only the
    /// headline-like lines right under it.
    /// </summary>
    private bool MarkTeasers(List<string> lines, Shape[] shapes, ClutterKind?[] kinds, List<int> kept, Body body)
    {
        var changed = false;
        var lastBody = kept[body.Last];
        var firstBody = kept[body.First];
        for (var i = firstBody + 1; i < lines.Count; i++)
        {
            if (kinds[i] == ClutterKind.Disclaimer)
            {
                // A disclaimer's other sentences ("Investments may fall in value …") say nothing a pattern knows,
                // but nothing of the article follows a disclaimer within a few lines of the page's end.
                var rest = kept.Where(j => j > i && kinds[j] is null).ToList();
                var above = kept.Count(j => j < i && kinds[j] is null);
                if (rest.Count <= options.MaxDisclaimerTailLines && rest.Count <= above * options.MaxDisclaimerTailShare)
                    foreach (var j in rest) changed |= Drop(kinds, j, ClutterKind.Disclaimer);
                continue;
            }
            if (kinds[i] != ClutterKind.Label || !IsLabel(lines[i], out var announcesList) || !announcesList) continue;
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (kinds[j] is not null) continue;
                if (i > lastBody || IsTeaserLike(shapes[j])) changed |= Drop(kinds, j, ClutterKind.Teaser);
                else break;
            }
        }

        var run = new List<int>();
        foreach (var i in kept.Skip(body.Last + 1).Where(i => kinds[i] is null).Append(-1))
        {
            if (i >= 0 && IsTeaserLike(shapes[i])) { run.Add(i); continue; }
            if (run.Count >= options.MinTeaserRun)
                foreach (var j in run) changed |= Drop(kinds, j, ClutterKind.Teaser);
            run.Clear();
        }
        return changed;
    }

    private bool IsSocialBar(string line, ClutterKind? kind) =>
        kind is ClutterKind.Call or ClutterKind.Label
        && line.Split(' ').Any(w => options.SocialWords.Contains(w.Trim(LabelTrim).ToLowerInvariant()));

    private static bool Drop(ClutterKind?[] kinds, int i, ClutterKind kind)
    {
        if (kinds[i] is not null) return false;
        kinds[i] = kind;
        return true;
    }

    private bool IsHeadline(Shape shape) =>
        shape.StartsUpper && !shape.EndsWithPeriod && !shape.Truncated && !shape.Listed && !shape.Introduces
        && shape.Words >= options.MinHeadlineWords && shape.Words <= options.MaxHeadlineWords;

    private bool IsTeaserLike(Shape shape) =>
        IsHeadline(shape) || (shape.Truncated && shape.Words <= options.MaxExcerptWords);

    /// <summary>A lone lower-case identifier ("fbpx", "spot_img"): no article line is one.</summary>
    private bool IsResidue(string line) =>
        line.Length is >= MinResidueLength and <= MaxResidueLength
        && (IsResidueToken(line) || line.All(c => c is >= 'a' and <= 'z'));

    // One- and two-letter lines are list markers or drop caps, and long lower-case tokens are URLs or code.
    private const int MinResidueLength = 3;
    private const int MaxResidueLength = 30;

    private bool IsResidueToken(string token) => options.ResidueWords.Contains(token) || (token.Contains('_') && token.All(c => !char.IsUpper(c)));

    /// <summary>A short line whose every word is boilerplate vocabulary, with at least one word that says something.</summary>
    private bool IsLabel(string line, out bool announcesList)
    {
        announcesList = false;
        var words = 0;
        var strong = false;
        foreach (var raw in line.Split(' '))
        {
            var token = raw.Trim(LabelTrim).Replace('’', '\'').ToLowerInvariant();
            if (!token.Any(char.IsLetter) || IsResidueToken(token)) continue;
            if (++words > options.MaxLabelWords) return false;
            if (options.FunctionWords.Contains(token)) continue;
            if (!options.LabelWords.Contains(token)) return false;
            strong = true;
            announcesList |= options.ListWords.Contains(token);
        }
        return strong;
    }

    private static readonly char[] LabelTrim =
        ['-', '–', '—', ':', '|', '•', '·', '»', '«', '›', '‹', '>', '<', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’', '!', '?', '.', ',', '…', '/', '#', '*', '+', '='];

    /// <summary>
    /// Disclaimers read like sentences, so they are known by what they say: advice, responsibility, rights, cookies,
    /// a first publication elsewhere. Each pattern is phrased the way sites phrase them, not the way reporting does.
    /// </summary>
    private static bool IsDisclaimer(string line, Shape shape) =>
        DisclaimerPattern().IsMatch(line) || OriginallyPublishedPattern().IsMatch(line)
        || (shape.Words <= 12 && CopyrightPattern().IsMatch(line));

    private static List<string> Normalise(string text)
    {
        var lines = new List<string>();
        var sb = new StringBuilder();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            sb.Clear();
            var space = false;
            foreach (var c in raw)
            {
                // Zero-width characters and byte-order marks glue residue to words without showing.
                if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
                if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(c);
            }
            if (sb.Length > 0) lines.Add(sb.ToString());
        }
        return lines;
    }

    private Body BodyOf(List<int> kept, Shape[] shapes)
    {
        bool Prose(int i) => shapes[i].Sentence && shapes[i].Words >= options.MinBodyWords;
        return new Body(kept.FindIndex(Prose), kept.FindLastIndex(Prose));
    }

    /// <summary>Where the article's prose starts and ends, as indexes into the kept lines.</summary>
    private readonly record struct Body(int First, int Last)
    {
        public bool HasBody => First >= 0;
    }

    /// <summary>What a line looks like: how many words, how it starts and ends.</summary>
    /// <param name="Introduces">Ends with a colon: it announces what follows, as headlines do not.</param>
    private readonly record struct Shape(
        int Words, bool HasLetter, bool StartsUpper, bool Terminal, bool EndsWithPeriod, bool Truncated, bool Listed, bool Introduces)
    {
        /// <summary>Ends like a sentence and is not cut off.</summary>
        public bool Sentence => Terminal && !Truncated;

        public static Shape Of(string line)
        {
            var words = line.Split(' ').Count(w => w.Any(char.IsLetterOrDigit));
            var end = line.TrimEnd(' ', '"', '\'', '”', '’', '»', ')', ']');
            var last = end.Length > 0 ? end[^1] : ' ';
            var truncated = end.EndsWith("...", StringComparison.Ordinal) || last == '…';
            var first = line.FirstOrDefault(char.IsLetterOrDigit);
            var listed = line.Length > 1 && line[0] is '-' or '•' or '*' or '–' or '—' && line[1] == ' ';
            return new Shape(words, line.Any(char.IsLetter), char.IsUpper(first) || char.IsDigit(first),
                last is '.' or '!' or '?' or '…' or '。' or '！' or '？', last is '.' or '。', truncated, listed, last is ':' or '：');
        }
    }

    [GeneratedRegex(@"^(?:also read|read also|read more|more|see also|related|related (?:article|story|stories|content|coverage|news)|recommended|watch|listen|read|must read|don'?t miss|do not miss|top stories|trending|more on this|our standards|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|leer también|lee también|ver también|leggi anche)\s*[:：»>|]+\s*\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLinkPattern();

    [GeneratedRegex(@"^(?:sign up|signup|subscribe|register|join|get|receive|never miss|don'?t miss|want|enter your e-?mail|abonnez-vous|inscrivez-vous|abonnieren|melden sie sich|suscríbete|iscriviti)\b.*\b(?:newsletters?|inbox|e-?mails?|alerts|subscribe|subscription|briefing|digest)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscribePattern();

    [GeneratedRegex(@"^(?:(?:follow|find|like|join|connect with|stay connected with)\s+(?:us|@\w+)\b|click here\b|(?:sign up|subscribe) (?:now|today|here|for free)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"\b(?:(?:does|do|is|are|should) not (?:provide|constitute|represent|offer|give)\b[^.]{0,60}\b(?:advice|recommendation|offer)|not (?:a|an) (?:recommendation|offer|solicitation) to\b|past performance is not\b|not (?:be )?(?:held )?responsible for the (?:content|accuracy)|(?:for|is for) (?:general )?information(?:al)? purposes only\b|all rights reserved\b|may not be (?:re)?(?:published|produced|broadcast|rewritten|redistributed|reproduced)\b|(?:we|this (?:site|website)) uses? cookies\b|(?:views|opinions) expressed\b[^.]{0,80}\b(?:author|authors|own|necessarily)\b|we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclaimerPattern();

    [GeneratedRegex(@"^(?:this (?:article|story|post|piece|content) (?:was|is|has been) )?(?:originally|first) (?:published|appeared|posted) (?:by|on|in|at)\s+(?<source>[^,.;:()]{2,60})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginallyPublishedPattern();

    [GeneratedRegex(@"^(?:copyright\b|©|\(c\)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightPattern();

    [GeneratedRegex(@"^(?:(?:updated|published|posted|last updated|modified)\s*:?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT|UTC)(?:[+-]\d{1,2})?)?|\d+\s+(?:min|mins|minutes?|hours?|hrs?|days?)\s+(?:read|ago))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOnlyPattern();

    [GeneratedRegex(@"^(?:\p{L}[\p{L} .,'-]{0,30}\s)?(?<t>-?[0-9]{1,3}(?:[.,][0-9]{1,2})?)\s*°?\s*(?<unit>[CF])$", RegexOptions.CultureInvariant)]
    private static partial Regex WeatherPattern();

    /// <summary>Photo-desk slugs in capitals ("APTOPIX …", "FILE PHOTO …") and caption credits.</summary>
    [GeneratedRegex(@"^(?:APTOPIX|AP PHOTO|FILE PHOTO|PHOTOS?|IMAGE|CREDIT|PHOTOGRAPH)\b|^(?:Photo|Image|Credit|Photograph|Picture)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoTagPattern();

    [GeneratedRegex(@"\((?:[^()]{0,60}\b(?:AP|AFP|Reuters|EPA|Getty|Photo)\b[^()]{0,60})\)$|\b(?:Getty Images|Shutterstock|AP Photo|Reuters/[A-Z]|AFP via Getty)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();

    /// <summary>"By Jane Doe", "By AP News", "By Jane Doe and John Roe, Associated Press", "Von …", "Par …".</summary>
    [GeneratedRegex(@"^(?:By|BY|Written by|Story by|Words by|Reported by|Von|Par|Por|Di)\s+(?<name>\p{Lu}[^,|–—]{0,80}?)\s*(?:[,|–—]\s*(?<org>[^,|–—]{1,60}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    /// <summary>An author box that names a desk rather than a person ("GNB Desk", "Web Desk", "Staff Reporter").</summary>
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}(?:Desk|Staff|Staff Writer|Staff Reporter|Correspondent|Bureau|Newsroom|Editorial Team|Editorial Board|News Team)$", RegexOptions.CultureInvariant)]
    private static partial Regex DeskPattern();

    [GeneratedRegex(@"^[^.!?]{1,40}(?:\s[›»>|/]\s[^.!?]{1,40}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbPattern();
}
