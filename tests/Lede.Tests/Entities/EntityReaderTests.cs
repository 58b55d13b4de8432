using Lede.Entities;

namespace Lede.Tests.Entities;

public sealed class EntityReaderTests
{
    private static List<string> Names(string text) => NameMentionParser.Parse(text).Select(m => m.Text).ToList();

    [Fact]
    public void Capitalised_runs_are_mentions_and_sentence_openers_are_not()
    {
        var names = Names("The actress Lindsay Lohan checked into the Betty Ford Center. After that, Lohan said nothing.");
        Assert.Equal(["Lindsay Lohan", "Betty Ford Center", "Lohan"], names);
    }

    [Fact]
    public void A_sentence_opening_name_is_kept_when_the_text_never_writes_it_in_lower_case()
    {
        Assert.Equal(["Reid", "Promises"], Names("Reid entered Promises on Friday."));
        // "Police" opens the sentence and the text writes "police" elsewhere: no name.
        Assert.Empty(Names("Police said the police had left."));
    }

    [Fact]
    public void Honorifics_mark_a_person_and_are_left_out_of_the_name()
    {
        var mentions = NameMentionParser.Parse("On Monday President Barack Obama met Mr. Smith in Washington.");
        Assert.Equal(["Barack Obama", "Smith", "Washington"], mentions.Select(m => m.Text));
        Assert.Equal("President", mentions[0].Honorific);
        Assert.Equal("Mr.", mentions[1].Honorific);
        Assert.Null(mentions[2].Honorific);
    }

    [Fact]
    public void Possessives_and_hyphenated_modifiers_end_the_name()
    {
        Assert.Equal(["Lohan", "Obama"], Names("He joined Lohan's lawyer and an Obama-led team."));
        Assert.Equal(["Jean-Claude Juncker"], Names("He met Jean-Claude Juncker."));
    }

    [Fact]
    public void Connectors_join_names_and_days_and_months_are_no_names()
    {
        Assert.Equal(["Bank of America"], Names("Shares of Bank of America fell on Tuesday, 3 March."));
    }

    [Fact]
    public void Headline_lines_name_nothing_by_their_capitals()
    {
        Assert.Equal(["Lohan"], Names("LOHAN CHECKS INTO REHAB CENTER TODAY\nShe said Lohan was fine."));
    }

    [Fact]
    public void A_surname_refers_to_the_full_name_seen_before_and_marks_a_person()
    {
        var e = new EntityReader().Read("Lohan checks into rehab",
            "Actress Lindsay Lohan checked into the Betty Ford Center on Friday. Lohan's lawyer said Lohan was well. The Betty Ford Center declined to comment.");
        var lohan = e.Entities[0];
        Assert.Equal("lindsay lohan", lohan.Key);
        // The title's "Lohan" and the body's three.
        Assert.Equal(4, lohan.Mentions);
        Assert.True(lohan.Person);
        Assert.True(lohan.InTitle);
        Assert.Contains("lohan", lohan.Variants);
        var center = e.Find("betty ford center")!;
        Assert.Equal(2, center.Mentions);
        Assert.False(center.Person);
        Assert.Equal("lindsay lohan", e.Subjects[0].Key);
    }

    [Fact]
    public void A_full_name_after_its_short_form_takes_it_in()
    {
        var e = new EntityReader().Read(null, "Reid entered rehab. Friends of Tara Reid said she was fine.");
        var reid = Assert.Single(e.Entities, x => x.Key.EndsWith("reid", StringComparison.Ordinal));
        Assert.Equal("tara reid", reid.Key);
        Assert.Equal(2, reid.Mentions);
        Assert.Equal(0, reid.FirstPosition);
    }

    [Fact]
    public void A_shared_surname_refers_to_the_person_named_last()
    {
        var e = new EntityReader().Read(null, "Bill Clinton spoke first. Then Hillary Clinton arrived. Clinton thanked him.");
        Assert.Equal(2, e.Find("hillary clinton")!.Mentions);
        Assert.Equal(1, e.Find("bill clinton")!.Mentions);
    }

    [Fact]
    public void Subjects_are_named_in_the_title_or_the_lead_and_background_names_are_not()
    {
        var text = "Carlos Boozer was arrested in Miami. Boozer was released later. " +
                   "Sentence three. Sentence four. Sentence five mentions Michael Jordan in passing.";
        var e = new EntityReader().Read("Bulls forward arrested", text);
        Assert.Contains(e.Subjects, s => s.Key == "carlos boozer");
        Assert.DoesNotContain(e.Subjects, s => s.Key == "michael jordan");
        // Miami is named once in the lead and is one word: a setting, not a subject.
        Assert.DoesNotContain(e.Subjects, s => s.Key == "miami");
    }

    [Fact]
    public void Saint_and_star_open_names_and_mark_no_person()
    {
        var mentions = NameMentionParser.Parse("The team moved to St. Louis and watched Star Wars.");
        Assert.Equal(["St Louis", "Star Wars"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Null(m.Honorific));
    }

    [Fact]
    public void A_name_ending_in_a_body_word_is_no_person_though_shortened_to_it()
    {
        var e = new EntityReader().Read("Indian Navy sinks pirate ship",
            "The Indian Navy sank a pirate mother ship in the Gulf of Aden on Tuesday. A spokesman said the Navy acted in self-defence. " +
            "Ships have avoided Aden since. Captain Rajesh Sharma said Sharma's crew was safe.");
        Assert.False(e.Find("indian navy")!.Person);
        // "Aden" alone is the last word of a name with "of": a place, not a surname.
        Assert.False(e.Find("gulf of aden")!.Person);
        Assert.True(e.Find("rajesh sharma")!.Person);
    }

    [Fact]
    public void An_office_before_a_body_word_marks_no_person()
    {
        // "General" is an office before a person's name, but "Motors" closes a company's.
        var e = new EntityReader().Read(null, "General Motors recalled 1,000 cars. President Barack Obama said the recall was right.");
        Assert.False(e.Find("motors")!.Person);
        Assert.True(e.Find("barack obama")!.Person);
    }

    [Fact]
    public void The_subject_person_passes_over_a_club_shortened_like_a_surname()
    {
        var keys = new List<string>();
        new EntityReader().ReadSubjects("Chelsea FC sack manager",
            "Chelsea FC sacked Andre Villas-Boas on Sunday. FC chairman Bruce Buck thanked Villas-Boas. Chelsea FC play again on Wednesday.",
            keys, out var person);
        // The club is the first subject (named in the title, and most), but "FC" is no surname.
        Assert.Equal("chelsea fc", keys[0]);
        Assert.Equal("andre villas-boas", person);
    }
}
