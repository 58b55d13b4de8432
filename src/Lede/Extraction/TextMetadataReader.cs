using System.Text.RegularExpressions;

namespace Lede.Extraction;

/// <summary>
/// Collects what bylines, credits, datelines and header dates say while the cleaner reads a text. The first of each
/// wins: a page names its own author and date before any teaser below it does.
/// </summary>
internal sealed partial class TextMetadataReader(TextCleanerOptions options)
{
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "and", "&", "de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "di", "del", "y", "und", "et",
    };

    private const int MaxNameWords = 6;

    private string? _byline;
    private string? _bylineAgency;
    private string? _place;
    private string? _datelineAgency;
    private string? _source;
    private ShownDate? _date;

    /// <summary>Takes a byline's name (and the organisation after a comma) if they read as names; false if not a byline.</summary>
    public bool Byline(string name, string organisation)
    {
        name = name.Trim();
        organisation = organisation.Trim();
        if (!IsName(name) || (organisation.Length > 0 && !IsName(organisation))) return false;
        _byline ??= name;
        _bylineAgency ??= AgencyOf(organisation) ?? AgencyOf(name);
        return true;
    }

    /// <summary>"Originally published by X": X first published the text.</summary>
    public void Credit(string source) => _source ??= source.Trim();

    public void ShownDate(ShownDate date) => _date ??= date;

    /// <summary>The dateline opens the first paragraph of the body: "KYIV, Ukraine (AP) — …".</summary>
    public void ReadDateline(IEnumerable<string> lines)
    {
        if (_place is not null) return;
        foreach (var line in lines)
        {
            var m = DatelinePattern().Match(line);
            if (!m.Success) continue;
            _place = m.Groups["place"].Value.Trim();
            var agency = m.Groups["agency"].Value.Trim();
            if (agency.Length > 0) _datelineAgency = AgencyOf(agency) ?? agency;
            return;
        }
    }

    public TextMetadata Build() =>
        new(_byline, _place, _datelineAgency ?? _bylineAgency ?? (_source is null ? null : AgencyOf(_source)), _source, _date);

    private string? AgencyOf(string name) =>
        name.Length > 0 && options.Agencies.TryGetValue(name, out var agency) ? agency : null;

    private static bool IsName(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxNameWords
            && char.IsUpper(words[0][0])
            && words.All(w => char.IsUpper(w[0]) || NameConnectors.Contains(w));
    }

    /// <summary>A place in capitals, perhaps a region or country, perhaps a date, an agency in brackets, then a dash.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}{2}[\p{Lu}.'’ -]{0,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?){0,2})(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\((?<agency>[^()]{1,40})\)\s*(?:—|–|--?)|(?:—|–|--))\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePattern();
}
