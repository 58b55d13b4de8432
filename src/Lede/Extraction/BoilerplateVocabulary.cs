namespace Lede.Extraction;

/// <summary>What a class or id string says about an element: page furniture, a likely article body, or nothing.</summary>
internal enum ClassConcept : byte
{
    None,
    /// <summary>Navigation, share bars, related stories, newsletter/cookie boxes, ads, author boxes, captions.</summary>
    Boilerplate,
    /// <summary>Comment threads: furniture too, but never rescued for holding much text (threads are long).</summary>
    Comments,
    /// <summary>Names publishers give the article's own text container.</summary>
    Body,
    /// <summary>
    /// Words that name furniture only when the element carries links: a "teaser" is another story's card or this
    /// story's lead, a "print" or "widget" block a share tool or the ingredient list.
    /// </summary>
    WeakBoilerplate,
}

/// <summary>
/// Concept word lists over class and id, in the spirit of trafilatura's discard XPaths and Readability's
/// unlikely-candidate regexes, matched by word segment rather than by raw substring so that "canvas" is not
/// navigation and "commentary" is not a comment thread. The words are publishing-system vocabulary, which is
/// English even on German or Polish sites, plus a few common local words.
/// </summary>
internal static class BoilerplateVocabulary
{
    // A whole hyphen/underscore/camel segment of a class token equal to one of these marks furniture.
    private static readonly HashSet<string> BoilerplateSegments = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "submenu", "breadcrumb", "breadcrumbs", "footer", "sidebar",
        "aside", "share", "shares", "sharing", "social", "sociable", "newsletter", "subscribe", "subscription",
        "signup", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "banner", "ad", "ads", "advert",
        "adverts", "advertisement", "advertising", "adsense", "adslot", "dfp", "sponsor", "sponsored", "promo",
        "promoted", "related", "recommended", "recommendations", "popular", "trending", "tags", "tagcloud",
        "byline", "author", "authors", "bio", "caption", "captions", "credit", "credits",
        "pagination", "pager", "rating", "paywall", "premium", "toolbar", "login",
        "survey", "outbrain", "taboola", "masthead", "meta", "metadata", "topbar",
        "dateline", "timestamp", "ticker", "feedback", "disclaimer", "copyright",
        "werbung", "anzeige", "publicite", "reklama", "dialog", "lightbox",
    };

    private static readonly HashSet<string> WeakSegments = new(StringComparer.Ordinal)
    {
        "teaser", "teasers", "print", "widget", "widgets", "infobox",
    };

    private static readonly HashSet<string> CommentSegments = new(StringComparer.Ordinal)
    {
        "comment", "comments", "disqus", "respond", "replies", "discussion", "kommentare", "commentaires",
    };

    // Whole class tokens that hide text from readers.
    private static readonly HashSet<string> HiddenTokens = new(StringComparer.Ordinal)
    {
        "hidden", "hide", "invisible", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screenreader", "noprint", "d-none",
    };

    // Compound stems matched inside a token once separators are removed ("related-posts", "mostRead").
    private static readonly string[] BoilerplateStems =
    [
        "readmore", "readalso", "alsoread", "seealso", "morefrom", "morestories", "morenews", "mostread",
        "mostpopular", "mostviewed", "youmaylike", "youmightlike", "relatedpost", "relatedarticle",
        "relatedstor", "relatedcontent", "relatedlink", "newsletter", "subscribe", "breadcrumb", "sidebar",
        "outbrain", "taboola", "advert", "sharebar", "sharing", "socialmedia", "sociallink", "socialshare",
        "cookie", "consent", "disqus", "paywall", "signup", "authorbox", "authorbio", "aboutauthor",
        "authorinfo", "nextarticle", "prevarticle", "upnext", "recirc", "trending", "promobox", "adslot",
        "adunit", "adcontainer", "adwrapper", "commentlist", "commentsection",
    ];

    // Separator-free stems of article-body container names, most specific first in ArticleExtractor's tiers.
    private static readonly string[] BodyStems =
    [
        "articlebody", "articlecontent", "articletext", "articleinner", "entrycontent", "entrybody",
        "postcontent", "postbody", "posttext", "postentry", "storybody", "storycontent", "storytext",
        "bodytext", "contentbody", "textbody", "newsbody", "newscontent", "newstext", "maintext", "fulltext",
        "artikeltext", "artikelbody", "articulobody", "cuerpo", "richtext", "blogcontent", "blogpost",
    ];

    public static ClassConcept Classify(string classAndId)
    {
        // A body name on any token wins over furniture words on another ("entry-content share-enabled"),
        // comment threads win over both.
        bool body = false, furniture = false, weak = false;
        var start = 0;
        for (var i = 0; i <= classAndId.Length; i++)
        {
            if (i < classAndId.Length && !char.IsWhiteSpace(classAndId[i])) continue;
            if (i > start)
            {
                var concept = ClassifyToken(classAndId.AsSpan(start, i - start));
                if (concept == ClassConcept.Comments) return concept;
                body |= concept == ClassConcept.Body;
                furniture |= concept == ClassConcept.Boilerplate;
                weak |= concept == ClassConcept.WeakBoilerplate;
            }
            start = i + 1;
        }
        return body ? ClassConcept.Body : furniture ? ClassConcept.Boilerplate : weak ? ClassConcept.WeakBoilerplate : ClassConcept.None;
    }

    private static ClassConcept ClassifyToken(ReadOnlySpan<char> token)
    {
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        // WordPress and similar systems put the post's taxonomy on the article itself ("category-newsletter",
        // "tag-sharing"): those name the topic, not the element.
        if (lower.StartsWith("tag-") || lower.StartsWith("category-") || lower.StartsWith("topic-")) return ClassConcept.None;
        // State modifiers describe the layout around the element ("has-sharing", "with-sidebar", "no-ads"), not its role.
        if (lower.StartsWith("has-") || lower.StartsWith("with-") || lower.StartsWith("no-") || lower.StartsWith("is-")) return ClassConcept.None;
        var lookup = BoilerplateSegments.GetAlternateLookup<ReadOnlySpan<char>>();
        var commentLookup = CommentSegments.GetAlternateLookup<ReadOnlySpan<char>>();
        var weakLookup = WeakSegments.GetAlternateLookup<ReadOnlySpan<char>>();
        var weakSegment = false;
        // A segment after "has", "no" or "non" is a state of the element ("o-section--has-ads", "non-paywall").
        bool negated = false, stated = false;
        if (HiddenTokens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower)) return ClassConcept.Boilerplate;

        Span<char> joined = stackalloc char[token.Length];
        var joinedLength = 0;
        var segmentStart = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            var boundary = i == token.Length || token[i] is '-' or '_' or '.' or ':'
                || (i > segmentStart && char.IsUpper(token[i]) && char.IsLower(token[i - 1]));
            if (boundary && i > segmentStart)
            {
                var segment = lower[segmentStart..i];
                if (!negated)
                {
                    if (commentLookup.Contains(segment)) return ClassConcept.Comments;
                    if (lookup.Contains(segment)) return ClassConcept.Boilerplate;
                    if (weakLookup.Contains(segment)) weakSegment = true;
                }
                negated = segment is "has" or "no" or "non" or "with";
                stated |= negated;
            }
            if (i == token.Length) break;
            if (token[i] is '-' or '_' or '.' or ':') segmentStart = i + 1;
            else
            {
                if (boundary) segmentStart = i;
                joined[joinedLength++] = lower[i];
            }
        }

        var compact = joined[..joinedLength];
        if (!stated)
            foreach (var stem in BoilerplateStems)
                if (compact.Contains(stem, StringComparison.Ordinal)) return ClassConcept.Boilerplate;
        foreach (var stem in BodyStems)
            if (compact.Contains(stem, StringComparison.Ordinal)) return ClassConcept.Body;
        return weakSegment ? ClassConcept.WeakBoilerplate : ClassConcept.None;
    }
}
