using Lingua;

namespace Lede.Extraction;

/// <summary>
/// Language of a text as an ISO 639-1 code. Lingua restricted to common news languages in low-accuracy mode:
/// all 75 models in high-accuracy mode cost 1.6 GB and 14 s to load, this set a small fraction of that.
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

    private static string Code(Language language) => LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
}
