using TechMarket.Server.Modules.Bids;

namespace TechMarket.UnitTests.Bids;

/// <summary>One bid per organisation per challenge: its stream id is derived from both.</summary>
public class BidIdsTests
{
    private readonly Guid _challenge = Guid.CreateVersion7();
    private readonly Guid _organisation = Guid.CreateVersion7();

    [Fact]
    public void The_same_organisation_on_the_same_challenge_always_gets_the_same_bid_id() =>
        BidIds.For(_challenge, _organisation).ShouldBe(BidIds.For(new Guid(_challenge.ToString()), new Guid(_organisation.ToString())));

    [Fact]
    public void Another_organisation_or_another_challenge_gets_another_id()
    {
        var id = BidIds.For(_challenge, _organisation);

        BidIds.For(_challenge, Guid.CreateVersion7()).ShouldNotBe(id);
        BidIds.For(Guid.CreateVersion7(), _organisation).ShouldNotBe(id);
        BidIds.For(_organisation, _challenge).ShouldNotBe(id);
    }

    [Fact]
    public void Bid_ids_are_rfc_9562_version_8_uuids()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => BidIds.For(Guid.CreateVersion7(), Guid.CreateVersion7())).ToList();

        ids.ShouldAllBe(id => id.Version == 8);
        ids.ShouldAllBe(id => (id.Variant & 0b1100) == 0b1000);
        ids.ShouldAllBe(id => id.ToString()[14] == '8' && "89ab".Contains(id.ToString()[19], StringComparison.Ordinal));
        ids.Distinct().Count().ShouldBe(50);
    }
}
