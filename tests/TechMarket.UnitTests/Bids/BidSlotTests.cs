using TechMarket.Server.Modules.Bids;

namespace TechMarket.UnitTests.Bids;

/// <summary>A bid's id says nothing about who bid or when: the slot ties the organisation to it, never the id itself.</summary>
public class BidSlotTests
{
    private readonly Guid _challenge = Guid.CreateVersion7();
    private readonly Guid _organisation = Guid.CreateVersion7();

    [Fact]
    public void A_new_bid_gets_a_random_version_4_id()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => BidSlot.New(_challenge, _organisation).Id).ToList();

        ids.ShouldAllBe(id => id.Version == 4);
        ids.Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public void The_slot_records_the_challenge_and_the_organisation_beside_the_id()
    {
        var slot = BidSlot.New(_challenge, _organisation);

        (slot.ChallengeId, slot.OrganisationId).ShouldBe((_challenge, _organisation));
        slot.Id.ShouldNotBe(_challenge);
        slot.Id.ShouldNotBe(_organisation);
    }
}
