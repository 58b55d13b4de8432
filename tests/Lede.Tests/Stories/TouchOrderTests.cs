using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lede.Stories;

namespace Lede.Tests.Stories;

public sealed class TouchOrderTests
{
    // Each step touches a story (its old entry removed, a new one added at the next tick) or closes it, as the clusterer
    // does; the order must read as the SortedSet it replaced, through compactions and growth.
    [Property(MaxTest = 200)]
    public Property Touches_and_closes_read_back_as_a_sorted_set_would() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(-40, 400)).ToArbitrary(), steps =>
        {
            var order = new TouchOrder();
            var reference = new SortedSet<(long Touched, long Id)>();
            var touched = new Dictionary<long, long>();
            long clock = 0;
            foreach (var step in steps)
            {
                long id = Math.Abs(step) % 300;
                if (touched.Remove(id, out var was))
                {
                    order.Remove(was, id);
                    reference.Remove((was, id));
                }
                if (step < 0) continue;
                touched[id] = ++clock;
                order.Add(clock, id);
                reference.Add((clock, id));
            }
            var from = clock / 3;
            var to = 2 * clock / 3;
            var between = new List<long>();
            foreach (var id in order.Between(from, to)) between.Add(id);
            var expected = reference.Where(e => e.Touched >= from && e.Touched <= to).Select(e => e.Id).ToList();
            return order.Count == reference.Count
                   && (reference.Count == 0 || order.Oldest == reference.Min.Id)
                   && between.SequenceEqual(expected);
        });
}
