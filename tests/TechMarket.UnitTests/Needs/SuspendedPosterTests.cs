using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

/// <summary>A suspended poster drafts, edits, submits, withdraws and asks back nothing; the same commands of the same
/// organisation, approved, go through — so it is the suspension that refuses.</summary>
public class SuspendedPosterTests
{
    private readonly Organisation _approved = Given.Organisation();

    private Organisation Suspended => _approved with { Status = OrganisationStatus.Suspended };

    private Actor User => Actors.Enterprise(_approved.Id);

    [Fact]
    public void A_suspended_poster_drafts_no_need() =>
        DraftNeed.Decide(new DraftNeed(Guid.CreateVersion7(), Given.Content(), User, Given.Now), Suspended)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");

    [Fact]
    public void A_suspended_poster_edits_no_need()
    {
        var need = Given.Need(NeedStatus.Draft, _approved.Id);

        EditNeed.Decide(need, new EditNeed(Given.Content(), User, Given.Now, Suspended)).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        EditNeed.Decide(need, new EditNeed(Given.Content(), User, Given.Now, _approved)).ShouldEmitSingle<NeedEdited>();
    }

    [Fact]
    public void A_suspended_poster_submits_no_need()
    {
        var need = Given.Need(NeedStatus.Draft, _approved.Id);

        SubmitNeed.Decide(need, new SubmitNeed(User, Given.Now, Own: Suspended)).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        SubmitNeed.Decide(need, new SubmitNeed(User, Given.Now, Own: _approved)).ShouldEmitSingle<NeedSubmitted>();
    }

    [Fact]
    public void A_suspended_poster_withdraws_no_need()
    {
        var need = Given.Need(NeedStatus.Submitted, _approved.Id);

        WithdrawNeed.Decide(need, new WithdrawNeed("不再需要", User, Given.Now, Suspended), []).ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        WithdrawNeed.Decide(need, new WithdrawNeed("不再需要", User, Given.Now, _approved), []).ShouldEmitSingle<NeedWithdrawn>();
    }

    [Fact]
    public void A_suspended_poster_asks_no_need_back()
    {
        var need = Given.Need(NeedStatus.Accepted, _approved.Id);

        RequestNeedWithdrawal.Decide(need, new RequestNeedWithdrawal("产线调整", User, Given.Now, Suspended), ["某榜单"])
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        RequestNeedWithdrawal.Decide(need, new RequestNeedWithdrawal("产线调整", User, Given.Now, _approved), ["某榜单"])
            .ShouldEmitSingle<NeedWithdrawalRequested>();
    }
}
