namespace Lede.Extraction;

/// <summary>
/// The tuned constants and word lists of <see cref="TextCleaner"/>. The numbers are read off news in general
/// (headline and sentence lengths, how widgets print), not off any one site.
/// </summary>
public sealed record TextCleanerOptions
{
    /// <summary>A sentence this long is article prose: it marks where the body starts and ends.</summary>
    public int MinBodyWords { get; init; } = 10;

    /// <summary>Widget labels ("Must Read", "Facebook Comments", "Most Popular Articles") are a few words at most.</summary>
    public int MaxLabelWords { get; init; } = 6;

    /// <summary>"Also Read: …", "Sign up for … newsletter" and disclaimers past this length are prose that merely mentions them.</summary>
    public int MaxCallWords { get; init; } = 30;

    /// <summary>"By Jane Doe and John Roe, Associated Press" fits; a sentence starting with "By" does not.</summary>
    public int MaxBylineWords { get; init; } = 9;

    /// <summary>Headlines, of the article or of teasers: at least this many words ...</summary>
    public int MinHeadlineWords { get; init; } = 3;

    /// <summary>... and at most this many.</summary>
    public int MaxHeadlineWords { get; init; } = 25;

    /// <summary>A teaser excerpt cut off with "…" is about two lines of a card.</summary>
    public int MaxExcerptWords { get; init; } = 60;

    /// <summary>Two headline-like lines in a row after the article's last sentence are a teaser list; one may be a credit.</summary>
    public int MinTeaserRun { get; init; } = 2;

    /// <summary>A disclaimer this close to the end of the page takes the rest of it: its other sentences, the credits.</summary>
    public int MaxDisclaimerTailLines { get; init; } = 3;

    /// <summary>... and those lines are a small share of the lines above it: the page's last lines, not the article's second half.</summary>
    public double MaxDisclaimerTailShare { get; init; } = 0.25;

    /// <summary>An author box: name, a tagline or two, then the social bar.</summary>
    public int MaxAuthorBoxLines { get; init; } = 3;

    /// <summary>An author's tagline is a line or two of description, not a paragraph.</summary>
    public int MaxTaglineWords { get; init; } = 30;

    /// <summary>A short line repeated this often is a widget printed several times ("- Advertisement -").</summary>
    public int MinRepeats { get; init; } = 3;

    /// <summary>Repeated lines longer than this are quotes or refrains, left to the article.</summary>
    public int MaxRepeatedWords { get; init; } = 5;

    /// <summary>Structural rules run again on what survives until nothing changes; this bounds hostile inputs.</summary>
    public int MaxPasses { get; init; } = 16;

    /// <summary>Words that widget labels are made of, in a few languages (lower case, straight apostrophes).</summary>
    public IReadOnlySet<string> LabelWords { get; init; } = Set(
        // advertising
        "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored", "promoted", "partner",
        "anzeige", "werbung", "publicité", "publicite", "publicidad", "pubblicità", "pubblicita", "reklama",
        // related and teaser lists
        "more", "most", "must", "read", "reads", "see", "related", "latest", "news", "top", "stories", "story",
        "articles", "article", "posts", "post", "popular", "trending", "recommended", "editor's", "editors", "picks",
        "next", "previous", "prev", "similar", "headlines", "don't", "miss", "continue", "reading", "view", "show",
        "load", "loading", "click", "here", "videos", "video", "photos", "gallery", "watch", "listen", "podcast",
        "live", "updates", "breaking", "mehr", "lesen", "weitere", "artikel", "lire", "aussi", "plus", "populaires",
        "leer", "más", "mas", "también", "noticias", "relacionadas", "relacionados", "leggi", "anche", "notizie", "articoli",
        "like", "might", "older", "newer", "tagged", "permalink", "bookmark", "write", "ähnliche", "beiträge", "beitrag",
        "thema", "themen", "neueste", "interessant", "interessieren", "könnte", "empfehlen", "découvrir", "imprimer",
        "imprimir", "stampa",
        // comments, sharing and following
        "comments", "comment", "leave", "reply", "replies", "share", "shares", "shared", "tweet", "print", "email",
        "e-mail", "facebook", "twitter", "instagram", "linkedin", "whatsapp", "telegram", "youtube", "tiktok",
        "pinterest", "reddit", "follow", "subscribe", "newsletter", "newsletters", "sign", "login", "log", "register",
        "kommentare", "kommentar", "teilen", "folgen", "commentaires", "partager", "suivez-nous", "comentarios",
        "compartir", "síguenos", "commenti", "condividi", "seguici", "drucken", "verfassen", "antwort", "abbrechen",
        // site furniture
        "menu", "home", "search", "close", "skip", "navigation", "tags", "topics", "categories", "category", "filed",
        "privacy", "policy", "cookie", "cookies", "settings", "accept", "terms", "conditions", "contact", "about",
        "copyright", "rights", "reserved", "disclaimer", "advertise", "opens", "window", "impressum", "datenschutz",
        "datenschutzerklärung", "kontakt", "kategorien", "schlagworte", "startseite", "zurück");

