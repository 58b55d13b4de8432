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

    [ThreadStatic] private static List<Building>? t_found;

    // Every lower-case form said so far (keys and variants) to its entity: each form belongs to one entity (a form is
    // added only when no entity has it, and a widened key stays its entity's variant), so the entity that has a form is
    // the one the latest-first scan over the entities found. Resolve was 6 % of the featurizer's samples scanning them.
    [ThreadStatic] private static Dictionary<string, Building>? t_forms;

    public ArticleEntities Read(string? title, string text)
    {
        var found = Collect(title, text, full: true);
        // Sorted as LINQ's stable OrderBy chains sorted them (the list's order breaks the last ties), without their
        // key buffers and iterators: an article's read made about 15 KB, most of it short-lived bookkeeping.
        var entities = new List<Entity>(found.Count);
        foreach (var b in found)
        {
            var variants = new List<string>(b.VariantCount);
            if (b.Variants is { } made) variants.AddRange(made);
            // Variants are distinct, so the order is the same as a stable sort's.
            variants.Sort(StringComparer.Ordinal);
            entities.Add(new Entity(b.Key, b.Name, b.Mentions, b.First, variants) { Person = b.IsPerson, InTitle = b.InTitle, InLead = b.InLead });
        }
        found.Clear();
        SortStable(entities, static (a, b) =>
            b.Mentions.CompareTo(a.Mentions) is var c && c != 0 ? c
            : a.FirstPosition.CompareTo(b.FirstPosition) is var d && d != 0 ? d
            : string.CompareOrdinal(a.Key, b.Key));
        // A name said once in the lead may be a place of the dateline or a source; a subject is spelled out in full or named again.
        var subjects = new List<Entity>();
        foreach (var e in entities)
            if (IsSubject(e.InTitle, e.InLead, e.Key, e.Mentions))
                subjects.Add(e);
        SortStable(subjects, static (a, b) => CompareSubjects(a.InTitle, a.Mentions, a.FirstPosition, a.Key, b.InTitle, b.Mentions, b.FirstPosition, b.Key));
        if (subjects.Count > _options.MaxSubjects) subjects.RemoveRange(Math.Max(0, _options.MaxSubjects), subjects.Count - Math.Max(0, _options.MaxSubjects));
        return new ArticleEntities(entities, subjects);
    }

    /// <summary>
    /// The subjects' keys alone, in Read's order, and the first of them that is a person: what the stories stage reads,
    /// without the entities' records, variant lists and sorted list (a third of an article's read). The same order:
    /// Read sorts the entities by mentions, first position and key, keeps the subjects and sorts them by title, then
    /// those three; subjects tied on all four are tied on the three, so both keep them in the order they were found.
    /// </summary>
    public void ReadSubjects(string? title, string text, List<string> keys, out string? person)
    {
        var found = Collect(title, text, full: false);
        var subjects = t_subjects ??= [];
        subjects.Clear();
        foreach (var b in found)
            if (IsSubject(b.InTitle, b.InLead, b.Key, b.Mentions))
                subjects.Add(b);
        found.Clear();
        SortStable(subjects, static (a, b) => CompareSubjects(a.InTitle, a.Mentions, a.First, a.Key, b.InTitle, b.Mentions, b.First, b.Key));
        var n = Math.Min(subjects.Count, Math.Max(0, _options.MaxSubjects));
        person = null;
        for (var i = 0; i < n; i++)
        {
            keys.Add(subjects[i].Key);
            if (person is null && subjects[i].IsPerson) person = subjects[i].Key;
        }
        subjects.Clear();
    }

    [ThreadStatic] private static List<Building>? t_subjects;

    private static bool IsSubject(bool inTitle, bool inLead, string key, int mentions) =>
        inTitle || (inLead && (key.Contains(' ', StringComparison.Ordinal) || mentions >= 2));

    private static int CompareSubjects(bool aTitle, int aMentions, int aFirst, string aKey, bool bTitle, int bMentions, int bFirst, string bKey) =>
        bTitle.CompareTo(aTitle) is var t && t != 0 ? t
        : bMentions.CompareTo(aMentions) is var c && c != 0 ? c
        : aFirst.CompareTo(bFirst) is var d && d != 0 ? d
        : string.CompareOrdinal(aKey, bKey);

    /// <summary>
    /// The article's entities in the order they were found, in the thread's own list (valid until its next read); with
    /// their names and variants only when full (ReadSubjects reads keys, marks and counts alone).
    /// </summary>
    private List<Building> Collect(string? title, string text, bool full)
    {
        title = title?.Trim() ?? "";
        // The thread's own list, emptied before it is returned to: the caller copies out of it. The mentions are the
        // parser's, refilled for the body then the title, each read through before the next parse; a mention's name is
        // made a string only for an entity it starts or widens.
        var found = t_found ??= [];
        found.Clear();
        var forms = t_forms ??= new Dictionary<string, Building>(StringComparer.Ordinal);
        forms.Clear();
        var mentions = NameMentionParser.Parse(text, out var names);
        foreach (var m in mentions)
        {
            var e = Resolve(found, forms, full, names.AsSpan(m.NameAt, m.NameLength), m.Honorific is not null, m.Start);
            if (m.Sentence < _options.LeadSentences) e.InLead = true;
        }
        // The title: its mentions when it is written as a sentence, and in any case the body's entities it spells out
        // ("LOHAN CHECKS INTO REHAB" names nobody by its capitals, but still names Lohan).
        mentions = NameMentionParser.Parse(title, out names);
        foreach (var m in mentions) Resolve(found, forms, full, names.AsSpan(m.NameAt, m.NameLength), m.Honorific is not null, -1).InTitle = true;
        // The honorifics are the parser's strings: the list does not keep them alive past the next parse.
        mentions.Clear();
        forms.Clear();
        if (title.Length > 0)
        {
            var titleWords = SpacedWords(title);
            foreach (var e in found)
                if (!e.InTitle && (ContainsWords(titleWords, e.Key) || (e.IsPerson && e.Words.Length > 1 && ContainsWords(titleWords, e.Words[^1]))))
                    e.InTitle = true;
        }
        return found;
    }

    /// <summary>Sorts the list as a stable sort by the comparison would: ties keep the list's order.</summary>
    private static void SortStable<T>(List<T> list, Comparison<T> compare)
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
    private static Building Resolve(List<Building> found, Dictionary<string, Building> forms, bool full, ReadOnlySpan<char> text, bool honorific, int position)
    {
        // A name said again (most mentions) is found by its lower-case form alone, which then needs no string.
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var lowered = buffer[..text.ToLowerInvariant(buffer)];
        // Its key or one of its variants: nothing to add to it (a variant is kept once).
        if (forms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lowered, out var said))
            return Count(said, honorific, position);
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
                if (full) e.AddVariant(e.Key);
                if (e.Words.Length == 1 && e.Words[0] == words[^1]) e.Person = true;
                (e.Key, e.Words, e.Name) = (key, words, full ? text.ToString() : "");
            }
        }
        if (target is null)
        {
            target = new Building(key, words, full ? text.ToString() : "", position);
            found.Add(target);
        }
        forms.Add(key, target);
        if (full && target.Key != key) target.AddVariant(key);
        return Count(target, honorific, position);
    }

    /// <summary>The mention counted for its entity.</summary>
    private static Building Count(Building target, bool honorific, int position)
    {
        target.Mentions++;
        if (honorific) target.Person = true;
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

    /// <summary>
    /// Last words of the names of organisations, teams, places and events, in lower case: a name ending in one is no
    /// person's, whatever marks it. Words that are also common surnames (Hall, Park, Church, House, Lake, Street) are left
    /// out: the marks of a person are trusted for those.
    /// </summary>
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "foundation", "institute", "institution", "university", "college", "school", "academy", "hospital", "clinic",
        "center", "centre", "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "group",
        "holdings", "bank", "party", "ministry", "department", "agency", "administration", "council", "committee",
        "commission", "association", "federation", "union", "league", "club", "fc", "united", "city", "county",
        "state", "province", "republic", "kingdom", "airlines", "airways", "motors", "network", "news", "times",
        "court", "assembly", "congress", "parliament", "senate", "army", "navy", "force", "forces", "police",
        "service", "services", "board", "authority", "office", "museum", "hotel", "airport", "station", "river",
        "island", "islands", "valley", "mountains", "ocean", "sea", "gulf", "coast", "cup", "series", "games",
        "championship", "championships", "olympics", "festival", "awards", "act", "treaty", "mafia", "tribunal",
        "exchange", "market", "index", "fund", "trust", "society", "organization", "organisation", "alliance",
        "movement", "front", "cathedral", "mosque", "temple", "prison", "jail", "team",
    };

    private sealed class Building(string key, string[] words, string name, int first)
    {
        public string Key = key;
        public string[] Words = words;
        public string Name = name;
        public int First = first;
        public int Mentions;
        // Person: the text called it by an office or honorific, or shortened it to its last word (IsPerson weighs
        // that against the name's own form).
        public bool Person, InTitle, InLead;

        /// <summary>
        /// A person by the marks, unless the name itself says otherwise: it ends in a word that closes the names of
        /// bodies, places and events (General Motors' "General" is no office, the Indian Navy's "Navy" no surname), or it
        /// holds "of" (the Gulf of Aden, the Bank of Canada: "Canada" alone is no surname). The first subject person
        /// (tools/conll-persons.cs, CoNLL-2003 English) is PER 0.548 -> 0.625 of the time on testa, 0.564 -> 0.634 on
        /// train (with "St.", "Saint" and "Star" no honorifics); ECB+ seeds 21-60 +0.0001 (7 orders up, 1 down), 61-100
        /// +0.0002 (10 up, 1 down), 4-20 +0.0005 (4 up, 0 down), file order and seeds 1-3 unchanged; stories bench F1 at
        /// 20k 0.9521 -> 0.9535, at 100k 0.9687 -> 0.9694.
        /// Not taken (figures with commas ending names, NameMentionParser, so against testa 0.707 and 21-60 +0.0001):
        /// no person when half its mentions or more are plurals after "the" (the Colts, the Saints): testa 0.719, but
        /// seeds 2 and 3 fell 0.9775 -> 0.9737 and 0.9803 -> 0.9769 and 21-60 gained nothing (+0.0002): a team read as
        /// the subject person keeps two teams' same-type events apart, as a person does. Any name after "the" cost
        /// George W. Bush his mark in three ECB+ reports ("the Bush administration").
        /// </summary>
        public bool IsPerson => Person && !NotPersonWords.Contains(Words[^1]) && Array.IndexOf(Words, "of") < 0;

        /// <summary>The entity's other forms, made with the first: most entities are named one way only.</summary>
        public HashSet<string>? Variants;

        public int VariantCount => Variants?.Count ?? 0;

        public void AddVariant(string variant) => (Variants ??= new HashSet<string>(StringComparer.Ordinal)).Add(variant);
    }
}
