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

    [ThreadStatic] private static List<NameMention>? t_mentions;
    [ThreadStatic] private static List<Building>? t_found;

    public ArticleEntities Read(string? title, string text)
    {
        title = title?.Trim() ?? "";
        // The thread's own lists, emptied before they are returned to: the entities are copied out of found below, and
        // the mentions are refilled for the body then the title, each read through before the next parse.
        var found = t_found ??= [];
        found.Clear();
        var mentions = t_mentions ??= [];
        mentions.Clear();
        NameMentionParser.Parse(text, mentions);
        foreach (var m in mentions)
        {
            var e = Resolve(found, m, m.Start);
            if (m.Sentence < _options.LeadSentences) e.InLead = true;
        }
        // The title: its mentions when it is written as a sentence, and in any case the body's entities it spells out
        // ("LOHAN CHECKS INTO REHAB" names nobody by its capitals, but still names Lohan).
        mentions.Clear();
        NameMentionParser.Parse(title, mentions);
        foreach (var m in mentions) Resolve(found, m, -1).InTitle = true;
        // The mentions' names are the entities' now, or garbage: the list does not keep them alive.
        mentions.Clear();
        if (title.Length > 0)
        {
            var titleWords = SpacedWords(title);
            foreach (var e in found)
                if (!e.InTitle && (ContainsWords(titleWords, e.Key) || (e.Person && e.Words.Length > 1 && ContainsWords(titleWords, e.Words[^1]))))
                    e.InTitle = true;
        }
        // Sorted as LINQ's stable OrderBy chains sorted them (the list's order breaks the last ties), without their
        // key buffers and iterators: an article's read made about 15 KB, most of it short-lived bookkeeping.
        var entities = new List<Entity>(found.Count);
        foreach (var b in found)
        {
            var variants = new List<string>(b.VariantCount);
            if (b.Variants is { } made) variants.AddRange(made);
            // Variants are distinct, so the order is the same as a stable sort's.
            variants.Sort(StringComparer.Ordinal);
            entities.Add(new Entity(b.Key, b.Name, b.Mentions, b.First, variants) { Person = b.Person, InTitle = b.InTitle, InLead = b.InLead });
        }
        found.Clear();
        SortStable(entities, static (a, b) =>
            b.Mentions.CompareTo(a.Mentions) is var c && c != 0 ? c
            : a.FirstPosition.CompareTo(b.FirstPosition) is var d && d != 0 ? d
            : string.CompareOrdinal(a.Key, b.Key));
        // A name said once in the lead may be a place of the dateline or a source; a subject is spelled out in full or named again.
        var subjects = new List<Entity>();
        foreach (var e in entities)
            if (e.InTitle || (e.InLead && (e.Key.Contains(' ', StringComparison.Ordinal) || e.Mentions >= 2)))
                subjects.Add(e);
        SortStable(subjects, static (a, b) =>
            b.InTitle.CompareTo(a.InTitle) is var t && t != 0 ? t
            : b.Mentions.CompareTo(a.Mentions) is var c && c != 0 ? c
            : a.FirstPosition.CompareTo(b.FirstPosition) is var d && d != 0 ? d
            : string.CompareOrdinal(a.Key, b.Key));
        if (subjects.Count > _options.MaxSubjects) subjects.RemoveRange(Math.Max(0, _options.MaxSubjects), subjects.Count - Math.Max(0, _options.MaxSubjects));
        return new ArticleEntities(entities, subjects);
    }

    /// <summary>Sorts the list as a stable sort by the comparison would: ties keep the list's order.</summary>
    private static void SortStable(List<Entity> list, Comparison<Entity> compare)
    {
        if (list.Count <= 64)
        {
            // Insertion sort: stable, allocates nothing, and an article names tens of entities.
            for (var i = 1; i < list.Count; i++)
            {
                var e = list[i];
                var j = i - 1;
                for (; j >= 0 && compare(list[j], e) > 0; j--) list[j + 1] = list[j];
                list[j + 1] = e;
            }
            return;
        }
        var order = new int[list.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var items = list.ToArray();
        Array.Sort(order, (x, y) => compare(items[x], items[y]) is var c && c != 0 ? c : x.CompareTo(y));
        for (var i = 0; i < order.Length; i++) list[i] = items[order[i]];
    }

    /// <summary>The entity a mention refers to, made or widened as needed, with the mention counted.</summary>
    private static Building Resolve(List<Building> found, NameMention m, int position)
    {
        // A name said again (most mentions) is found by its lower-case form alone, which then needs no string.
        Span<char> buffer = m.Text.Length <= 256 ? stackalloc char[m.Text.Length] : new char[m.Text.Length];
        var lowered = buffer[..m.Text.AsSpan().ToLowerInvariant(buffer)];
        // Latest first: a shared surname refers to the person named last.
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var e = found[i];
            // Its key or one of its variants: nothing to add to it (a variant is kept once).
            if (lowered.SequenceEqual(e.Key) || (e.Variants is { } variants && variants.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowered)))
                return Count(e, m, position);
        }
        var key = lowered.ToString();
        var words = key.Split(' ');
        Building? target = null;
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
                e.AddVariant(e.Key);
                if (e.Words.Length == 1 && e.Words[0] == words[^1]) e.Person = true;
                (e.Key, e.Words, e.Name) = (key, words, m.Text);
            }
        }
        if (target is null)
        {
            target = new Building(key, words, m.Text, position);
            found.Add(target);
        }
        if (target.Key != key) target.AddVariant(key);
        return Count(target, m, position);
    }

    /// <summary>The mention counted for its entity.</summary>
    private static Building Count(Building target, NameMention m, int position)
    {
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

    /// <summary>
    /// The text's words (letter and digit runs) in lower case, each between spaces (" jamal williams arrested "); one
    /// string, lowered in one go (a word holds no surrogate, so lowering it alone or within the text is the same).
    /// </summary>
    private static string SpacedWords(string text)
    {
        Span<char> buffer = text.Length + 2 <= 512 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        var n = 0;
        buffer[n++] = ' ';
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                if (n > 1) buffer[n++] = ' ';
                n += text.AsSpan(start, i - start).ToLowerInvariant(buffer[n..]);
            }
            start = -1;
        }
        buffer[n++] = ' ';
        return buffer[..n].ToString();
    }

    private sealed class Building(string key, string[] words, string name, int first)
    {
        public string Key = key;
        public string[] Words = words;
        public string Name = name;
        public int First = first;
        public int Mentions;
        public bool Person, InTitle, InLead;
        /// <summary>The entity's other forms, made with the first: most entities are named one way only.</summary>
        public HashSet<string>? Variants;

        public int VariantCount => Variants?.Count ?? 0;

        public void AddVariant(string variant) => (Variants ??= new HashSet<string>(StringComparer.Ordinal)).Add(variant);
    }
}
