namespace Lede.Streams;

/// <summary>
/// A small general English thesaurus for the stream's spinner and its light rewrites: groups of words a content
/// farm's spinner treats as interchangeable. Written by hand for news English in general; nothing here was taken
/// from any dataset's spun copies, so a detector tuned on those gains nothing from it.
/// </summary>
public static class CopySynonyms
{
    private static readonly string[] Groups =
    [
        "said stated noted remarked", "says states notes remarks", "told informed advised", "announced declared revealed unveiled",
        "reported disclosed", "added continued", "explained clarified", "asked questioned", "claimed alleged asserted",
        "big large huge major", "small little minor modest", "new fresh recent", "old former previous earlier", "first initial opening",
        "last final closing", "important significant key crucial", "many numerous several various", "few handful",
        "high elevated", "low reduced", "fast quick rapid swift", "slow gradual", "hard difficult tough", "easy simple straightforward",
        "good fine positive", "bad poor negative", "strong powerful robust", "weak fragile feeble", "early premature", "late delayed",
        "near close nearby", "far distant remote", "whole entire complete", "main chief principal primary", "local regional",
        "national nationwide", "public open", "private personal", "serious grave severe", "clear obvious evident", "likely probable",
        "possible potential", "recently lately", "currently presently", "quickly rapidly swiftly", "immediately instantly promptly",
        "nearly almost roughly", "about around approximately", "however nevertheless nonetheless", "also additionally likewise",
        "because since as", "although though while", "during throughout", "after following", "before prior",
        "began started commenced", "begin start commence", "ended finished concluded", "end finish conclude",
        "help assist aid support", "helped assisted aided supported", "show demonstrate display", "showed demonstrated displayed",
        "find discover locate", "found discovered located", "make create produce", "made created produced", "get obtain acquire",
        "got obtained acquired", "give provide offer", "gave provided offered", "take seize grab", "took seized grabbed",
        "use employ utilise", "used employed utilised", "need require", "needed required", "want wish desire", "wanted wished desired",
        "try attempt", "tried attempted", "keep retain maintain", "kept retained maintained", "leave depart exit", "left departed exited",
        "come arrive", "came arrived", "go proceed head", "went proceeded headed", "see observe notice", "saw observed noticed",
        "look appear seem", "looked appeared seemed", "think believe reckon", "thought believed reckoned", "know understand",
        "knew understood", "call phone contact", "called phoned contacted", "move shift relocate", "moved shifted relocated",
        "build construct erect", "built constructed erected", "buy purchase acquire", "bought purchased", "sell market trade",
        "sold marketed traded", "pay compensate", "paid compensated", "win triumph prevail", "won triumphed prevailed",
        "lose forfeit", "lost forfeited", "fight battle combat", "fought battled", "kill slay", "killed slain", "die perish",
        "died perished", "hurt injure harm", "injured wounded harmed", "attack assault strike", "attacked assaulted struck",
        "arrest detain apprehend", "arrested detained apprehended", "charge accuse indict", "charged accused indicted",
        "rise climb increase grow", "rose climbed increased grew", "fall drop decline decrease", "fell dropped declined decreased",
        "reach attain hit", "reached attained hit", "raise lift boost", "raised lifted boosted", "cut reduce trim", "reduced trimmed",
        "plan scheme strategy", "planned scheduled intended", "decide determine resolve", "decided determined resolved",
        "agree concur consent", "agreed concurred consented", "refuse decline reject", "refused declined rejected",
        "allow permit let", "allowed permitted", "stop halt cease", "stopped halted ceased", "warn caution alert", "warned cautioned alerted",
        "expect anticipate foresee", "expected anticipated", "happen occur", "happened occurred", "include contain comprise",
        "included contained comprised", "continue persist", "remain stay", "remained stayed",
        "hold host", "held hosted", "meet gather", "met gathered", "lead guide head", "led guided", "run operate manage", "ran operated managed",
        "join enter", "joined entered", "open launch", "opened launched", "close shut", "closed shut", "change alter modify", "changed altered modified",
        "damage harm", "damaged harmed", "destroy ruin wreck", "destroyed ruined wrecked", "fire blaze", "storm tempest", "quake earthquake tremor",
        "company firm business corporation", "companies firms businesses corporations", "people persons individuals", "man male gentleman",
        "woman female lady", "men males gentlemen", "women females ladies", "child kid youngster", "children kids youngsters",
        "official officer representative", "officials officers representatives", "police authorities", "leader head chief",
        "leaders heads chiefs", "government administration", "minister secretary", "country nation state", "countries nations states",
        "city town municipality", "area region zone district", "home house residence", "building structure", "car vehicle automobile",
        "cars vehicles automobiles", "road street highway", "money cash funds", "price cost", "prices costs", "job position post role",
        "jobs positions posts roles", "work labour employment", "worker employee labourer", "workers employees labourers",
        "problem issue difficulty", "problems issues difficulties", "question query", "answer reply response", "statement announcement",
        "report account", "reports accounts", "news information", "story tale", "event incident occurrence", "events incidents occurrences",
        "meeting gathering session", "deal agreement pact accord", "plan proposal", "attack assault", "death demise", "deaths fatalities",
        "victim casualty", "victims casualties", "crowd throng", "group team squad", "game match contest", "games matches contests",
        "season campaign", "player athlete", "players athletes", "coach trainer", "fan supporter", "fans supporters", "win victory triumph",
        "loss defeat", "star celebrity", "film movie picture", "show programme", "song track tune", "music tunes", "phone handset",
        "device gadget", "computer machine", "market marketplace", "share stock", "shares stocks", "profit earnings gain",
        "day daytime", "night evening", "morning forenoon", "hospital clinic infirmary",
        "doctor physician medic", "doctors physicians medics", "court tribunal", "judge justice magistrate", "lawyer attorney counsel",
        "trial hearing", "prison jail", "sentence term", "crime offence", "suspect accused", "witness observer", "ship vessel boat",
        "plane aircraft jet", "flight trip journey", "airport airfield", "soldier trooper", "soldiers troops", "army military forces",
        "war conflict", "weapon arm", "weapons arms", "bomb explosive", "blast explosion", "help assistance aid", "rescue recovery",
        "search hunt", "effort attempt endeavour", "plan blueprint", "result outcome", "results outcomes", "reason cause",
        "part portion section", "number figure", "total sum", "percent per cent", "level degree", "rate pace", "amount quantity",
        "place location site", "part piece", "side flank", "top summit peak", "edge border rim", "center centre middle hub",
        "very extremely highly", "really truly genuinely", "still yet", "often frequently", "sometimes occasionally",
        "always constantly", "already previously", "soon shortly", "later subsequently", "together jointly",
    ];

    private static readonly Dictionary<string, string[]> Table = Build();

    private static Dictionary<string, string[]> Build()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var words = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            foreach (var w in words)
            {
                var others = words.Where(o => o != w).ToArray();
                // A word in two groups keeps both sets of alternatives.
                table[w] = table.TryGetValue(w, out var had) ? [.. had.Union(others)] : others;
            }
        }
        return table;
    }

    /// <summary>Words the table can replace.</summary>
    public static int Count => Table.Count;

    /// <summary>An alternative for a lower-case word, or null when the table has none.</summary>
    public static string? Alternative(string lower, Random random) =>
        Table.TryGetValue(lower, out var options) ? options[random.Next(options.Length)] : null;
}
