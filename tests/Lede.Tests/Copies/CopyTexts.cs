namespace Lede.Tests.Copies;

/// <summary>An invented wire report, its copies made the ways copies are made, and an independent report of the same event.</summary>
internal static class CopyTexts
{
    public static readonly string[] Original =
    [
        "LISBON, Portugal (AP) — A fire swept through a textile warehouse on the outskirts of Lisbon on Tuesday, killing three workers and injuring 14 others, the city's civil protection agency said.",
        "Firefighters from six stations battled the blaze for more than five hours before bringing it under control shortly after midnight.",
        "The warehouse, owned by the Almeida Group, stored cotton and synthetic fabrics that fed the flames, fire chief Rui Carvalho told reporters at the scene.",
        "Carvalho said investigators had not yet determined the cause of the fire but did not suspect arson.",
        "Two of the injured were in serious condition at Santa Maria Hospital, according to a hospital spokeswoman.",
        "Prime Minister Luis Montenegro expressed condolences to the families of the victims in a message posted online.",
        "The Almeida Group said in a statement that it was cooperating fully with the authorities and would support the affected families.",
        "Residents of nearby buildings were evacuated as a precaution and allowed to return home early Wednesday.",
        "It was the deadliest industrial fire in the Lisbon region since 2017, when a blaze at a chemical depot killed five people.",
    ];

    public static string Text(IEnumerable<string> sentences) => string.Join("\n\n", sentences);

    public static string OriginalText => Text(Original);

    /// <summary>The whole body between another site's clutter lines.</summary>
    public static string Syndicated => Text(["Share this article", "Home » World", .. Original, "Sign up for our daily newsletter to get the top stories", "Copyright 2024 All rights reserved."]);

    /// <summary>The first four sentences and a pointer to the rest.</summary>
    public static string Excerpt => Text([.. Original.Take(4), "Read the full story at the original source."]);

    /// <summary>A word changed here and there, one sentence dropped, a clutter line.</summary>
    public static string Rewrite => Text([
        "Trending Now",
        Original[0].Replace("swept through", "swept across"),
        Original[1],
        Original[2].Replace("told reporters", "told journalists"),
        Original[3],
        Original[4].Replace("serious condition", "critical condition"),
        Original[5],
        Original[6],
        Original[8],
    ]);

    /// <summary>Heavy synonym swaps, two sentences swapped, one dropped, the dateline's credit gone.</summary>
    public static string Spun => Text([
        "LISBON, Portugal — A blaze tore across a fabric storehouse on the edge of Lisbon on Tuesday, killing three staff and hurting 14 others, the city's civil protection bureau stated.",
        "Firemen from six stations fought the inferno for over five hours before getting it under control soon after midnight.",
        "Carvalho stated detectives had not yet established the origin of the fire yet did not suspect arson.",
        "The storehouse, held by the Almeida Group, kept cotton and man-made textiles that fuelled the flames, fire boss Rui Carvalho informed journalists at the location.",
        "Two of the wounded were in grave condition at Santa Maria Hospital, as stated by a hospital spokesperson.",
        "Prime Minister Luis Montenegro voiced sympathy to the families of the casualties in a note published online.",
        "Occupants of close by buildings were cleared out as a safeguard and permitted to go back home early Wednesday.",
        "It was the deadliest industrial blaze in the Lisbon area since 2017, when a fire at a chemical warehouse killed five individuals.",
        "Facebook Comments",
    ]);

    /// <summary>Another outlet's own report of the same fire: the same names and numbers, its own sentences.</summary>
    public static string Independent => Text([
        "Three people died and 14 were hurt when flames tore through a fabric storage building near Lisbon late Tuesday.",
        "According to Portugal's civil protection service, crews from six fire stations needed over five hours to contain the fire.",
        "Fire chief Rui Carvalho said cotton and synthetic fabrics kept in the building made the fire spread fast.",
        "The building belongs to the Almeida Group, which promised help to the victims' relatives in a statement.",
        "Officials at Santa Maria Hospital said two of the wounded remained in serious condition on Wednesday.",
        "Luis Montenegro, the prime minister, sent his condolences online.",
        "Police have opened an investigation, although Carvalho said arson was not suspected.",
        "The last fire of this scale in the region was in 2017, when five people were killed at a chemical depot.",
    ]);

    /// <summary>Unrelated text, to fill an index: made-up words from a seeded generator, so that no two share shingles or names.</summary>
    public static string Unrelated(int i)
    {
        var random = new Random(i);
        string Word() => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        string Sentence() => "The " + string.Join(' ', Enumerable.Range(0, 14).Select(k => k % 5 == 2 ? char.ToUpperInvariant(Word()[0]) + Word() : Word())) + ".";
        return Text(Enumerable.Range(0, 4).Select(_ => Sentence()));
    }

    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "bri", "gan", "zo", "pel", "ra", "ni", "fost", "que"];
}
