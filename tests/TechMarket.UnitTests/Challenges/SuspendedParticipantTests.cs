using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

/// <summary>A suspended organisation takes no part in a challenge's run: a funder confirms no funding and judges no
/// results, a bidder unlocks no details and objects to no award, a winner delivers nothing. The same commands of the same
/// organisation, approved, go through — so it is the suspension that refuses.</summary>
public class SuspendedParticipantTests
{
    private static Organisation Approved(Guid id) => Given.Organisation() with { Id = id };

    private static Organisation Suspended(Guid id) => Approved(id) with { Status = OrganisationStatus.Suspended };

    [Fact]
    public void A_suspended_funder_confirms_no_funding()
    {
        var draft = Given.ADraftChallenge(funding: [800_000m]);
        var funder = draft.Funding[0].EnterpriseId;

        ConfirmFunding.Decide(draft.State, new ConfirmFunding(Actors.Enterprise(funder), Given.Now, Suspended(funder)))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        ConfirmFunding.Decide(draft.State, new ConfirmFunding(Actors.Enterprise(funder), Given.Now, Approved(funder))).ShouldEmitSingle<FundingConfirmed>();
    }

    [Fact]
    public void A_suspended_organisation_unlocks_no_confidential_details()
    {
        var story = Given.AChallenge(Given.OpenTerms());
        var university = Given.Organisation(OrganisationKind.University);
        var actor = Actors.University(university.Id);

        AcceptNda.Decide(story.State, new AcceptNda(actor, Given.Now), university with { Status = OrganisationStatus.Suspended })
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        AcceptNda.Decide(story.State, new AcceptNda(actor, Given.Now), university).ShouldEmitSingle<NdaAccepted>();
    }

    [Fact]
    public void A_suspended_bidder_objects_to_no_award()
    {
        var story = Given.AChallenge().WithBids(2).Closed().InPublicity();
        var loser = story.Bid("B").OrganisationId;
        var during = ChallengeStory.PublicityStarts.AddDays(2);

        LodgeObjection.Decide(story.State, new LodgeObjection(Guid.CreateVersion7(), "中试数据未被采信", Actors.University(loser), during, Suspended(loser)))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        LodgeObjection.Decide(story.State, new LodgeObjection(Guid.CreateVersion7(), "中试数据未被采信", Actors.University(loser), during, Approved(loser)))
            .ShouldEmitSingle<ObjectionLodged>();
    }

    [Fact]
    public void A_suspended_winner_delivers_nothing()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded();
        var winner = story.Bid("A").OrganisationId;

        DeliverResults Deliver(Organisation own) => new(Guid.NewGuid(), "样机通过第三方检测，报告见附件。", [], Actors.University(winner), Given.Now, own);

        DeliverResults.Decide(story.State, Deliver(Suspended(winner))).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        DeliverResults.Decide(story.State, Deliver(Approved(winner))).ShouldEmitSingle<ResultsDelivered>();
    }

    [Fact]
    public void A_suspended_funder_neither_accepts_nor_rejects_the_results()
    {
        var story = Given.AChallenge().WithBids(2).Closed().Awarded().Delivered("A");
        var funder = story.Funding[0].EnterpriseId;
        var user = Actors.Enterprise(funder);

        AcceptResults.Decide(story.State, new AcceptResults(null, [], null, user, Given.Now, Suspended(funder))).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        RejectResults.Decide(story.State, new RejectResults("样机未达到约定良率。", user, Given.Now, Suspended(funder)))
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        AcceptResults.Decide(story.State, new AcceptResults(null, [], null, user, Given.Now, Approved(funder))).Events.ShouldNotBeEmpty();
        RejectResults.Decide(story.State, new RejectResults("样机未达到约定良率。", user, Given.Now, Approved(funder))).ShouldEmitSingle<ResultsRejected>();
    }
}
