namespace Lede.Sources;

/// <summary>Running counts of a read's events; <see cref="Seen"/> is every input item the run met.</summary>
public readonly record struct SourceTally(int Items, int Skipped, int Failed)
{
    public int Seen => Items + Skipped + Failed;

    public SourceTally Add(SourceEvent e) => e switch
    {
        SourceEvent.Item => this with { Items = Items + 1 },
        SourceEvent.Skipped => this with { Skipped = Skipped + 1 },
        SourceEvent.Failed => this with { Failed = Failed + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "unknown source event"),
    };

    public static SourceTally Of(IEnumerable<SourceEvent> events) => events.Aggregate(default(SourceTally), (t, e) => t.Add(e));
}
