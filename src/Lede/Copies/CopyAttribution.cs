using System.Text.RegularExpressions;

namespace Lede.Copies;

/// <summary>
/// How strongly a text presents itself as the wire original: a dateline "(AP)", a wire byline or credit.
/// A teaser's "read the full story at" says the opposite. Used only where publication dates cannot decide.
/// </summary>
public static partial class CopyAttribution
{
    private const string Wires =
        "AP|Associated Press|Reuters|AFP|Agence France-Presse|UPI|United Press International|dpa|Deutsche Presse-Agentur|"
        + "Bloomberg|Xinhua|PTI|Press Trust of India|IANS|ANI|EFE|ANSA|Kyodo|Yonhap|TASS|PA Media|Press Association|CNA|AAP";

    // "KYIV, Ukraine (AP) —": the wire's own dateline.
    [GeneratedRegex(@"\((?:" + Wires + @")\)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "By AP News", "Originally published by Associated Press", "Source: Reuters", "© 2023 The Associated Press".
    [GeneratedRegex(@"(?:\b(?:by|source|credit|courtesy of|copyright)\s*:?|©)\s*(?:\d{4}\s+)?(?:the\s+)?(?:" + Wires + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    // A page that sends its reader elsewhere for the whole text is not the source.
    [GeneratedRegex(@"\b(?:read (?:the )?(?:full|whole|original|rest of the) (?:story|article|report)|read more at|continue reading (?:at|on)|full story at)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();

    public static int Score(string text) =>
        2 * Math.Min(1, Dateline().Count(text)) + Math.Min(2, Credit().Count(text)) - 2 * Math.Min(1, Pointer().Count(text));
}
