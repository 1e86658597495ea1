using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class PublishChallengeTests
{
    private readonly Actor _officer = Actors.Bureau(Given.District);

    private static Decision Publish(ChallengeStory story, Actor officer, DateTimeOffset? now = null) =>
        PublishChallenge.Decide(story.State, new PublishChallenge(officer, now ?? Given.Now));

    [Fact]
    public void Once_every_funder_confirmed_the_officer_publishes_the_bounty()
    {
        var story = Given.ADraftChallenge(funding: [800_000m, 300_000.50m]).ConfirmedByAll();

        var published = Publish(story, _officer).ShouldEmitSingle<ChallengePublished>();

        published.ShouldBe(new ChallengePublished(story.Id, 1_300_000.50m, _officer.UserId, Given.Now));
        story.Then(published);
        story.State.Status.ShouldBe(ChallengeStatus.Published);
        story.Details.Status.ShouldBe(ChallengeStatus.Published);
        story.Details.PublishedAt.ShouldBe(Given.Now);
        story.Details.Bounty.ShouldBe(1_300_000.50m);
    }

    [Fact]
    public void A_city_wide_officer_publishes_for_any_district() =>
        Publish(Given.ADraftChallenge().ConfirmedByAll(), Actors.CityBureau()).ShouldEmitSingle<ChallengePublished>();

    [Fact]
    public void Officers_outside_the_challenge_s_district_cannot_publish()
    {
        var story = Given.ADraftChallenge().ConfirmedByAll();

        Publish(story, Actors.Bureau(Given.OtherDistrict)).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        Publish(story, Actors.Enterprise(story.Funding[0].EnterpriseId)).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(ChallengeStatus.Published, "A challenge that is open for bids cannot be published.")]
    [InlineData(ChallengeStatus.BiddingClosed, "A challenge that is closed for bids and not yet under review cannot be published.")]
    [InlineData(ChallengeStatus.Cancelled, "A challenge that is cancelled cannot be published.")]
    public void Only_a_draft_is_published(ChallengeStatus status, string detail) =>
        Publish(Given.AChallengeIn(status), _officer).ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe(detail);

    [Fact]
    public void Publication_waits_for_every_funder_and_names_those_still_to_confirm()
    {
        var story = Given.ADraftChallenge(funding: [1m, 2m, 3m]);
        story.ConfirmedBy(story.Funding[1].EnterpriseId);

        Publish(story, _officer).ShouldBeRefused(ErrorKind.Conflict, "funding-unconfirmed")
            .Detail.ShouldBe("Waiting for funding confirmation from: 宁波企业1、宁波企业3.");
    }

    [Fact]
    public void An_enterprise_with_two_shares_is_named_once()
    {
        var enterprise = Guid.CreateVersion7();
        var drafted = new ChallengeDrafted(
            Guid.CreateVersion7(), Given.District, Given.OpenTerms(),
            [new(Guid.CreateVersion7(), enterprise, "宁波海水科技有限公司", 1m), new(Guid.CreateVersion7(), enterprise, "宁波海水科技有限公司", 2m)],
            Guid.CreateVersion7(), Given.Now.AddDays(-1));

        PublishChallenge.Decide(Given.Challenge([drafted]), new PublishChallenge(_officer, Given.Now)).ShouldBeRefused(ErrorKind.Conflict, "funding-unconfirmed")
            .Detail.ShouldBe("Waiting for funding confirmation from: 宁波海水科技有限公司.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_draft_whose_deadline_has_come_cannot_be_published(int ticksAfterDeadline)
    {
        var story = Given.ADraftChallenge().ConfirmedByAll();

        Publish(story, _officer, story.State.Terms.ClosesAt.AddTicks(ticksAfterDeadline))
            .ShouldBeRefused(ErrorKind.Conflict, "deadline-passed");
    }

    [Fact]
    public void A_draft_is_published_up_to_the_last_tick_before_its_deadline()
    {
        var story = Given.ADraftChallenge().ConfirmedByAll();

        Publish(story, _officer, story.State.Terms.ClosesAt.AddTicks(-1)).ShouldEmitSingle<ChallengePublished>();
    }
}
