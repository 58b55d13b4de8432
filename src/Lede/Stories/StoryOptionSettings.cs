using System.Globalization;

namespace Lede.Stories;

/// <summary>
/// Option values given as text ("SplitGap=0.4,Model.Bias=-4"), so that the tools can score a variant without an edit
/// of StoryOptions.cs. Each value replaces the given options' on a copy ("null" for a nullable one: off); an unknown
/// name or a value of the wrong type is an error, not a silent default.
/// </summary>
public static class StoryOptionSettings
{
    public static StoryOptions Apply(StoryOptions options, string? settings)
    {
        foreach (var setting in (settings ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (setting.Split('=', StringSplitOptions.TrimEntries) is not [var name, var value] || name.Length == 0)
                throw new ArgumentException($"setting '{setting}' is not Name=value");
            // "Model.SubjectConflict=-1.5": a join-model weight, to score a candidate model before it is pasted in.
            options = name.StartsWith("Model.", StringComparison.Ordinal)
                ? options with { Model = Set(options.Model with { }, name["Model.".Length..], value) }
                : Set(options with { }, name, value);
        }
        return options;
    }

    private static T Set<T>(T copy, string name, string value) where T : class
    {
        var property = typeof(T).GetProperty(name);
        if (property is not { CanWrite: true }) throw new ArgumentException($"{typeof(T).Name} has no setting {name}");
        var nullable = Nullable.GetUnderlyingType(property.PropertyType);
        // "NearJoinMinZ=null": a bar whose null switches its rule off, so that an ablation needs no edit either.
        if (value == "null" && nullable is not null)
        {
            property.SetValue(copy, null);
            return copy;
        }
        var type = nullable ?? property.PropertyType;
        object converted;
        try
        {
            converted = Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"{name}: '{value}' is not a {type.Name}", e);
        }
        property.SetValue(copy, converted);
        return copy;
    }
}