    /// <summary>Words a label may hold that say nothing alone ("Follow us", "You may also like").</summary>
    public IReadOnlySet<string> FunctionWords { get; init; } = Set(
        "a", "an", "the", "this", "that", "to", "on", "in", "of", "and", "or", "for", "with", "from", "you", "your",
        "our", "us", "we", "may", "also", "all", "up", "new", "now", "it", "is", "be", "can", "de", "la", "le",
        "les", "du", "des", "à", "sur", "nous", "sie", "auch", "zum", "zur", "uns", "dies", "mit", "dich", "das", "der",
        "die", "den", "dem", "ein", "eine", "auf", "nach", "oben", "hier", "lo", "el", "los", "del", "di", "il");

    /// <summary>Label words that announce a list of other stories: after the article, everything below them goes.</summary>
    public IReadOnlySet<string> ListWords { get; init; } = Set(
        "more", "most", "related", "latest", "popular", "trending", "recommended", "picks", "next", "similar",
        "headlines", "stories", "articles", "like", "interessieren", "ähnliche", "beiträge", "neueste", "weitere", "populaires", "relacionadas", "relacionados", "notizie", "articoli");

    /// <summary>Words of a social bar, which closes an author box ("Follow us", "Share on Facebook").</summary>
    public IReadOnlySet<string> SocialWords { get; init; } = Set(
        "follow", "share", "facebook", "twitter", "instagram", "linkedin", "whatsapp", "telegram", "youtube", "tiktok",
        "pinterest", "email", "e-mail", "subscribe", "folgen", "teilen", "suivez-nous", "partager", "síguenos",
        "compartir", "seguici", "condividi");

    /// <summary>Tracking and template residue that scrapers leave as whole lines or glued to labels.</summary>
    public IReadOnlySet<string> ResidueWords { get; init; } = Set("fbpx", "adsbygoogle", "googletag", "spot_img", "img");

    /// <summary>Wire and syndication agencies under their usual names, mapped to the short name used as metadata.</summary>
    public IReadOnlyDictionary<string, string> Agencies { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["AP"] = "AP", ["Associated Press"] = "AP", ["The Associated Press"] = "AP", ["AP News"] = "AP",
            ["Reuters"] = "Reuters", ["Thomson Reuters"] = "Reuters",
            ["AFP"] = "AFP", ["Agence France-Presse"] = "AFP", ["Agence France Presse"] = "AFP",
            ["dpa"] = "dpa", ["Deutsche Presse-Agentur"] = "dpa", ["UPI"] = "UPI", ["United Press International"] = "UPI",
            ["Bloomberg"] = "Bloomberg", ["PTI"] = "PTI", ["IANS"] = "IANS", ["ANI"] = "ANI", ["Xinhua"] = "Xinhua",
            ["EFE"] = "EFE", ["ANSA"] = "ANSA", ["Kyodo"] = "Kyodo", ["Yonhap"] = "Yonhap", ["TASS"] = "TASS",
            ["CNA"] = "CNA", ["Anadolu"] = "Anadolu", ["Anadolu Agency"] = "Anadolu",
        };

    public static TextCleanerOptions Default { get; } = new();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
