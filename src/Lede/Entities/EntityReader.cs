namespace Lede.Entities;

/// <summary>
/// Groups an article's name mentions into entities, within the article only: a shorter form refers to the fuller
/// name it is part of ("Lohan" after "Lindsay Lohan", "Obama" after "Barack Obama"), the most recent one when two
/// share it (the Clintons); a fuller name after a short form takes the short form in ("Reid" then "Tara Reid").
/// Then the subjects: entities the title names, and those the lead names that are either full names or named again.
/// </summary>
public sealed class EntityReader(EntityOptions? options = null)
{
    private readonly EntityOptions _options = options ?? EntityOptions.Default;

    public ArticleEntities Read(string? title, string text)
    {
        title = title?.Trim() ?? "";
        var found = new List<Building>();
        foreach (var m in NameMentionParser.Parse(text))
        {
            var e = Resolve(found, m, m.Start);
            if (m.Sentence < _options.LeadSentences) e.InLead = true;
        }
        // The title: its mentions when it is written as a sentence, and in any case the body's entities it spells out
        // ("LOHAN CHECKS INTO REHAB" names nobody by its capitals, but still names Lohan).
        foreach (var m in NameMentionParser.Parse(title)) Resolve(found, m, -1).InTitle = true;
        if (title.Length > 0)
        {
            var titleWords = " " + string.Join(' ', Words(title)) + " ";
            foreach (var e in found)
                if (!e.InTitle && (ContainsWords(titleWords, e.Key) || (e.Person && e.Words.Length > 1 && ContainsWords(titleWords, e.Words[^1]))))
                    e.InTitle = true;
        }
        var entities = found
            .Select(b => new Entity(b.Key, b.Name, b.Mentions, b.First, b.Variants.Order(StringComparer.Ordinal).ToList())
            {
                Person = b.Person, InTitle = b.InTitle, InLead = b.InLead,
            })
            .OrderByDescending(e => e.Mentions).ThenBy(e => e.FirstPosition).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        // A name said once in the lead may be a place of the dateline or a source; a subject is spelled out in full or named again.
        var subjects = entities
            .Where(e => e.InTitle || (e.InLead && (e.Key.Contains(' ', StringComparison.Ordinal) || e.Mentions >= 2)))
            .OrderByDescending(e => e.InTitle).ThenByDescending(e => e.Mentions).ThenBy(e => e.FirstPosition)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(_options.MaxSubjects)
            .ToList();
        return new ArticleEntities(entities, subjects);
    }

    /// <summary>The entity a mention refers to, made or widened as needed, with the mention counted.</summary>
    private static Building Resolve(List<Building> found, NameMention m, int position)
    {
        var key = m.Text.ToLowerInvariant();
        var words = key.Split(' ');
        Building? target = null;
        // Latest first: a shared surname refers to the person named last.
        for (var i = found.Count - 1; i >= 0 && target is null; i--)
        {
            var e = found[i];
            if (e.Key == key || e.Variants.Contains(key)) target = e;
        }
        for (var i = found.Count - 1; i >= 0 && target is null; i--)
        {
            var e = found[i];
            if (words.Length < e.Words.Length && Contains(e.Words, words))
            {
                target = e;
                // The last word alone is a surname: people are shortened that way, places and bodies seldom are.
                if (words.Length == 1 && words[0] == e.Words[^1]) e.Person = true;
            }
        }
        for (var i = found.Count - 1; i >= 0 && target is null; i--)
        {
            var e = found[i];
            // A fuller name after a short form: the entity takes the fuller key ("Reid" ... "Tara Reid").
            if (e.Words.Length < words.Length && Contains(words, e.Words))
            {
                target = e;
                e.Variants.Add(e.Key);
                if (e.Words.Length == 1 && e.Words[0] == words[^1]) e.Person = true;
                (e.Key, e.Words, e.Name) = (key, words, m.Text);
            }
        }
        if (target is null)
        {
            target = new Building(key, words, m.Text, position);
            found.Add(target);
        }
        if (target.Key != key) target.Variants.Add(key);
        target.Mentions++;
        if (m.Honorific is not null) target.Person = true;
        if (target.First < 0 && position >= 0) target.First = position;
        return target;
    }

    private static bool Contains(string[] whole, string[] part)
    {
        for (var i = 0; i + part.Length <= whole.Length; i++)
        {
            var match = true;
            for (var j = 0; j < part.Length && match; j++) match = whole[i + j] == part[j];
            if (match) return true;
        }
        return false;
    }

    /// <summary>Whether the spaced words hold the phrase between spaces (as Contains(" " + phrase + " ") would say).</summary>
    private static bool ContainsWords(string spaced, string phrase)
    {
        for (var at = spaced.IndexOf(phrase, 1, StringComparison.Ordinal); at > 0; at = spaced.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            if (spaced[at - 1] == ' ' && at + phrase.Length < spaced.Length && spaced[at + phrase.Length] == ' ') return true;
        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) yield return text[start..i].ToLowerInvariant();
            start = -1;
        }
    }

    private sealed class Building(string key, string[] words, string name, int first)
    {
        public string Key = key;
        public string[] Words = words;
        public string Name = name;
        public int First = first;
        public int Mentions;
        public bool Person, InTitle, InLead;
        public readonly HashSet<string> Variants = new(StringComparer.Ordinal);
    }
}
