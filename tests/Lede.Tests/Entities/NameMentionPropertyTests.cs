using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lede.Entities;

namespace Lede.Tests.Entities;

public sealed class NameMentionPropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "Lindsay", "Lohan", "Lohan's", "Betty", "Ford", "Center", "the", "The", "of", "Bank", "America", "Mr.", "President",
        "said", "police", "Police", "Obama-led", "Jean-Claude", "NATO", "U.S.", "Monday", "in", "a", "\n", ".", ",", "!",
        "\"", "Reid", "checked", "into", "rehab", "BREAKING", "St.", "van", "Gogh", "’s", "-", "2013",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Vocabulary)).Select(words => string.Join(' ', words)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Every_mention_is_a_span_of_the_text_of_capitalised_words_in_order() =>
        Prop.ForAll(Texts(), text =>
        {
            var mentions = NameMentionParser.Parse(text);
            var previousEnd = 0;
            foreach (var m in mentions)
            {
                if (m.Start < previousEnd || m.Start + m.Length > text.Length) return false;
                previousEnd = m.Start + m.Length;
                var span = text.Substring(m.Start, m.Length);
                // The mention's words are the span's, a possessive and hyphenated tail aside.
                if (!span.StartsWith(m.Words[0], StringComparison.Ordinal)) return false;
                if (m.Words.Any(w => w.Length == 0)) return false;
                if (!char.IsUpper(m.Text[0])) return false;
                if (m.Text.Contains('\n', StringComparison.Ordinal)) return false;
            }
            return true;
        });

    [Property(MaxTest = 300)]
    public Property Lower_case_text_has_no_mentions() =>
        Prop.ForAll(Texts(), text => NameMentionParser.Parse(text.ToLowerInvariant()).Count == 0);

    [Property(MaxTest = 200)]
    public Property Entities_account_for_every_mention_once() =>
        Prop.ForAll(Texts(), text =>
        {
            var mentions = NameMentionParser.Parse(text).Count;
            var entities = new EntityReader().Read(null, text).Entities;
            return entities.Sum(e => e.Mentions) == mentions && entities.Select(e => e.Key).Distinct().Count() == entities.Count;
        });

    [Property(MaxTest = 300)]
    public Property No_mention_opens_with_an_honorific_or_a_connector_or_is_a_date() =>
        Prop.ForAll(Texts(), text => NameMentionParser.Parse(text).All(m =>
            m.Words[0] is not ("Mr." or "Mr" or "President" or "St." or "of" or "van" or "the" or "The") && m.Text != "Monday"));

    /// <summary>The stories featurizer reads the subjects alone (EntityReader.ReadSubjects): the same keys in the same order, and the first person among them.</summary>
    [Property(MaxTest = 300)]
    public Property Subjects_alone_are_the_full_reads_subjects() =>
        Prop.ForAll(Texts(), Texts(), (title, text) =>
        {
            var reader = new EntityReader();
            var full = reader.Read(title, text);
            var keys = new List<string>();
            reader.ReadSubjects(title, text, keys, out var person);
            return keys.SequenceEqual(full.Subjects.Select(e => e.Key)) && person == full.Subjects.FirstOrDefault(e => e.Person)?.Key;
        });
}
