using Lede.Extraction;

namespace Lede.Tests.Extraction;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("The city council approved the new budget on Tuesday after a long debate about schools.", "en")]
    [InlineData("Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen den neuen Haushalt beschlossen.", "de")]
    [InlineData("Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les écoles.", "fr")]
    [InlineData("El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre las escuelas.", "es")]
    public void Identifies_short_news_sentences(string text, string expected) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Fact]
    public void Says_nothing_about_too_little_text()
    {
        Assert.Null(LanguageIdentifier.Identify("12:30 – 4"));
        Assert.Null(LanguageIdentifier.Identify(null));
    }
    private static readonly LanguageRules Rules = MetadataOptions.Default.LanguageRules;

    private const string German =
        "Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen den neuen Haushalt beschlossen. Die Opposition " +
        "kritisierte, dass die Mittel für die Sanierung der Gebäude nicht ausreichen und dass die Stadt zu spät handle.";

    [Fact]
    public void A_declared_language_the_text_confirms_is_kept() => Assert.Equal("de", LanguageIdentifier.Resolve("de", German, Rules));

    [Fact]
    public void A_long_enough_text_in_another_language_overrules_the_declared_one() =>
        Assert.Equal("de", LanguageIdentifier.Resolve("en", German, Rules));

    [Fact]
    public void A_short_sample_never_overrules_the_declared_language() =>
        Assert.Equal("en", LanguageIdentifier.Resolve("en", "Der Stadtrat hat den Haushalt beschlossen.", Rules));

    [Fact]
    public void A_mixed_sample_without_a_clear_majority_keeps_the_declared_language() =>
        Assert.Equal("fr", LanguageIdentifier.Resolve("fr",
            "Le conseil municipal a approuvé le budget. The city council approved the budget. Le débat sur les écoles " +
            "était long. The debate about the schools was long. Les élus ont voté pour la proposition du maire.", Rules));

    [Fact]
    public void Text_in_another_script_contradicts_the_declared_language() =>
        Assert.Equal("ru", LanguageIdentifier.Resolve("en",
            "Городской совет во вторник после долгих дебатов о школах утвердил новый бюджет. Оппозиция раскритиковала " +
            "решение, заявив, что средств на ремонт зданий недостаточно и что город действует слишком поздно.", Rules));

    [Fact]
    public void Without_a_declaration_the_text_decides() =>
        Assert.Equal("de", LanguageIdentifier.Resolve(null, German, Rules));

    [Fact]
    public void A_declared_language_the_identifier_does_not_know_is_kept() =>
        Assert.Equal("ko", LanguageIdentifier.Resolve("ko", German, Rules));
}
