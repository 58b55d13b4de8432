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
}
