using TechMarket.Server.Modules.Search;

namespace TechMarket.UnitTests.Search;

/// <summary>A batch the feeder began before a matcher asked (its poll found the matched event at the high-water mark)
/// stops at what the matcher asked for, so the matcher does not wait for the rest — the matched event's own indexing.</summary>
public sealed class IndexFeederTests
{
    [Theory]
    [InlineData(10, 20, 14, 14L)] // asked inside the batch: it stops there
    [InlineData(10, 20, 19, 19L)]
    [InlineData(10, 20, 20, null)] // the whole batch is wanted
    [InlineData(10, 20, 25, null)] // more than the batch is wanted
    [InlineData(10, 20, 10, null)] // nothing of it is wanted (what was asked is applied already)
    [InlineData(10, 20, 0, null)] // nobody asked
    public void A_batch_stops_at_a_waiters_sequence_only_when_that_lies_inside_it(long after, long through, long wanted, long? stop)
    {
        IndexFeeder.CapAt(after, through, wanted).ShouldBe(stop);
    }
}
