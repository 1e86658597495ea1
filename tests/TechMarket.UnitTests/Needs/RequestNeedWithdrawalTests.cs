using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class RequestNeedWithdrawalTests
{
    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void The_owner_asks_the_bureau_to_release_a_need_a_published_challenge_holds()
    {
        var history = Given.NeedHistory(NeedStatus.Accepted, _enterprise);
        var need = Given.Need(history);
        var user = Actors.Enterprise(_enterprise);

        var asked = RequestNeedWithdrawal.Decide(need, new RequestNeedWithdrawal("  产线改造计划取消  ", user, Given.Now), ["海水淡化膜攻关"])
            .ShouldEmitSingle<NeedWithdrawalRequested>();

        asked.ShouldBe(new NeedWithdrawalRequested(need.Id, "产线改造计划取消", user.UserId, Given.Now));
        Need.Evolve(need, asked).ShouldBe(need);
        Given.Details([.. history, asked]).WithdrawalRequest.ShouldBe(new NeedWithdrawalAsk("产线改造计划取消", Given.Now));
    }

    [Fact]
    public void A_need_no_published_challenge_holds_is_withdrawn_directly() =>
        RequestNeedWithdrawal.Decide(Given.Need(NeedStatus.Accepted, _enterprise), new RequestNeedWithdrawal("不再需要", Actors.Enterprise(_enterprise), Given.Now), [])
            .ShouldBeRefused(ErrorKind.Conflict, "not-held");

    [Fact]
    public void Only_the_owner_asks() =>
        RequestNeedWithdrawal.Decide(
                Given.Need(NeedStatus.Accepted, _enterprise), new RequestNeedWithdrawal("不再需要", Actors.Enterprise(Guid.CreateVersion7()), Given.Now), ["攻关"])
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
}
