using TechMarket.Server.Modules.Bids;

namespace TechMarket.UnitTests.Bids;

/// <summary>A bid's id says nothing about who bid or when: the lead's part ties the organisation to it, never the id itself.</summary>
public class BidParticipantTests
{
    private readonly Guid _challenge = Guid.CreateVersion7();
    private readonly Guid _organisation = Guid.CreateVersion7();

    [Fact]
    public void A_new_bid_gets_a_random_version_4_id()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => BidParticipant.NewBid(_challenge, _organisation).BidId).ToList();

        ids.ShouldAllBe(id => id.Version == 4);
        ids.Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public void The_lead_s_part_records_the_challenge_and_the_organisation_under_the_bid_s_id()
    {
        var lead = BidParticipant.NewBid(_challenge, _organisation);

        (lead.ChallengeId, lead.OrganisationId, lead.Id, lead.Leads).ShouldBe((_challenge, _organisation, lead.BidId, true));
        lead.BidId.ShouldNotBe(_challenge);
        lead.BidId.ShouldNotBe(_organisation);
    }

    [Fact]
    public void A_member_s_part_has_an_id_of_its_own_and_does_not_lead()
    {
        var lead = BidParticipant.NewBid(_challenge, _organisation);
        var member = BidParticipant.Member(_challenge, Guid.CreateVersion7(), lead.BidId);

        (member.BidId, member.Leads).ShouldBe((lead.BidId, false));
        member.Id.ShouldNotBe(lead.BidId);
    }
}
