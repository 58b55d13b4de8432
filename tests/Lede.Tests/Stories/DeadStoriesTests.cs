using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lede.Stories;

namespace Lede.Tests.Stories;

public sealed class DeadStoriesTests
{
    [Fact]
    public void An_id_set_aside_past_the_span_still_reads_dead_once_the_span_reaches_it()
    {
        var dead = new DeadStories(firstId: 100);
        dead.Add(100 + 20_000);
        for (long id = 100; id < 100 + 30_000; id += 7) dead.Add(id);

        Assert.True(dead.Contains(100 + 20_000));
        Assert.False(dead.Contains(100 + 20_001));
    }

    [Property(MaxTest = 200)]
    public Property Any_order_of_ids_reads_back_exactly_the_ids_added() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 50_000)).ToArbitrary(), ids =>
        {
            var dead = new DeadStories(firstId: 1);
            foreach (var id in ids) dead.Add(id);
            var added = ids.Select(id => (long)id).ToHashSet();
            return ids.All(id => dead.Contains(id))
                   && Enumerable.Range(0, 500).All(i => added.Contains(i * 100L) == dead.Contains(i * 100L));
        });
}
