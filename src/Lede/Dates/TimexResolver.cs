using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;

namespace Lede.Dates;

/// <summary>What one expression resolves to.</summary>
internal readonly record struct Resolved(TimexType Type, string Value, string? Mod = null);

/// <summary>
/// Turns one find into a TIMEX3 type and value. One resolver per document: it remembers the last quarter
/// and year the text named, which financial news refers back to ("the quarter", "a year earlier").
/// </summary>
internal sealed class TimexResolver(string text, LocalDate? reference, TemporalTaggerOptions options)
{
    private (int Year, int Quarter)? lastQuarter;
    private int? lastYear;
    private LocalDate? lastDay;
    private LocalDate? lastMonth;

    public Resolved? Resolve(Rule rule, Match m)
    {
        var r = rule switch
        {
            Rule.Iso => Iso(m.Groups),
            Rule.Slash => Slash(m.Groups),
            Rule.MonthDay or Rule.DayMonth => MonthDay(m),
            Rule.MonthAlone => MonthAlone(m),
            Rule.YearAlone => YearAlone(m.Groups),
            Rule.Decade => Decade(m.Groups),
            Rule.Century => Century(m.Groups),
            Rule.SpelledYear => SpelledYear(m.Groups),
            Rule.Season => Season(m.Groups),
            Rule.Holiday => Holiday(m),
            Rule.Quarter => Quarter(m),
            Rule.WeekdayName => WeekdayName(m),
            Rule.Deictic => Deictic(m.Groups),
            Rule.Reference => Reference(m.Groups),
            Rule.RelativeUnit => RelativeUnit(m),
            Rule.Ago => Ago(m),
            Rule.Duration => Duration(m.Groups),
            Rule.VagueDuration => new Resolved(TimexType.Duration, "PX" + UnitLetter(m.Groups["unit"].Value)),
            Rule.TimeOfDay => TimeOfDay(m),
            Rule.Set => Set(m.Groups),
            _ => null,
        };
        if (r is { } ok) Remember(rule, ok, m);
        return r;
    }

