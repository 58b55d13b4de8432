using Lede.Stories;

namespace Lede.Tests.Stories;

public sealed class StorySubjectTests
{
    private static readonly StoryOptions Options = StoryOptions.Default with { ReadEntities = true };
    private static readonly StoryFeaturizer Featurizer = new(Options);

    private static StoryDocument Doc(string title, string text) => Featurizer.Build(title, text, null, null);

    private static readonly (string Title, string Text)[] Smith =
    [
        ("Tigers fire coach John Smith", "The Tigers fired head coach John Smith on Monday after a losing season. Smith had led the team for three years. The owner thanked Smith."),
        ("John Smith out as Tigers coach", "John Smith was dismissed as coach of the Tigers. Smith said he was disappointed. The Tigers will search for a new coach."),
        ("Tigers dismiss Smith", "Coach John Smith lost his job with the Tigers on Monday. Smith's record was poor, and the Tigers said Smith would be paid."),
    ];

    [Fact]
    public void The_featurizer_reads_the_subject_person_of_an_article_when_asked()
    {
        Assert.Null(new StoryFeaturizer(StoryOptions.Default with { ReadEntities = false }).Build(Smith[0].Title, Smith[0].Text, null, null).SubjectPerson);
        var doc = Doc(Smith[0].Title, Smith[0].Text);
        Assert.Equal("john smith", doc.SubjectPerson);
        Assert.Contains("john smith", doc.Subjects);
    }

    [Fact]
    public void Another_person_at_the_same_kind_of_event_is_a_subject_conflict_and_the_same_person_a_match()
    {
        var clusterer = new StoryClusterer(Options);
        long? story = null;
        foreach (var (title, text) in Smith) story = clusterer.Place(Doc(title, text), story, title);

        var jones = clusterer.Score(Doc("Tigers fire coach Bob Jones",
            "The Tigers fired head coach Bob Jones on Monday after a losing season. Jones had led the team for two years. The owner thanked Jones."));
        var againstJones = Assert.Single(jones, c => c.StoryId == story);
        Assert.Equal(1, againstJones.Features.SubjectConflict);
        // The team is a subject of both (named in every title): the match alone cannot tell them apart, the conflict can.
        Assert.Equal(1, againstJones.Features.SubjectMatch);

        var smith = clusterer.Score(Doc("Smith fired by the Tigers",
            "Coach John Smith was fired by the Tigers on Monday. Smith will be paid for the rest of his contract."));
        var againstSmith = Assert.Single(smith, c => c.StoryId == story);
        Assert.Equal(0, againstSmith.Features.SubjectConflict);
        Assert.Equal(1, againstSmith.Features.SubjectMatch);
        var conflict = Options with { Model = Options.Model with { SubjectConflict = -3 } };
        Assert.True(againstSmith.Features.Score(conflict.Model, 3) > againstJones.Features.Score(conflict.Model, 3));
    }

    [Fact]
    public void A_report_that_names_the_story_s_person_is_no_conflict()
    {
        var clusterer = new StoryClusterer(Options);
        long? story = null;
        foreach (var (title, text) in Smith) story = clusterer.Place(Doc(title, text), story, title);
        // About the new man, but it names the one he replaces: an angle of the same event.
        var successor = clusterer.Score(Doc("Tigers turn to Bob Jones",
            "Bob Jones is the favourite to replace John Smith, whom the Tigers fired on Monday. Jones coached the Lions."));
        Assert.Equal(0, Assert.Single(successor, c => c.StoryId == story).Features.SubjectConflict);
    }
}
