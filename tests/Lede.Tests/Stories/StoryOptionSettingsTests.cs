using Lede.Stories;

namespace Lede.Tests.Stories;

public sealed class StoryOptionSettingsTests
{
    [Fact]
    public void Settings_replace_options_and_model_weights_on_a_copy()
    {
        var defaults = StoryOptions.Default;
        var changed = StoryOptionSettings.Apply(defaults, "SplitGap=0.25, PiecesDateMinZ=-1.5,Model.Bias=-3");

        Assert.Equal(0.25, changed.SplitGap);
        Assert.Equal(-1.5, changed.PiecesDateMinZ);
        Assert.Equal(-3, changed.Model.Bias);
        Assert.Equal(defaults.MaxCandidates, changed.MaxCandidates);
        Assert.NotEqual(0.25, defaults.SplitGap);
        Assert.NotEqual(-3, defaults.Model.Bias);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_settings_leave_the_options_as_they_are(string? settings) =>
        Assert.Equal(StoryOptions.Default, StoryOptionSettings.Apply(StoryOptions.Default, settings));

    [Theory]
    [InlineData("NoSuchSetting=1", "no setting NoSuchSetting")]
    [InlineData("Model.NoSuchWeight=1", "no setting NoSuchWeight")]
    [InlineData("SplitGap", "not Name=value")]
    [InlineData("SplitGap=wide", "'wide' is not a Double")]
    public void Bad_settings_are_errors_that_name_them(string settings, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => StoryOptionSettings.Apply(StoryOptions.Default, settings));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
