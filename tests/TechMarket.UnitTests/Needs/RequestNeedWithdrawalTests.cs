using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class RequestNeedWithdrawalTests
{
    /// <summary>A user of an approved organisation that has nothing to do with this.</summary>
    private static readonly Actor Outsider = Actors.Enterprise(Guid.CreateVersion7());

    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void The_owner_asks_the_bureau_to_release_a_need_a_published_challenge_holds()
    {
        var history = Given.NeedHistory(NeedStatus.Accepted, _enterprise);
        var need = Given.Need(history);
        var user = Actors.Enterprise(_enterprise);

        var asked = RequestNeedWithdrawal.Decide(need, new RequestNeedWithdrawal("  产线改造计划取消  ", user, Given.Now, Own: Given.ApprovedOf(user)), ["海水淡化膜攻关"])
            .ShouldEmitSingle<NeedWithdrawalRequested>();

        asked.ShouldBe(new NeedWithdrawalRequested(need.Id, "产线改造计划取消", user.UserId, Given.Now));
        Need.Evolve(need, asked).ShouldBe(need);
        Given.Details([.. history, asked]).WithdrawalRequest.ShouldBe(new NeedWithdrawalAsk("产线改造计划取消", Given.Now));
    }

    [Fact]
    public void A_need_no_published_challenge_holds_is_withdrawn_directly() =>
        RequestNeedWithdrawal.Decide(Given.Need(NeedStatus.Accepted, _enterprise), new RequestNeedWithdrawal("不再需要", Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))), [])
            .ShouldBeRefused(ErrorKind.Conflict, "not-held");

    [Fact]
    public void Only_the_owner_asks() =>
        RequestNeedWithdrawal.Decide(
                Given.Need(NeedStatus.Accepted, _enterprise), new RequestNeedWithdrawal("不再需要", Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)), ["攻关"])
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
}
