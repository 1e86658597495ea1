using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class WithdrawNeedTests
{
    /// <summary>A user of an approved organisation that has nothing to do with this.</summary>
    private static readonly Actor Outsider = Actors.Enterprise(Guid.CreateVersion7());

    private static readonly IReadOnlyList<string> NoChallenge = [];

    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Theory]
    [InlineData(NeedStatus.Draft)]
    [InlineData(NeedStatus.Submitted)]
    [InlineData(NeedStatus.Rejected)]
    [InlineData(NeedStatus.Accepted)]
    public void The_owner_withdraws_a_draft_submitted_rejected_or_accepted_need(NeedStatus status)
    {
        var need = Given.Need(status, _enterprise);
        var user = Actors.Enterprise(_enterprise);

        var withdrawn = WithdrawNeed.Decide(need, new WithdrawNeed("  Solved in-house  ", user, Given.Now, Own: Given.ApprovedOf(user)), NoChallenge).ShouldEmitSingle<NeedWithdrawn>();

        withdrawn.ShouldBe(new NeedWithdrawn(need.Id, "Solved in-house", user.UserId, Given.Now));
        Need.Evolve(need, withdrawn)!.Status.ShouldBe(NeedStatus.Withdrawn);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_need_can_be_withdrawn_without_a_reason(string? reason)
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        WithdrawNeed.Decide(need, new WithdrawNeed(reason, Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))), NoChallenge)
            .ShouldEmitSingle<NeedWithdrawn>().Reason.ShouldBeNull();
    }

    [Fact]
    public void An_already_withdrawn_need_cannot_be_withdrawn_again()
    {
        var need = Given.Need(NeedStatus.Withdrawn, _enterprise);

        WithdrawNeed.Decide(need, new WithdrawNeed(null, Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))), NoChallenge)
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe("A need that is withdrawn cannot be withdrawn.");
    }

    [Fact]
    public void Another_enterprise_may_not_withdraw_the_need()
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise);

        WithdrawNeed.Decide(need, new WithdrawNeed(null, Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)), NoChallenge)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }

    [Theory]
    [InlineData(Given.District)]
    [InlineData("city")]
    public void The_bureau_may_not_withdraw_the_need(string jurisdiction)
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise);

        WithdrawNeed.Decide(need, new WithdrawNeed(null, Actors.Bureau(jurisdiction), Given.Now), NoChallenge)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void The_reason_is_at_most_500_characters(int length, bool valid)
    {
        new WithdrawNeedValidator().Validate(new WithdrawNeedRequest(new string('理', length))).IsValid.ShouldBe(valid);
    }

    [Fact]
    public void The_reason_is_optional()
    {
        new WithdrawNeedValidator().Validate(new WithdrawNeedRequest(null)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_need_held_by_a_published_challenge_cannot_be_withdrawn()
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise);

        WithdrawNeed.Decide(need, new WithdrawNeed(null, Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))), ["海水淡化膜攻关"])
            .ShouldBeRefused(ErrorKind.Conflict, "need-in-challenge")
            .Detail.ShouldBe("The published challenge 海水淡化膜攻关 holds this need; ask the bureau to release it (it may cancel the challenge).");
    }
}
