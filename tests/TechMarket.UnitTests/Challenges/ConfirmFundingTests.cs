using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges;

public class ConfirmFundingTests
{
    /// <summary>A user of an approved organisation that has nothing to do with this.</summary>
    private static readonly Actor Outsider = Actors.Enterprise(Guid.CreateVersion7());

    private readonly ChallengeStory _draft = Given.ADraftChallenge(funding: [800_000m, 300_000m]);

    private Guid Funder(int index = 0) => _draft.Funding[index].EnterpriseId;

    [Fact]
    public void An_enterprise_behind_the_challenge_confirms_its_share()
    {
        var user = Actors.Enterprise(Funder());

        var confirmed = ConfirmFunding.Decide(_draft.State, new ConfirmFunding(user, Given.Now, Own: Given.ApprovedOf(user))).ShouldEmitSingle<FundingConfirmed>();

        confirmed.ShouldBe(new FundingConfirmed(_draft.Id, Funder(), 800_000m, user.UserId, Given.Now));
        _draft.Then(confirmed);
        _draft.State.ConfirmedFunders.ShouldBe([Funder()]);
        _draft.Details.Funding.Select(f => (f.EnterpriseName, f.Confirmed)).ShouldBe([("宁波企业1", true), ("宁波企业2", false)]);
    }

    [Fact]
    public void An_enterprise_with_several_needs_confirms_the_sum_of_its_shares_at_once()
    {
        var enterprise = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var drafted = new ChallengeDrafted(
            Guid.CreateVersion7(), Given.District, Given.OpenTerms(),
            [Share(enterprise, 300_000m), Share(other, 100_000m), Share(enterprise, 250_000.50m)], Guid.CreateVersion7(), Given.Now.AddDays(-1));

        var confirmed = ConfirmFunding.Decide(Given.Challenge([drafted]), new ConfirmFunding(Actors.Enterprise(enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(enterprise)))).ShouldEmitSingle<FundingConfirmed>();

        confirmed.Amount.ShouldBe(550_000.50m);
        Given.ChallengeDetails([drafted, confirmed]).Funding.Select(f => f.Confirmed).ShouldBe([true, false, true]);
    }

    [Fact]
    public void An_enterprise_that_does_not_fund_the_challenge_cannot_confirm()
    {
        ConfirmFunding.Decide(_draft.State, new ConfirmFunding(Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-funder");
        ConfirmFunding.Decide(_draft.State, new ConfirmFunding(Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-funder");
    }

    [Fact]
    public void Funding_is_confirmed_once()
    {
        _draft.ConfirmedBy(Funder());

        ConfirmFunding.Decide(_draft.State, new ConfirmFunding(Actors.Enterprise(Funder()), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(Funder()))))
            .ShouldBeRefused(ErrorKind.Conflict, "already-confirmed").Detail.ShouldBe("Your enterprise already confirmed its funding.");
        ConfirmFunding.Decide(_draft.State, new ConfirmFunding(Actors.Enterprise(Funder(1)), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(Funder(1))))).ShouldEmitSingle<FundingConfirmed>();
    }

    [Theory]
    [InlineData(ChallengeStatus.Published, "A challenge that is open for bids cannot be funded now.")]
    [InlineData(ChallengeStatus.Cancelled, "A challenge that is cancelled cannot be funded now.")]
    [InlineData(ChallengeStatus.Awarded, "A challenge that is awarded cannot be funded now.")]
    public void Only_a_draft_is_funded(ChallengeStatus status, string detail)
    {
        var story = Given.AChallengeIn(status);

        ConfirmFunding.Decide(story.State, new ConfirmFunding(Actors.Enterprise(story.Funding[0].EnterpriseId), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(story.Funding[0].EnterpriseId))))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe(detail);
    }

    private static FundingShare Share(Guid enterprise, decimal amount) => new(Guid.CreateVersion7(), enterprise, "宁波海水科技有限公司", amount);
}
