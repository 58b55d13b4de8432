using Lingua;

namespace Lede.Extraction;

/// <summary>
/// Language of a text as an ISO 639-1 code. Lingua restricted to common news languages in low-accuracy mode:
/// all 75 models in high-accuracy mode cost 1.6 GB and 14 s to load, this set a small fraction of that.
/// Lingua costs several milliseconds per thousand characters, so a page's declared language is first checked
/// against its script and commonest words, and the model runs only where that check is not conclusive.
/// </summary>
public static class LanguageIdentifier
{
    private static readonly Language[] NewsLanguages =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian,
        Language.Portuguese, Language.Dutch, Language.Polish, Language.Swedish, Language.Danish,
        Language.Russian, Language.Ukrainian, Language.Turkish, Language.Arabic, Language.Chinese,
        Language.Japanese, Language.Czech, Language.Hungarian,
    ];

    /// <summary>The ISO 639-1 codes this identifier can answer.</summary>
    public static IReadOnlySet<string> Supported { get; } =
        NewsLanguages.Select(Code).ToHashSet(StringComparer.Ordinal);

    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromLanguages(NewsLanguages).WithLowAccuracyMode().Build());

    /// <summary>The code of the most likely language, or null when the text has too few letters to tell.</summary>
    public static string? Identify(string? text, int maxChars = 3000, int minLetters = 20)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sample = text.Length > maxChars ? text[..maxChars] : text;
        if (sample.Count(char.IsLetter) < minLetters) return null;
        var language = Detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : Code(language);
    }

    /// <summary>
    /// The page's language given what its markup declares and a sample of its text. A declared language is kept
    /// unless the sample is long enough to judge, its script or its function words contradict the declaration by a
    /// clear margin, and the model agrees with the contradiction: templates ship lang="en" on pages in any
    /// language, but a short or mixed sample (a caption, a cookie banner) is no reason to doubt the page.
    /// </summary>
    public static string? Resolve(string? declared, string? text, LanguageRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (declared is not null && !Supported.Contains(declared)) return declared;
        var sample = string.IsNullOrWhiteSpace(text) ? "" : text.Length > rules.SampleChars ? text[..rules.SampleChars] : text;
        var letters = sample.Count(char.IsLetter);
        if (declared is null)
            return letters < rules.MinLetters ? null
                : FunctionWords.Vote(sample, rules.MinWordShare, rules.VoteMargin) ?? Identify(sample, rules.DetectChars, rules.MinLetters);
        if (letters < rules.MinOverruleLetters) return declared;
        if (FunctionWords.DominantScript(sample) is { } script && script != FunctionWords.ScriptOf(declared))
            return Identify(sample, rules.DetectChars, rules.MinLetters) is { } inScript && FunctionWords.ScriptOf(inScript) == script ? inScript : declared;
        if (FunctionWords.ScriptOf(declared) != FunctionWords.Script.Latin
            || FunctionWords.Vote(sample, rules.MinWordShare, rules.VoteMargin) is not { } voted || voted == declared)
            return declared;
        return Identify(sample, rules.DetectChars, rules.MinLetters) == voted ? voted : declared;
    }

    private static string Code(Language language) => LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
}

/// <summary>When a page's text may overrule the language its markup declares.</summary>
/// <param name="SampleChars">How much text the function-word and script checks read.</param>
/// <param name="DetectChars">How much of it the model reads: its cost grows with the text, its verdict hardly.</param>
/// <param name="MinLetters">Below this the text says nothing about its language.</param>
/// <param name="MinOverruleLetters">Below this a declared language is never overruled.</param>
/// <param name="VoteMargin">How many times more function words of the winning language than of any other.</param>
/// <param name="MinWordShare">Share of a sample's words that must be the winning language's function words.</param>
public sealed record LanguageRules(int SampleChars, int DetectChars, int MinLetters, int MinOverruleLetters, double VoteMargin, double MinWordShare);
