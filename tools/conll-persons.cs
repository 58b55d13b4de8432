#:project ../src/Lede/Lede.csproj
// Measures how well the entities stage (EntityReader, whose Person mark gives the stories stage its subject person,
// StoryDocument.SubjectPerson) tells persons from organisations, places and other names, on CoNLL-2003 English
// documents: each document is rebuilt as text (its first sentence the title, the rest the body, a sentence a line),
// read, and each entity's gold type taken from the gold mentions that spell its key or one of its variants (the type
// most of them carry; "none" when no gold mention spells it: a boundary miss or no name). Prints, for all entities and
// for the subjects and subject persons (what the stories stage reads), how many the reader marks Person per gold type,
// the precision and recall of the mark, and with LIST=N the first N non-PER entities marked Person (with LIST_FN=N the
// first N PER subjects not marked).
// usage: dotnet run -c Release tools/conll-persons.cs [FILE]   (default ../shared/datasets/conll2003-en/eng.testa)
// A FILE.jsonl of stories articles (ECB+'s articles.jsonl) prints each article's subject person and subjects instead.
using Lede.Entities;

var file = args.Length > 0 ? args[0] : "../shared/datasets/conll2003-en/eng.testa";
var list = int.TryParse(Environment.GetEnvironmentVariable("LIST"), out var l) ? l : 0;
var listMissed = int.TryParse(Environment.GetEnvironmentVariable("LIST_FN"), out var lf) ? lf : 0;
if (file.EndsWith(".jsonl", StringComparison.Ordinal))
{
    // Stories articles (one JSON object a line, id, title, text): each article's subject person, for a diff of two readings.
    var people = new EntityReader();
    foreach (var line in File.ReadLines(file))
    {
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var root = json.RootElement;
        var keys = new List<string>();
        people.ReadSubjects(root.GetProperty("title").GetString(), root.GetProperty("text").GetString() ?? "", keys, out var person);
        Console.WriteLine($"{root.GetProperty("id").GetString()}\t{person}\t{string.Join("|", keys)}");
    }
    return;
}
var docs = ReadDocs(file);
var reader = new EntityReader();
var types = new[] { "PER", "ORG", "LOC", "MISC", "none" };
var all = new Dictionary<(string Type, bool Person), int>();
var subj = new Dictionary<(string Type, bool Person), int>();
var first = new Dictionary<string, int>();
var wrong = new List<string>();
var missed = new List<string>();
foreach (var doc in docs)
{
    if (doc.Sentences.Count < 2) continue;
    var title = Detok(doc.Sentences[0].Select(t => t.Word));
    var body = string.Join("\n", doc.Sentences.Skip(1).Select(s => Detok(s.Select(t => t.Word))));
    var gold = GoldTypes(doc);
    var read = reader.Read(title, body);
    string TypeOf(Entity e)
    {
        var votes = new Dictionary<string, int>();
        foreach (var form in e.Variants.Append(e.Key))
            if (gold.TryGetValue(form, out var g))
                foreach (var (t, n) in g) votes[t] = votes.GetValueOrDefault(t) + n;
        return votes.Count == 0 ? "none" : votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First().Key;
    }
    foreach (var e in read.Entities)
    {
        var t = TypeOf(e);
        all[(t, e.Person)] = all.GetValueOrDefault((t, e.Person)) + 1;
        if (e.Person && t != "PER" && wrong.Count < list) wrong.Add($"{t,-5} {e.Key} [{string.Join("|", e.Variants)}] x{e.Mentions}");
    }
    foreach (var e in read.Subjects)
    {
        var t = TypeOf(e);
        subj[(t, e.Person)] = subj.GetValueOrDefault((t, e.Person)) + 1;
        if (!e.Person && t == "PER" && missed.Count < listMissed) missed.Add($"{e.Key} [{string.Join("|", e.Variants)}] x{e.Mentions}");
    }
    if (read.Subjects.FirstOrDefault(e => e.Person) is { } p) first[TypeOf(p)] = first.GetValueOrDefault(TypeOf(p)) + 1;
}
Print("entities", all);
Print("subjects", subj);
Console.WriteLine($"subject person (first Person subject): {string.Join("  ", types.Select(t => $"{t} {first.GetValueOrDefault(t)}"))}  precision {(double)first.GetValueOrDefault("PER") / Math.Max(1, first.Values.Sum()):F3}");
foreach (var w in wrong) Console.WriteLine("  wrong: " + w);
foreach (var m in missed) Console.WriteLine("  missed: " + m);

void Print(string label, Dictionary<(string Type, bool Person), int> counts)
{
    var marked = types.Sum(t => counts.GetValueOrDefault((t, true)));
    var per = counts.GetValueOrDefault(("PER", true));
    var perAll = per + counts.GetValueOrDefault(("PER", false));
    Console.WriteLine($"{label}: marked Person {marked} ({string.Join("  ", types.Select(t => $"{t} {counts.GetValueOrDefault((t, true))}"))}), " +
                      $"precision {(double)per / Math.Max(1, marked):F3}, recall {(double)per / Math.Max(1, perAll):F3} of {perAll} PER");
}

// Gold mentions by their lower-case text: type -> count.
static Dictionary<string, Dictionary<string, int>> GoldTypes(Doc doc)
{
    var gold = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
    foreach (var s in doc.Sentences)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i].Tag == "O") continue;
            var type = s[i].Tag[2..];
            var j = i + 1;
            while (j < s.Count && s[j].Tag == "I-" + type) j++;
            var text = string.Join(" ", s.Skip(i).Take(j - i).Select(t => t.Word)).ToLowerInvariant();
            var g = gold.TryGetValue(text, out var x) ? x : gold[text] = [];
            g[type] = g.GetValueOrDefault(type) + 1;
            i = j - 1;
        }
    }
    return gold;
}

static string Detok(IEnumerable<string> words)
{
    var sb = new System.Text.StringBuilder();
    foreach (var w in words)
    {
        var attach = w is "." or "," or ";" or ":" or "!" or "?" or ")" or "'s" or "'" or "n't" or "%";
        if (sb.Length > 0 && !attach && sb[^1] != '(') sb.Append(' ');
        sb.Append(w);
    }
    return sb.ToString();
}

static List<Doc> ReadDocs(string path)
{
    var docs = new List<Doc>();
    var doc = new Doc();
    var sentence = new List<Tok>();
    foreach (var line in File.ReadLines(path))
    {
        if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
        {
            if (sentence.Count > 0) doc.Sentences.Add(sentence);
            sentence = [];
            if (doc.Sentences.Count > 0) docs.Add(doc);
            doc = new Doc();
            continue;
        }
        if (line.Length == 0)
        {
            if (sentence.Count > 0) doc.Sentences.Add(sentence);
            sentence = [];
            continue;
        }
        var parts = line.Split(' ');
        sentence.Add(new Tok(parts[0], parts[^1]));
    }
    if (sentence.Count > 0) doc.Sentences.Add(sentence);
    if (doc.Sentences.Count > 0) docs.Add(doc);
    return docs;
}

record Tok(string Word, string Tag);

sealed class Doc
{
    public List<List<Tok>> Sentences { get; } = [];
}
