using System.Text.RegularExpressions;

namespace Lede.Dates;

/// <summary>
/// The expression families the tagger recognises, one compiled pattern each. Spans follow TimeBank: leading
/// determiners and quantity modifiers are part of the expression ("the past three years", "more than a year
/// ago", "the third quarter"), prepositions are not ("on Friday" tags "Friday").
/// </summary>
internal static partial class TemporalPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthName =
        @"(?<month>january|february|march|april|may|june|july|august|september|october|november|december|" +
        @"jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept\.|sep\.|oct\.|nov\.|dec\.|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])";
    private const string Weekday = @"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private const string Day = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)";
    private const string Year = @"(?<year>(?:1[6-9]|20)\d\d)(?![\d%])";
    private const string Prefix =
        @"(?<pre>early|mid|late|the\s+(?:beginning|start|middle|end|rest|remainder|first\s+half|second\s+half|last\s+half)\s+of)";
    private const string NumberWord =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?" +
        @"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen" +
        @"|(?:a|one)\s+hundred|a\s+dozen|half\s+a|a\s+half)(?![a-z])";
    private const string Number =
        @"(?<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s+1/2)?|" + NumberWord +
        @"|several|a\s+few|few|a\s+couple\s+of|a\s+couple|couple\s+of|some|many|a\s+number\s+of|dozens\s+of|a|an)";
    private const string Unit =
        @"(?<unit>second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ies))(?<plural>s)?(?![a-z])";
    private const string DurationMod =
        @"(?<mod>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|up\s+to|nearly|almost|about|around|" +
        @"roughly|approximately|some|only|just|barely|(?:over|within)(?!\s+the\b))";

    /// <summary>2023-09-28, optionally with a time: the ISO form used by data feeds and wire metadata.</summary>
    [GeneratedRegex(@"(?<![\d-])(?<year>(?:1[6-9]|20)\d\d)-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?:T(?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d))?(?![\d-])", Options)]
    public static partial Regex Iso();

    /// <summary>US numeric dates, 9/28/2023 or 9/28/23.</summary>
    [GeneratedRegex(@"(?<![\d/])(?<mon>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\d|0?[1-9])/(?<year>(?:1[6-9]|20)\d\d|\d\d)(?![\d/])", Options)]
    public static partial Regex Slash();

    /// <summary>"Sept. 28", "September 28, 2023", "Thursday, April 6", "July 11-12", "the end of November 28"...</summary>
    [GeneratedRegex(@"\b(?:" + Weekday + @",?\s+(?:the\s+)?|(?<weekof>the\s+week\s+of)\s+|(?<rel>last|next|this)\s+)?(?:" + Prefix + @"[-\s]+)?" + MonthName + @"\s*" + Day +
                    @"(?:\s*[-–]\s*(?<day2>3[01]|[12]\d|0?[1-9])(?!\d))?(?:,?\s+(?:in\s+)?" + Year + @")?", Options)]
    public static partial Regex MonthDay();

    /// <summary>"28 September 2023", "the 28th of September", "Thursday, 28 September".</summary>
    [GeneratedRegex(@"\b(?:" + Weekday + @",?\s+)?(?:the\s+)?" + Day + @"(?:\s*[-–]\s*(?<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)?\s+(?:of\s+)?" + MonthName +
                    @"(?:,?\s+" + Year + @")?", Options)]
    public static partial Regex DayMonth();

    /// <summary>"March 2022", "late November", "last May", "this September", "June last year", "mid-November".</summary>
    [GeneratedRegex(@"\b(?:" + Prefix + @"[-\s]+)?(?:(?<rel>last|next|this|this\s+past|this\s+coming|that)\s+)?(?:(?<pre2>early|mid|late)[-\s]+)?" + MonthName +
                    @"(?:,?\s+(?:of\s+)?(?:" + Year + @"|(?<yrel>last|next|this)\s+year))?", Options)]
    public static partial Regex MonthAlone();

    /// <summary>"1998", "fiscal 1989", "mid-1996", "the end of 1990", "the year 2000".</summary>
    [GeneratedRegex(@"(?<![\w$£€#.,/-]|\d[.,])(?:" + Prefix + @"[-\s]+|(?<post>post|pre)-)?(?:(?<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+(?:fiscal\s+)?year|(?:its|the)\s+fiscal(?:\s+year)?)\s+)?" + Year +
                    @"(?!\s*[-–/]\s*\d|,\d|\.\d|\s+(?:percent|per\s+cent|people|shares|troops|workers|votes|jobs|times)\b)", Options)]
    public static partial Regex YearAlone();

    /// <summary>"the 1990s", "the '80s", "the early 1980s", "the nineties".</summary>
    [GeneratedRegex(@"(?<!\w)(?:the\s+)?(?:(?<pre>early|mid|late)[-\s]+)?(?:(?<cent>1[6-9]|20)(?<dec>\d)0'?s|['’](?<dec>\d)0'?s|(?<=the\s+(?:(?:early|mid|late)[-\s]+)?)(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", Options)]
    public static partial Regex Decade();

    /// <summary>"the 20th century", "the twenty-first century".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<pre>early|mid|late)[-\s]+)?(?:(?<n>1[0-9]|2[0-2])(?:st|nd|rd|th)|(?<word>seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[-\s]century\b", Options)]
    public static partial Regex Century();

    /// <summary>"nineteen ninety-six", "the year two thousand".</summary>
    [GeneratedRegex(@"\b(?:(?<the>the\s+(?:winter|summer|spring|fall|autumn)\s+of|the\s+year)\s+)?(?:nineteen[-\s](?<tens>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?<units>one|two|three|four|five|six|seven|eight|nine))?|(?<=the\s+year\s+)two\s+thousand(?:\s+and\s+(?<units>one|two|three|four|five|six|seven|eight|nine))?)\b", Options)]
    public static partial Regex SpelledYear();

    /// <summary>"last fall", "this summer", "the winter of 1994", "early spring".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>early|mid|late)[-\s]+)?(?:(?<rel>the|this|last|next|this\s+past|this\s+coming|that)\s+)?(?:(?<pre2>early|mid|late)[-\s]+)?(?<season>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?" + Year + @")?", Options)]
    public static partial Regex Season();

    /// <summary>"the third quarter", "third-quarter", "the fiscal first quarter", "the quarter", "the year-earlier period", "the first half of 1989".</summary>
    [GeneratedRegex(@"\b(?:(?<det>the|its|this|that|their|a|an)\s+)?(?:(?<yrel>this|last|next)\s+year['’]s\s+)?(?<adj>(?:(?:latest|current|most\s+recent|recent|previous|prior|year-earlier|year-ago|comparable|corresponding|same|fiscal|final|(?:19|20)\d\d)[\s-]+){0,3})(?<ord>(?:first|second|third|fourth|1st|2nd|3rd|4th|last)[-\s]+)?(?<unit>quarter|half|period)(?![a-z-])(?:\s+(?:of\s+)?(?:fiscal\s+)?" + Year + @")?(?<ago>\s+(?:a\s+year\s+(?:ago|earlier)|of\s+last\s+year|last\s+year))?", Options)]
    public static partial Regex Quarter();

    /// <summary>"Thursday", "last Friday", "Thursday morning", "early Tuesday", "Tuesday nights".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>last|next|this|this\s+coming|this\s+past|the\s+previous|the\s+following|early|late|late\s+on|early\s+on)\s+)?" + Weekday + @"(?<plural>s)?(?:\s+(?<part>morning|afternoon|evening|night)(?<plural2>s)?)?\b", Options)]
    public static partial Regex WeekdayName();

    /// <summary>"today", "yesterday", "late yesterday", "tomorrow morning", "tonight", "last night", "this morning".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>early|late|later|earlier|mid)[-\s]+)?(?:(?<deictic>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?<part>morning|afternoon|evening|night))?|(?<rel>this|last|tomorrow|yesterday)\s+(?<part>morning|afternoon|evening|night))\b", Options)]
    public static partial Regex Deictic();

    /// <summary>"now", "currently", "recently", "the future", "in coming months", "recent years"...</summary>
    [GeneratedRegex(@"\b(?:(?<present>right\s+now|just\s+now|now|currently|presently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|the\s+present|current(?=\s+(?!accounts?\b|affairs\b|events\b)[a-z]))" +
                    @"|(?<past>(?:more\s+)?recently|lately|the\s+past(?!\s+(?:\d|several|few|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|week|decade|day|quarter|century|weekend)\b)|recent\s+(?:days|weeks|months|years|quarters|times)|past\s+years)" +
                    @"|(?<future>(?<!\bas\s+)soon(?!\s+(?:after|as|afterwards?|thereafter)\b)|the\s+(?:near\s+|immediate\s+|foreseeable\s+|distant\s+)?future|the\s+(?:near|short|long)(?:er)?\s+term|(?:the\s+)?(?:coming|upcoming)\s+(?:days|weeks|months|years|quarters)|future\s+(?:years|quarters)|a\s+later\s+date|as\s+soon\s+as\s+possible))\b", Options)]
    public static partial Regex Reference();

    /// <summary>"last week", "this year", "the past year", "earlier this month", "early next year", "the end of the year", "year-end", "for the year".</summary>
    [GeneratedRegex(@"\b(?:(?<pre>early|earlier|late|later|mid|the\s+(?:beginning|start|middle|end|rest|remainder|first\s+half|second\s+half)\s+of)[-\s]+(?:in\s+)?)?(?:(?<det>the)\s+)?(?<rel>last|next|this|past|coming|previous|prior|following|current|same|that|this\s+past|present)\s+(?<unit>day|week|weekend|month|year|decade|century|quarter|fiscal\s+year)\b" +
                    @"|\b(?:the\s+)?(?:(?<pre>early|earlier|late|later|mid|the\s+(?:beginning|start|middle|end|rest|remainder)\s+of)[-\s]+(?:in\s+)?)(?<det>the)\s+(?<unit>week|month|year)\b" +
                    @"|\b(?<yearend>year[-\s]end|year['’]s\s+end)\b" +
                    @"|\b(?<det>the)\s+(?<unit>weekend)\b|\bthe\s+(?<whole>full|fiscal|full\s+fiscal|calendar)\s+year\b|\bthe\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)(?<ended>)" +
                    @"|(?<=\b(?:for|of|during|throughout)\s+)the\s+(?<theyear>year)\b(?![-'’]|\s+(?:end(?:ed|ing)|before|after|earlier|ago|\d))", Options)]
    public static partial Regex RelativeUnit();

    /// <summary>"Thanksgiving", "Christmas Eve", "last Thanksgiving", "Election Day", "New Year's Day".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>last|next|this)\s+)?(?<holiday>Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Halloween|Valentine['’]s\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|Boxing\s+Day)\b(?:,?\s+" + Year + @")?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Holiday();

    /// <summary>"two years ago", "a year earlier", "more than a year ago", "six weeks ago", "a year-earlier".</summary>
    [GeneratedRegex(@"\b(?:" + DurationMod + @"\s+)?" + Number + @"[-\s]+" + Unit + @"\s+(?:or\s+so\s+)?(?<dir>ago|earlier|later|from\s+now|hence|back)\b" +
                    @"|\b(?:the\s+)?(?<yearago>year-(?:earlier|ago))(?!\s+(?:quarter|period|nine|six|three|first|second|third|fourth))\b", Options)]
    public static partial Regex Ago();

    /// <summary>"three years", "the past six months", "more than a decade", "five-year", "the first nine months", "2 1/2 hours".</summary>
    [GeneratedRegex(@"\b(?:" + DurationMod + @"\s+)?(?:(?<det>the|each\s+of\s+the|an?\s+additional|another)\s+)?(?:(?<span>past|last|next|first|coming|previous|following|latest|final|remaining|additional|further|initial|ensuing|preceding|recent|same)\s+)?" + Number +
                    @"(?:\s+(?:more|additional|full|straight|consecutive|trading|business|calendar|long))?[-\s]+" + Unit + @"(?<long>-long)?", Options)]
    public static partial Regex Duration();

    /// <summary>Bare plurals read as vague durations: "within weeks", "took months" (TimeBank leaves "for years" untagged).</summary>
    [GeneratedRegex(@"(?<=\b(?:in|within|take|takes|took|last|lasted)\s+)(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)\b(?!\s+(?:of|ago|earlier|later|old)\b)", Options)]
    public static partial Regex VagueDuration();

    /// <summary>"10 a.m.", "10:35 a.m. EST", "noon Thursday", "around 7:15 p.m.", "midnight Friday", "14:30 GMT".</summary>
    [GeneratedRegex(@"\b(?:(?<mod>about|around|approximately|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?(?:(?<h>1[0-2]|0?\d)(?:[:.](?<mi>[0-5]\d))?\s*(?<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b)|(?<h>[01]?\d|2[0-3])\s+o['’]clock\b|(?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d)(?!\d)(?=\s*(?:[ECMP][SD]T|GMT|UTC|ET|local\s+time|hours|h\b))|(?<noon>noon|midnight|midday))(?:\s+(?<tz>[ECMP][SD]T|GMT|UTC|ET|local\s+time)\b)?(?:,?\s+(?:on\s+)?(?:" + Weekday + @"|(?<deictic>today|yesterday|tomorrow)|(?-i:(?<month>Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December))\s*" + Day + @"))?", Options)]
    public static partial Regex TimeOfDay();

    /// <summary>Reporting periods longer than a quarter: "the first nine months", "six-month", "the first half", "the year ended".</summary>
    [GeneratedRegex(@"\b(?:nine|six|9|6)[-\s]months?\b|\bfirst\s+half\b|\byear\s+(?:ended|ending)\b|\bfor\s+the\s+(?:fiscal\s+|full\s+)?year\b|\byear-to-date\b", Options)]
    public static partial Regex LongerPeriod();

    /// <summary>"every week", "each Thursday", "daily", "annually", "twice a year", "per month".</summary>
    [GeneratedRegex(@"\b(?:(?<q>every|each)\s+(?:(?<other>other)\s+|(?<n>\d+|two|three|four|five|six|ten|few)\s+)?(?:" + Weekday + @"|" + MonthName + @"|(?<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening|summer|winter|spring|fall|autumn))(?<plural>s)?(?![a-z])" +
                    @"|(?<adverb>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|semi-annually|biannually|twice-yearly)\b)", Options)]
    public static partial Regex Set();
}
