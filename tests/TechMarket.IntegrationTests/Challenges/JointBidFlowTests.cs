using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Contracts;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>联合答题 over HTTP: a joint bid from submission through its members' confirmation to the award and the
/// multi-party contract; and a joint bid a member never confirmed, left out at the close.</summary>
public sealed class JointBidFlowTests(TechMarketHost host) : ApiTest(host)
{
    internal const string Donghai = "institute@techmarket.demo";
    internal const string Zhizao = "institute.zhizao@techmarket.demo";

    internal static Dictionary<string, object?> JointBid(decimal leadShare, params (Guid Organisation, string Role, decimal Share)[] members)
    {
        var bid = Bid(Marker());
        bid["joint"] = new
        {
            leadRole = "牵头单位", leadShare,
            members = members.Select(m => new { organisationId = m.Organisation, role = m.Role, share = m.Share }).ToArray(),
        };
        return bid;
    }

    [Fact]
    public async Task A_joint_bid_goes_from_submission_through_its_members_confirmation_to_the_award_and_a_contract_with_every_member()
    {
        var (enterprise, bureau, university, donghai, zhizao) = (
            await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.University), await AsAsync(Donghai), await AsAsync(Zhizao));
        var (donghaiId, zhizaoId) = (await OrganisationIdAsync(donghai), await OrganisationIdAsync(zhizao));
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1));
        var solo = (await (await donghai.PostAsync($"/api/challenges/{id}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>()).BidId;

        (await (await university.PostAsync($"/api/challenges/{id}/bids", JointBid(400_000m, (zhizaoId, "中试验证", 200_000m), (donghaiId, "联合研发", 99_999.99m))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["joint"]);
        var joint = (await (await university.PostAsync($"/api/challenges/{id}/bids", JointBid(400_000m, (zhizaoId, "中试验证", 200_000m), (donghaiId, "联合研发", 100_000m))))
            .ShouldBeOkAsync<BidReceipt>()).BidId;

        // 东海 bids on its own already: it alone learns so, when it tries to confirm; the lead sees only that it has not confirmed.
        (await (await donghai.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-in-a-bid"))
            .Detail!.ShouldNotContain("甬城");
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeOkAsync();
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-confirmed");
        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var named = (await university.GetJsonAsync<BidView>($"/api/bids/{joint}")).Joint.ShouldNotBeNull();
        named.Members.Select(m => (m.OrganisationName, m.Answer)).ShouldBe([("宁波智能制造技术研究院", MemberAnswer.Confirmed), ("东海新材料技术研究院", MemberAnswer.Pending)]);

        // The lead names its members again without 东海; 智能制造, named on the same terms, keeps its confirmation.
        await (await university.PutAsync($"/api/bids/{joint}", JointBid(500_000m, (zhizaoId, "中试验证", 200_000m)))).ShouldBeOkAsync();
        var mine = await MyBidAsync(zhizao, joint.ToString());
        (mine.Lead, mine.Joint!.Members.Single().Answer).ShouldBe((false, MemberAnswer.Confirmed));

        await CloseBiddingAsync(Host, bureau, id);
        var labels = await LabelsAsync(bureau, id, [joint.ToString(), solo.ToString()]);
        var conflicted = await bureau.PostAsync($"/api/challenges/{id}/experts", new { expertId = await ExpertIdAsync(await AsAsync("expert@techmarket.demo")) });
        (await conflicted.ShouldBeProblemAsync(HttpStatusCode.Conflict, "expert-conflict-same-organisation")).Detail!.ShouldContain("宁波智能制造技术研究院");
        var experts = await Task.WhenAll(ConflictFreeExperts.Skip(1).Take(3).Select(AsAsync));
        foreach (var expert in experts)
        {
            await AssignAsync(bureau, id, expert);
            await ScoreAsync(expert, id, labels[0], 9, 8, 7);
            await ScoreAsync(expert, id, labels[1], 6, 7, 8);
        }

        (await experts[0].GetJsonAsync<List<BlindBidView>>($"/api/challenges/{id}/bids")).Count.ShouldBe(2);
        await FeedbackAsync(bureau, id, solo.ToString());
        await (await bureau.PostAsync($"/api/challenges/{id}/award")).ShouldBeOkAsync();
        await AwardedChallenge.FinaliseAsync(Host, bureau, id);

        var winner = (await (await AsAsync(Demo.Broker)).GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).Winners.ShouldHaveSingleItem();
        winner.Members.ShouldNotBeNull().Select(m => (m.OrganisationName, m.Role, m.Share, m.Lead))
            .ShouldBe([("甬城大学", "牵头单位", 500_000m, true), ("宁波智能制造技术研究院", "中试验证", 200_000m, false)]);
        (await MyBidAsync(zhizao, joint.ToString())).Result.ShouldNotBeNull().Won.ShouldBeTrue();

        // The member drafts the contract; both organisations of the bid are sellers, each with its share.
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        var contractId = (await zhizao.PostAsync<CreatedResource>($"/api/challenges/{id}/contracts", new DraftAwardContractRequest(labels[0], ContractType.Development,
            560_000m, [new MilestoneTerms("中试验证报告", 300_000m, today.AddMonths(6)), new MilestoneTerms("量产导入与验收", 400_000m, today.AddMonths(12))]))).Id;
        var contract = await enterprise.GetAsync<ContractView>($"/api/contracts/{contractId}");
        contract.Parties.Where(p => p.Side == PartySide.Seller).Select(p => (p.Name, p.Lead, p.SharePercent, p.ShareAmount)).ShouldBe([
            ("甬城大学", true, 71.43m, 500_000m), ("宁波智能制造技术研究院", false, 28.57m, 200_000m),
        ]);
        await SignAsync(contractId, enterprise, university);
        (await zhizao.GetAsync<ContractView>($"/api/contracts/{contractId}")).Status.ShouldBe(ContractStatus.Draft);
        await SignAsync(contractId, zhizao);
        (await zhizao.GetAsync<ContractView>($"/api/contracts/{contractId}")).Status.ShouldBe(ContractStatus.FullySigned);
    }

    [Fact]
    public async Task A_joint_bid_whose_member_has_not_confirmed_by_the_deadline_takes_no_part_and_its_lead_sees_why()
    {
        var (enterprise, bureau, university, zhizao) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.University), await AsAsync(Zhizao));
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1));
        var joint = (await (await university.PostAsync($"/api/challenges/{id}/bids", JointBid(500_000m, (await OrganisationIdAsync(zhizao), "中试验证", 200_000m))))
            .ShouldBeOkAsync<BidReceipt>()).BidId;
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/decline", new { reason = "本院中试线已排满" })).ShouldBeOkAsync();

        var closed = await CloseBiddingAsync(Host, bureau, id);

        closed.Commitments.ShouldBeEmpty();
        var view = await university.GetJsonAsync<BidView>($"/api/bids/{joint}");
        (view.Label, view.Exclusion, view.Joint!.Members.Single().DeclineReason).ShouldBe((null, BidExclusion.UnconfirmedMembers, "本院中试线已排满"));
        await (await zhizao.PostAsync($"/api/bids/{joint}/membership/confirm")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
    }
}