    private void Remember(Rule rule, Resolved r, Match m)
    {
        var v = r.Value;
        if (r.Type is not (TimexType.Date or TimexType.Time) || v.Length < 4 || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[3])) return;
        // Values derived from an earlier mention ("a year earlier") do not become the new point of reference.
        if (rule is Rule.Ago) return;
        var year = int.Parse(v.AsSpan(0, 4), CultureInfo.InvariantCulture);
        lastYear = year;
        if (v.Length == 7 && v[5] == 'Q' && char.IsAsciiDigit(v[6]) && rule == Rule.Quarter && !m.Groups["ago"].Success
            && !Contains(m.Groups["adj"].Value, "year-") && !m.Groups["yrel"].Success)
            lastQuarter = (year, v[6] - '0');
        if (v.Length >= 10 && TryDay(v[..10], out var day)) lastDay = day;
        if (v.Length >= 7 && v[4] == '-' && char.IsAsciiDigit(v[5]) && char.IsAsciiDigit(v[6]) && (v.Length == 7 || v[7] == '-')
            && TryDate(year, (v[5] - '0') * 10 + (v[6] - '0'), 1, out var month))
            lastMonth = month;
    }

    // ---- explicit dates ----

    private Resolved? Iso(GroupCollection g)
    {
        if (!TryDate(Int(g["year"]), Int(g["mon"]), Int(g["day"]), out var d)) return null;
        return g["h"].Success
            ? new Resolved(TimexType.Time, $"{Day(d)}T{g["h"].Value}:{g["mi"].Value}")
            : new Resolved(TimexType.Date, Day(d));
    }

    private Resolved? Slash(GroupCollection g)
    {
        var year = Int(g["year"]);
        if (g["year"].Length == 2) year += year < 50 ? 2000 : 1900;
        return TryDate(year, Int(g["mon"]), Int(g["day"]), out var d) ? new Resolved(TimexType.Date, Day(d)) : null;
    }

    private Resolved? MonthDay(Match m)
    {
        var g = m.Groups;
        var month = TemporalLexicon.Month(g["month"].Value)!.Value;
        var day = Int(g["day"]);
        if (day < 1 || day > 31) return null;
        var mod = PrefixMod(g["pre"].Value);
        if (g["year"].Success)
            return TryDate(Int(g["year"]), month, day, out var d) ? new Resolved(TimexType.Date, Day(d), mod) : null;
        if (day > DaysIn(2000, month)) return null;
        if (reference is not { } r)
            return new Resolved(TimexType.Date, $"XXXX-{month:D2}-{day:D2}", mod);
        int year;
        var rel = Lower(g["rel"]);
        var thisYear = new LocalDate(r.Year, month, Math.Min(day, DaysIn(r.Year, month)));
        if (g["weekday"].Success && YearWithWeekday(r, month, day, TemporalLexicon.Weekday(g["weekday"].Value)) is { } y)
            year = y;
        else if (rel == "last")
            year = thisYear < r ? r.Year : r.Year - 1;
        else if (rel == "next")
            year = thisYear > r ? r.Year : r.Year + 1;
        else
            year = YearOf(r, month, day, Direction(m));
        if (!TryDate(year, month, day, out var dd)) return null;
        return new Resolved(TimexType.Date, g["weekof"].Success ? Week(dd) : Day(dd), mod);
    }

    private Resolved? MonthAlone(Match m)
    {
        var g = m.Groups;
        var month = TemporalLexicon.Month(g["month"].Value)!.Value;
        var mod = PrefixMod(g["pre"].Success ? g["pre"].Value : g["pre2"].Value);
        if (g["year"].Success) return new Resolved(TimexType.Date, $"{Int(g["year"]):D4}-{month:D2}", mod);
        if (reference is not { } r) return new Resolved(TimexType.Date, $"XXXX-{month:D2}", mod);
        int year;
        var rel = Lower(g["rel"]);
        if (g["yrel"].Success)
            year = r.Year + Lower(g["yrel"]) switch { "last" => -1, "next" => 1, _ => 0 };
        else if (rel is "last" or "this past")
            year = month < r.Month ? r.Year : r.Year - 1;
        else if (rel is "next" or "this coming")
            year = month > r.Month ? r.Year : r.Year + 1;
        else if (rel is "this")
            year = r.Year;
        else if (rel is "that" && lastYear is { } ly)
            year = ly;
        else
            year = YearOfMonth(r, month, Direction(m));
        return new Resolved(TimexType.Date, $"{year:D4}-{month:D2}", mod);
    }

    private Resolved? YearAlone(GroupCollection g)
    {
        var year = Int(g["year"]);
        var pre = Lower(g["pre"]);
        if (pre.Contains("half"))
            return new Resolved(TimexType.Date, $"{year:D4}-H{(pre.Contains("first") ? 1 : 2)}");
        var mod = g["post"].Success ? (Lower(g["post"]) == "post" ? "AFTER" : "BEFORE") : PrefixMod(pre);
        return new Resolved(TimexType.Date, year.ToString("D4", CultureInfo.InvariantCulture), mod);
    }

    private static Resolved? Decade(GroupCollection g)
    {
        string value;
        if (g["word"].Success)
            value = "19" + Lower(g["word"])[..3] switch
            {
                "twe" => "2", "thi" => "3", "for" => "4", "fif" => "5", "six" => "6", "sev" => "7", "eig" => "8", _ => "9",
            };
        else if (g["cent"].Success) value = g["cent"].Value + g["dec"].Value;
        else value = (g["dec"].Value[0] <= '2' ? "20" : "19") + g["dec"].Value;
        return new Resolved(TimexType.Date, value, PrefixMod(g["pre"].Value));
    }

    private static Resolved? Century(GroupCollection g)
    {
        var n = g["n"].Success ? Int(g["n"]) : Lower(g["word"]) switch
        {
            "seventeenth" => 17, "eighteenth" => 18, "nineteenth" => 19, "twentieth" => 20, _ => 21,
        };
        return new Resolved(TimexType.Date, (n - 1).ToString("D2", CultureInfo.InvariantCulture), PrefixMod(g["pre"].Value));
    }

    private static Resolved? SpelledYear(GroupCollection g)
    {
        var units = g["units"].Success ? (int)TemporalLexicon.Number(g["units"].Value)! : 0;
        var year = g["tens"].Success ? 1900 + (int)TemporalLexicon.Number(g["tens"].Value)! + units : 2000 + units;
        var the = Lower(g["the"]);
        var season = the.Length > 0 && !the.Contains("year") ? "-" + SeasonCode(the.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) : "";
        return new Resolved(TimexType.Date, year.ToString("D4", CultureInfo.InvariantCulture) + season);
    }

    private Resolved? Season(GroupCollection g)
    {
        var code = SeasonCode(g["season"].Value);
        var mod = PrefixMod(g["pre"].Success ? g["pre"].Value : g["pre2"].Value);
        if (g["year"].Success) return new Resolved(TimexType.Date, $"{Int(g["year"]):D4}-{code}", mod);
        if (reference is not { } r) return new Resolved(TimexType.Date, $"XXXX-{code}", mod);
        var now = SeasonIndex(SeasonOf(r.Month));
        var target = SeasonIndex(code);
        // January and February belong to the winter that began the year before.
        var seasonYear = r.Month <= 2 ? r.Year - 1 : r.Year;
        var year = Lower(g["rel"]) switch
        {
            "last" or "this past" => target < now ? seasonYear : seasonYear - 1,
            "next" or "this coming" => target > now ? seasonYear : seasonYear + 1,
            "that" when lastYear is { } ly => ly,
            _ => r.Year,
        };
        return new Resolved(TimexType.Date, $"{year:D4}-{code}", mod);
    }

    private Resolved? Holiday(Match m)
    {
        var g = m.Groups;
        var name = string.Join(' ', g["holiday"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');
        if (g["year"].Success)
            return HolidayDate(name, Int(g["year"])) is { } d0 ? new Resolved(TimexType.Date, Day(d0)) : null;
        if (reference is not { } r)
            return HolidayDate(name, 2000) is { } fixedDay && IsFixedHoliday(name) ? new Resolved(TimexType.Date, $"XXXX-{fixedDay.Month:D2}-{fixedDay.Day:D2}") : null;
        var rel = Lower(g["rel"]);
        var direction = rel switch { "last" => TemporalDirection.Past, "next" => TemporalDirection.Future, _ => Direction(m) };
        var here = HolidayDate(name, r.Year);
        if (here is not { } h) return null;
        int year;
        if (rel == "last") year = h < r ? r.Year : r.Year - 1;
        else if (rel == "next") year = h > r ? r.Year : r.Year + 1;
        else year = YearOf(r, h.Month, h.Day, direction);
        return HolidayDate(name, year) is { } d ? new Resolved(TimexType.Date, Day(d)) : null;
    }

    private static bool IsFixedHoliday(string name) => !(name.StartsWith("Thanksgiving", StringComparison.Ordinal)
        || name.StartsWith("Easter", StringComparison.Ordinal) || name is "Good Friday" or "Election Day" or "Labor Day" or "Memorial Day");

    /// <summary>The date of a (US-centred, as the wires write them) holiday in a year.</summary>
    internal static LocalDate? HolidayDate(string name, int year)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("thanksgiving", StringComparison.Ordinal)) return NthWeekday(year, 11, IsoDayOfWeek.Thursday, 4);
        if (lower.StartsWith("christmas eve", StringComparison.Ordinal)) return new LocalDate(year, 12, 24);
        if (lower.StartsWith("christmas", StringComparison.Ordinal)) return new LocalDate(year, 12, 25);
        if (lower.StartsWith("new year's eve", StringComparison.Ordinal)) return new LocalDate(year, 12, 31);
        if (lower.StartsWith("new year", StringComparison.Ordinal)) return new LocalDate(year, 1, 1);
        if (lower == "election day") return NthWeekday(year, 11, IsoDayOfWeek.Monday, 1).PlusDays(1);
        if (lower == "independence day") return new LocalDate(year, 7, 4);
        if (lower == "labor day") return NthWeekday(year, 9, IsoDayOfWeek.Monday, 1);
        if (lower == "memorial day") return NthWeekday(year, 6, IsoDayOfWeek.Monday, 1).PlusDays(-7);
        if (lower == "veterans day") return new LocalDate(year, 11, 11);
        if (lower == "halloween") return new LocalDate(year, 10, 31);
        if (lower.StartsWith("valentine", StringComparison.Ordinal)) return new LocalDate(year, 2, 14);
        if (lower == "boxing day") return new LocalDate(year, 12, 26);
        if (lower.StartsWith("easter", StringComparison.Ordinal)) return Easter(year);
        if (lower == "good friday") return Easter(year).PlusDays(-2);
        return null;
    }

    private static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int n)
    {
        var first = new LocalDate(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset + 7 * (n - 1));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static LocalDate Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }

    private Resolved? Quarter(Match m)
    {
        var g = m.Groups;
        var unit = Lower(g["unit"]);
        var adj = Lower(g["adj"]);
        var ord = Lower(g["ord"]).Trim(' ', '-');
        var back = g["ago"].Success || adj.Contains("year-") || adj.Contains("comparable") || adj.Contains("corresponding")
                   || Lower(g["yrel"]) == "last" ? -1 : Lower(g["yrel"]) == "next" ? 1 : 0;
        int? year = g["year"].Success ? Int(g["year"]) : YearIn(adj);
        if (unit == "half")
        {
            var h = ord is "first" or "1st" ? 1 : 2;
            if (year is null && reference is { } rr)
                year = rr.Year + back - (h == 2 && rr.Month <= 6 && Direction(m) != TemporalDirection.Future ? 1 : 0);
            else if (year is { } y0) year = y0 + (g["year"].Success ? 0 : 0);
            return new Resolved(TimexType.Date, year is { } yy ? $"{yy:D4}-H{h}" : $"XXXX-H{h}");
        }

        int? q = ord switch
        {
            "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" or "last" => 4, _ => null,
        };
        if (q is { } qq)
        {
            if (year is null && reference is { } r)
            {
                year = r.Year + back;
                // A quarter that has not started yet is last year's, unless the clause looks forward.
                if (back == 0 && (qq - 1) * 3 + 1 > r.Month && Direction(m) != TemporalDirection.Future) year--;
            }
            else if (year is { } y && g["year"].Success == false && back != 0) year = y;
            return new Resolved(TimexType.Date, year is { } yq ? $"{yq:D4}-Q{qq}" : $"XXXX-Q{qq}");
        }

        // No ordinal: the quarter the text is reporting on, else the quarter being reported in the news of that day.
        (int Year, int Quarter)? anchor;
        if (adj.Contains("current") || Lower(g["det"]) == "this")
            anchor = reference is { } r ? (r.Year, (r.Month - 1) / 3 + 1) : null;
        // "The latest quarter" is the last one completed, whatever fiscal quarter the text named before.
        else if (unit == "quarter" && (adj.Contains("latest") || adj.Contains("most recent")) && reference is { } rl)
            anchor = PreviousQuarter(rl.Year, (rl.Month - 1) / 3 + 1);
        else if (lastQuarter is { } lq)
            anchor = lq;
        else
            anchor = reference is { } r ? PreviousQuarter(r.Year, (r.Month - 1) / 3 + 1) : null;
        if (year is { } explicitYear && anchor is { } a0) anchor = (explicitYear, a0.Quarter);
        else if (anchor is { } a1) anchor = (a1.Year + back, a1.Quarter);
        if (unit == "period" && anchor is null && year is { } py) return new Resolved(TimexType.Date, $"{py:D4}");
        return new Resolved(TimexType.Date, anchor is { } a ? $"{a.Year:D4}-Q{a.Quarter}" : "XXXX-QX");
    }

    private Resolved? WeekdayName(Match m)
    {
        var g = m.Groups;
        var weekday = TemporalLexicon.Weekday(g["weekday"].Value);
        var part = g["part"].Success ? PartCode(g["part"].Value) : "";
        if (g["plural"].Success || g["plural2"].Success)
            return new Resolved(TimexType.Set, $"XXXX-WXX-{weekday}{part}");
        // TimeBank keeps "evening" and "afternoon" in the value but mostly writes "Friday morning" and "Friday
        // night" as the bare day (night straddles two dates, and the morning is usually the news of that day).
        if (part is "TMO" or "TNI") part = "";
        var rel = Lower(g["rel"]);
        var mod = rel.StartsWith("early", StringComparison.Ordinal) ? "START" : rel.StartsWith("late", StringComparison.Ordinal) ? "END" : null;
        // The type stays DATE, as TimeBank mostly has it for a weekday with its part of day.
        if (reference is not { } r) return new Resolved(TimexType.Date, $"XXXX-WXX-{weekday}{part}", mod);
        // "The previous Friday", "the following Monday" count from the day the text last named.
        var from = rel is "the previous" or "the following" && lastDay is { } ld ? ld : r;
        var date = ResolveWeekday(from, weekday, rel, m);
        return new Resolved(TimexType.Date, Day(date) + part, mod);
    }

    private LocalDate ResolveWeekday(LocalDate r, int weekday, string rel, Match m)
    {
        var today = (int)r.DayOfWeek;
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        return rel switch
        {
            "last" or "this past" or "the previous" => r.PlusDays(back == 0 ? -7 : -back),
            "next" or "this coming" or "the following" => r.PlusDays(ahead == 0 ? 7 : ahead),
            _ => Direction(m) == TemporalDirection.Future ? r.PlusDays(ahead) : r.PlusDays(-back),
        };
    }

    private Resolved? Deictic(GroupCollection g)
    {
        var part = g["part"].Success ? PartCode(g["part"].Value) : "";
        var mod = PrefixMod(g["pre"].Value);
        int offset;
        var word = Lower(g["deictic"].Success ? g["deictic"] : g["rel"]);
        switch (word)
        {
            case "today" or "this": offset = 0; break;
            case "tonight": offset = 0; part = "TNI"; break;
            case "yesterday": offset = -1; break;
            case "tomorrow": offset = 1; break;
            case "last": offset = part == "TNI" ? -1 : 0; break;
            default: offset = word.Contains("before") ? -2 : 2; break;
        }
        var type = part.Length > 0 ? TimexType.Time : TimexType.Date;
        if (reference is not { } r) return new Resolved(type, "XXXX-XX-XX" + part, mod);
        return new Resolved(type, Day(r.PlusDays(offset)) + part, mod);
    }

    private static Resolved? Reference(GroupCollection g) => new(TimexType.Date,
        g["present"].Success ? "PRESENT_REF" : g["past"].Success ? "PAST_REF" : "FUTURE_REF");

    /// <summary>The Saturday of "the weekend": the one just past, or the coming one when the clause looks forward.</summary>
    private static LocalDate NearestWeekend(LocalDate r, TemporalDirection direction)
    {
        var dow = (int)r.DayOfWeek;
        if (dow >= 6) return r.PlusDays(6 - dow);
        return direction == TemporalDirection.Future ? r.PlusDays(6 - dow) : r.PlusDays(-(dow + 1));
    }

    private Resolved? RelativeUnit(Match m)
    {
        var g = m.Groups;
        if (g["yearend"].Success)
            return new Resolved(TimexType.Date, reference is { } r0 ? $"{r0.Year:D4}" : "XXXX", "END");
        if (g["ended"].Success) return new Resolved(TimexType.Duration, "P1Y");
        // "for the year", "the first nine months of the year": the calendar year being reported on, the reference's.
        if (g["whole"].Success || g["theyear"].Success) return new Resolved(TimexType.Date, reference is { } rw ? $"{rw.Year:D4}" : "XXXX");
        var unit = Lower(g["unit"]);
        var rel = Lower(g["rel"]);
        var pre = Lower(g["pre"]);
        var mod = PrefixMod(pre);
        var shift = rel switch
        {
            "last" or "past" or "previous" or "prior" or "this past" => -1,
            "next" or "coming" or "following" => 1,
            _ => 0,
        };
        var anaphoric = rel is "that" or "same" || rel is "previous" or "following" && g["det"].Success;
        // "the past decade" is the ten years up to now, not the 1980s.
        if (rel is "past" && unit is "decade" or "century" && pre.Length == 0)
            return new Resolved(TimexType.Duration, unit == "decade" ? "P10Y" : "P100Y");
        if (unit == "fiscal year") unit = "year";
        if (pre.Contains("half") && unit == "year")
        {
            var h = pre.Contains("first") ? 1 : 2;
            return new Resolved(TimexType.Date, reference is { } rh ? $"{rh.Year + shift:D4}-H{h}" : $"XXXX-H{h}");
        }
        if (reference is not { } r)
            return new Resolved(TimexType.Date, unit switch
            {
                "day" => "XXXX-XX-XX", "week" => "XXXX-WXX", "weekend" => "XXXX-WXX-WE", "month" => "XXXX-XX",
                "quarter" => "XXXX-QX", "decade" => "XXX", "century" => "XX", _ => "XXXX",
            }, mod);
        var baseDay = anaphoric && lastDay is { } ld ? ld : r;
        var baseYear = anaphoric && lastYear is { } ly ? ly : r.Year;
        string value = unit switch
        {
            "day" => Day(baseDay.PlusDays(shift)),
            "week" => Week(baseDay.PlusWeeks(shift)),
            "weekend" when rel.Length == 0 => Week(NearestWeekend(r, Direction(m))) + "-WE",
            "weekend" => Week(r.PlusWeeks(shift)) + "-WE",
            // "The following month", "that week": counted from the month or day the text last named.
            "month" => MonthValue((anaphoric && lastMonth is { } lm ? lm : r).PlusMonths(shift)),
            "quarter" => QuarterValue(r, shift),
            "decade" => ((baseYear / 10) + shift).ToString("D3", CultureInfo.InvariantCulture),
            "century" => ((baseYear / 100) + shift).ToString("D2", CultureInfo.InvariantCulture),
            _ => (baseYear + shift).ToString("D4", CultureInfo.InvariantCulture),
        };
        return new Resolved(TimexType.Date, value, mod);
    }

    private Resolved? Ago(Match m)
    {
        var g = m.Groups;
        // Financial reports compare a period with the same period a year before: the quarter they report on,
        // unless the sentence compares a longer period ("the first nine months ... a year earlier").
        var quarter = SentenceNamesLongerPeriod(m.Index) ? null : lastQuarter;
        if (g["yearago"].Success)
            return quarter is { } q0 ? new Resolved(TimexType.Date, $"{q0.Year - 1:D4}-Q{q0.Quarter}")
                : new Resolved(TimexType.Date, reference is { } r0 ? $"{r0.Year - 1:D4}" : "XXXX");
        var unit = Lower(g["unit"]);
        var n = TemporalLexicon.Number(g["num"].Value);
        var dir = Lower(g["dir"]);
        var forward = dir is "later" or "after" or "from now" or "hence";
        var mod = QuantityMod(g["mod"].Value);
        if (n is not { } count || count != Math.Floor(count))
            return new Resolved(TimexType.Date, forward ? "FUTURE_REF" : "PAST_REF", mod);
        var k = (int)count * (forward ? 1 : -1);
        if (unit == "year" && count == 1 && quarter is { } lq && !forward)
            return new Resolved(TimexType.Date, $"{lq.Year - 1:D4}-Q{lq.Quarter}", mod);
        if (reference is not { } r)
            return new Resolved(TimexType.Date, unit switch
            {
                "day" or "night" => "XXXX-XX-XX", "week" or "weekend" or "fortnight" => "XXXX-WXX", "month" => "XXXX-XX",
                "quarter" => "XXXX-QX", "decade" => "XXX", _ when unit.StartsWith("centur", StringComparison.Ordinal) => "XX",
                "year" => "XXXX", _ => "PAST_REF",
            }, mod);
        var value = unit switch
        {
            "day" or "night" => Day(r.PlusDays(k)),
            "week" or "weekend" => Week(r.PlusWeeks(k)),
            "fortnight" => Week(r.PlusWeeks(2 * k)),
            "month" => MonthValue(r.PlusMonths(k)),
            "quarter" => QuarterValue(r, k),
            "year" => (r.Year + k).ToString("D4", CultureInfo.InvariantCulture),
            "decade" => ((r.Year + 10 * k) / 10).ToString("D3", CultureInfo.InvariantCulture),
            "hour" or "minute" or "second" => Day(r),
            _ => ((r.Year + 100 * k) / 100).ToString("D2", CultureInfo.InvariantCulture),
        };
        return new Resolved(unit is "hour" or "minute" or "second" ? TimexType.Time : TimexType.Date, value, mod);
    }

    private static Resolved? Duration(GroupCollection g)
    {
        var unit = Lower(g["unit"]);
        var n = TemporalLexicon.Number(g["num"].Value);
        var mod = QuantityMod(g["mod"].Value) ?? (TemporalLexicon.IsFuzzyCouple(g["num"].Value) ? "APPROX" : null);
        return new Resolved(TimexType.Duration, DurationValue(n, unit), mod);
    }

    internal static string DurationValue(decimal? n, string unit)
    {
        var letter = UnitLetter(unit);
        var time = letter is "H" or "MIN" or "S";
        var prefix = time ? "PT" : "P";
        var code = letter == "MIN" ? "M" : letter;
        if (n is not { } count) return prefix + "X" + code;
        var scale = unit switch
        {
            "decade" or "decades" => 10, "fortnight" => 2, "weekend" => 2, _ when unit.StartsWith("centur", StringComparison.Ordinal) => 100, _ => 1,
        };
        count *= scale;
        var whole = (int)Math.Floor(count);
        var half = count - whole;
        if (half == 0) return $"{prefix}{whole}{code}";
        // Halves go down one unit, as TIMEX3 values take whole numbers: 2 1/2 years = P2Y6M.
        return code switch
        {
            "Y" => $"P{(whole > 0 ? $"{whole}Y" : "")}6M",
            "M" when !time => $"P{(whole > 0 ? $"{whole}M" : "")}15D",
            "D" => $"P{(whole > 0 ? $"{whole}D" : "")}T12H",
            "H" => $"PT{(whole > 0 ? $"{whole}H" : "")}30M",
            "M" => $"PT{(whole > 0 ? $"{whole}M" : "")}30S",
            _ => $"{prefix}{whole}{code}",
        };
    }

    private static string UnitLetter(string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u.StartsWith("sec", StringComparison.Ordinal)) return "S";
        if (u.StartsWith("min", StringComparison.Ordinal)) return "MIN";
        if (u.StartsWith("hour", StringComparison.Ordinal)) return "H";
        if (u.StartsWith("day", StringComparison.Ordinal) || u.StartsWith("night", StringComparison.Ordinal) || u.StartsWith("weekend", StringComparison.Ordinal)) return "D";
        if (u.StartsWith("week", StringComparison.Ordinal) || u.StartsWith("fortnight", StringComparison.Ordinal)) return "W";
        if (u.StartsWith("month", StringComparison.Ordinal)) return "M";
        if (u.StartsWith("quarter", StringComparison.Ordinal)) return "Q";
        return "Y";
    }

    private Resolved? TimeOfDay(Match m)
    {
        var g = m.Groups;
        string clock;
        if (g["noon"].Success)
            clock = Lower(g["noon"]) == "midnight" ? "24:00" : "12:00";
        else
        {
            var h = Int(g["h"]);
            var mi = g["mi"].Success ? Int(g["mi"]) : 0;
            if (g["ampm"].Success)
            {
                if (h is < 1 or > 12) return null;
                var pm = char.ToLowerInvariant(g["ampm"].Value[0]) == 'p';
                h = h % 12 + (pm ? 12 : 0);
            }
            clock = $"{h:D2}:{mi:D2}";
        }
        var mod = QuantityMod(g["mod"].Value);
        string date;
        if (g["weekday"].Success)
        {
            var weekday = TemporalLexicon.Weekday(g["weekday"].Value);
            date = reference is { } r ? Day(ResolveWeekday(r, weekday, "", m)) : $"XXXX-WXX-{weekday}";
        }
        else if (g["month"].Success)
        {
            var month = TemporalLexicon.Month(g["month"].Value)!.Value;
            var day = Int(g["day"]);
            if (day > DaysIn(2000, month)) return null;
            date = reference is { } rm && TryDate(YearOf(rm, month, day, Direction(m)), month, day, out var md) ? Day(md) : $"XXXX-{month:D2}-{day:D2}";
        }
        else if (reference is { } r2)
            date = Day(r2.PlusDays(Lower(g["deictic"]) switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 }));
        else date = "XXXX-XX-XX";
        return new Resolved(TimexType.Time, $"{date}T{clock}", mod);
    }

    private static Resolved? Set(GroupCollection g)
    {
        if (g["adverb"].Success)
            return new Resolved(TimexType.Set, Lower(g["adverb"]) switch
            {
                "daily" or "nightly" => "P1D", "weekly" => "P1W", "monthly" => "P1M", "quarterly" => "P3M",
                "hourly" => "PT1H", "biweekly" => "P2W", "bimonthly" => "P2M",
                "semiannually" or "semi-annually" or "biannually" or "twice-yearly" => "P6M", _ => "P1Y",
            });
        if (g["weekday"].Success) return new Resolved(TimexType.Set, $"XXXX-WXX-{TemporalLexicon.Weekday(g["weekday"].Value)}");
        if (g["month"].Success) return new Resolved(TimexType.Set, $"XXXX-{TemporalLexicon.Month(g["month"].Value):D2}");
        var unit = Lower(g["unit"]);
        switch (unit)
        {
            case "morning" or "afternoon" or "evening": return new Resolved(TimexType.Set, "XXXX-XX-XXT" + PartCode(unit)[1..]);
            case "summer" or "winter" or "spring" or "fall" or "autumn": return new Resolved(TimexType.Set, "XXXX-" + SeasonCode(unit));
        }
        decimal n = g["other"].Success ? 2 : g["n"].Success ? TemporalLexicon.Number(g["n"].Value) ?? 1 : 1;
        return new Resolved(TimexType.Set, DurationValue(n, unit));
    }

    /// <summary>Whether the sentence up to position i names a reporting period longer than a quarter.</summary>
    private bool SentenceNamesLongerPeriod(int i)
    {
        var start = i;
        while (start > 0 && i - start < options.PeriodLookBackChars && !(text[start - 1] is '\n' or '!' or '?'
               || text[start - 1] == '.' && start < text.Length && text[start] == ' ')) start--;
        return TemporalPatterns.LongerPeriod().IsMatch(text.AsSpan(start, i - start));
    }

    // ---- direction and year inference ----

    private TemporalDirection Direction(Match m) => TenseDetector.At(text, m.Index, m.Index + m.Length, options);

    /// <summary>The year for a month and day without one; see <see cref="TemporalTaggerOptions.YearlessSlackDays"/>.</summary>
    private int YearOf(LocalDate r, int month, int day, TemporalDirection direction)
    {
        var candidate = new LocalDate(r.Year, month, Math.Min(day, DaysIn(r.Year, month)));
        var diff = Period.Between(r, candidate, PeriodUnits.Days).Days;
        return direction switch
        {
            TemporalDirection.Past when diff > options.PastSlackDays => r.Year - 1,
            TemporalDirection.Future when diff < -options.FutureSlackDays => r.Year + 1,
            TemporalDirection.Past or TemporalDirection.Future => r.Year,
            // Without a cue news looks back: a date four months ahead is more often last year's.
            _ when diff > options.UncuedAheadDays => r.Year - 1,
            _ when diff < options.UncuedAheadDays - 366 => r.Year + 1,
            _ => r.Year,
        };
    }

    private int YearOfMonth(LocalDate r, int month, TemporalDirection direction)
    {
        var diff = month - r.Month;
        var ahead = options.UncuedAheadDays / 30;
        return direction switch
        {
            TemporalDirection.Past when diff > 1 => r.Year - 1,
            TemporalDirection.Future when diff < -1 => r.Year + 1,
            TemporalDirection.Past or TemporalDirection.Future => r.Year,
            _ when diff > ahead => r.Year - 1,
            _ when diff < ahead - 12 => r.Year + 1,
            _ => r.Year,
        };
    }

    /// <summary>"Thursday, April 6": the year within one of the reference's where that day is that weekday.</summary>
    private static int? YearWithWeekday(LocalDate r, int month, int day, int weekday)
    {
        foreach (var year in new[] { r.Year, r.Year - 1, r.Year + 1 })
            if (day <= DaysIn(year, month) && (int)new LocalDate(year, month, day).DayOfWeek == weekday)
                return year;
        return null;
    }

    // ---- formatting ----

    private static string Day(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthValue(LocalDate d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Week(LocalDate d)
    {
        var rule = WeekYearRules.Iso;
        return $"{rule.GetWeekYear(d):D4}-W{rule.GetWeekOfWeekYear(d):D2}";
    }

    private static string QuarterValue(LocalDate r, int shift)
    {
        var index = r.Year * 4 + (r.Month - 1) / 3 + shift;
        return $"{index / 4:D4}-Q{index % 4 + 1}";
    }

    private static (int, int) PreviousQuarter(int year, int quarter) => quarter == 1 ? (year - 1, 4) : (year, quarter - 1);

    private static string SeasonCode(string season) => season.ToLowerInvariant() switch
    {
        "spring" => "SP", "summer" => "SU", "fall" or "autumn" => "FA", _ => "WI",
    };

    private static string SeasonOf(int month) => month switch
    {
        3 or 4 or 5 => "SP", 6 or 7 or 8 => "SU", 9 or 10 or 11 => "FA", _ => "WI",
    };

    private static int SeasonIndex(string code) => code switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };

    private static string PartCode(string part) => part.ToLowerInvariant().TrimEnd('s') switch
    {
        "morning" => "TMO", "afternoon" => "TAF", "evening" => "TEV", _ => "TNI",
    };

    private static string? PrefixMod(string pre)
    {
        var p = pre.ToLowerInvariant();
        if (p.Length == 0) return null;
        if (p.StartsWith("early", StringComparison.Ordinal) || p.Contains("beginning") || p.Contains("start")) return "START";
        if (p.StartsWith("mid", StringComparison.Ordinal) || p.Contains("middle")) return "MID";
        if (p.StartsWith("late", StringComparison.Ordinal) || p.Contains("end") || p.Contains("rest") || p.Contains("remainder")) return "END";
        return null;
    }

    private static string? QuantityMod(string mod)
    {
        var m = string.Join(' ', mod.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return m switch
        {
            "" => null,
            "more than" or "over" => "MORE_THAN",
            "less than" or "fewer than" or "under" => "LESS_THAN",
            "at least" => "EQUAL_OR_MORE",
            "at most" or "no more than" or "up to" or "within" => "EQUAL_OR_LESS",
            "nearly" or "almost" => "LESS_THAN",
            "about" or "around" or "roughly" or "approximately" or "some" => "APPROX",
            _ => null,
        };
    }

    private static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DaysIn(year, month)) return false;
        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDay(string s, out LocalDate date)
    {
        date = default;
        return s.Length == 10 && int.TryParse(s.AsSpan(0, 4), out var y) && int.TryParse(s.AsSpan(5, 2), out var mo)
               && int.TryParse(s.AsSpan(8, 2), out var d) && TryDate(y, mo, d, out date);
    }

    private static int DaysIn(int year, int month) => CalendarSystem.Iso.GetDaysInMonth(year, month);

    private static int? YearIn(string adj)
    {
        foreach (var word in adj.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (word.Length == 4 && int.TryParse(word, out var y)) return y;
        return null;
    }

    private static bool Contains(string s, string part) => s.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Lower(Group g) => g.Success ? string.Join(' ', g.Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : "";
}
