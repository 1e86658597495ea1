using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class AcceptNdaTests
{
    private readonly ChallengeStory _story = Given.AChallenge(Given.OpenTerms());
    private readonly Organisation _university = Given.Organisation(OrganisationKind.University);

    [Fact]
    public void A_user_accepts_the_nda_for_the_organisation_and_the_unlock_is_logged()
    {
        var user = Actors.University(_university.Id);

        var accepted = AcceptNda.Decide(_story.State, new AcceptNda(user, Given.Now), _university).ShouldEmitSingle<NdaAccepted>();

        accepted.ShouldBe(new NdaAccepted(_story.Id, _university.Id, "宁波海水科技有限公司", user.UserId, user.Name, Given.Now));
        _story.Then(accepted);
        _story.State.NdaOrganisations.ShouldBe([_university.Id]);
        _story.Details.Disclosures.ShouldBe([new Disclosure(_university.Id, "宁波海水科技有限公司", user.UserId, user.Name, Given.Now)]);
    }

    [Fact]
    public void Accepting_again_unlocks_and_logs_nothing_new()
    {
        _story.Then(AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(_university.Id), Given.Now), _university).ShouldEmitSingle<NdaAccepted>());

        var again = AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(_university.Id), Given.Now.AddHours(1)), _university);

        again.Error.ShouldBeNull();
        again.Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ChallengeStatus.BiddingClosed)]
    [InlineData(ChallengeStatus.UnderReview)]
    [InlineData(ChallengeStatus.Awarded)]
    public void The_details_unlock_for_bidding_only_so_not_once_bidding_is_closed(ChallengeStatus status) =>
        AcceptNda.Decide(Given.AChallengeIn(status).State, new AcceptNda(Actors.University(_university.Id), Given.Now), _university)
            .ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");

    [Fact]
    public void Nor_after_the_deadline_before_the_closer_ran() =>
        AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(_university.Id), _story.State.Terms.ClosesAt), _university)
            .ShouldBeRefused(ErrorKind.Conflict, "bidding-closed");

    [Fact]
    public void Nor_before_bidding_opens()
    {
        var story = Given.AChallenge(Given.OpenTerms() with { OpensAt = Given.Now.AddDays(1), ClosesAt = Given.Now.AddDays(30) });

        AcceptNda.Decide(story.State, new AcceptNda(Actors.University(_university.Id), Given.Now), _university)
            .ShouldBeRefused(ErrorKind.Conflict, "bidding-not-open");
    }

    [Fact]
    public void An_organisation_not_eligible_to_bid_does_not_unlock_the_details()
    {
        var institute = Given.Organisation(OrganisationKind.Institute);

        AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(institute.Id), Given.Now), institute)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-eligible").Detail.ShouldBe("Organisations of your kind are not eligible for this challenge.");
    }

    [Fact]
    public void An_organisation_of_a_district_left_out_does_not_unlock_the_details()
    {
        var story = Given.AChallenge(Given.OpenTerms() with { Eligibility = new Eligibility([OrganisationKind.University], [Given.OtherDistrict]) });

        AcceptNda.Decide(story.State, new AcceptNda(Actors.University(_university.Id), Given.Now), _university)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-eligible").Detail.ShouldBe("This challenge is open to organisations of other districts only.");
    }

    [Theory]
    [InlineData(ChallengeStatus.Published)]
    [InlineData(ChallengeStatus.BiddingClosed)]
    [InlineData(ChallengeStatus.Awarded)]
    public void A_funding_enterprise_unlocks_the_details_at_any_time_after_publication(ChallengeStatus status)
    {
        var story = Given.AChallengeIn(status);
        var funder = Given.Organisation(OrganisationKind.Enterprise) with { Id = story.Funding[0].EnterpriseId };

        AcceptNda.Decide(story.State, new AcceptNda(Actors.Enterprise(funder.Id), Given.Now), funder).ShouldEmitSingle<NdaAccepted>();
    }

    [Fact]
    public void There_is_nothing_to_unlock_on_a_cancelled_challenge() =>
        AcceptNda.Decide(Given.AChallengeIn(ChallengeStatus.Cancelled).State, new AcceptNda(Actors.University(_university.Id), Given.Now), _university)
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe("The challenge is not published.");

    [Fact]
    public void To_anyone_but_its_funders_a_draft_does_not_exist() =>
        AcceptNda.Decide(Given.AChallengeIn(ChallengeStatus.Draft).State, new AcceptNda(Actors.University(_university.Id), Given.Now), _university)
            .ShouldBeRefused(ErrorKind.NotFound, "not-found").Detail.ShouldBe("The challenge was not found.");

    [Fact]
    public void A_funder_is_told_its_draft_is_not_published_yet()
    {
        var story = Given.ADraftChallenge();
        var funder = Given.Organisation(OrganisationKind.Enterprise) with { Id = story.Funding[0].EnterpriseId };

        AcceptNda.Decide(story.State, new AcceptNda(Actors.Enterprise(funder.Id), Given.Now), funder)
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe("The challenge is not published.");
    }

    [Fact]
    public void A_user_without_an_organisation_cannot_accept() =>
        AcceptNda.Decide(_story.State, new AcceptNda(Actors.Expert(), Given.Now), null).ShouldBeRefused(ErrorKind.Forbidden, "no-approved-organisation");

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    public void An_organisation_not_approved_cannot_accept(OrganisationStatus status)
    {
        var organisation = Given.Organisation(OrganisationKind.University, status);

        AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(organisation.Id), Given.Now), organisation)
            .ShouldBeRefused(ErrorKind.Forbidden, "no-approved-organisation");
    }

    [Fact]
    public void A_user_cannot_accept_for_another_organisation()
    {
        // The read is always of the caller's own organisation; another one (or none) refuses rather than decides.
        AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(Guid.CreateVersion7()), Given.Now), _university)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-unknown");
        AcceptNda.Decide(_story.State, new AcceptNda(Actors.University(_university.Id), Given.Now), null)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-unknown");
    }
}
