using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Challenges.JointBidFlowTests;
using static TechMarket.IntegrationTests.Contracts.ContractRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>我的申报 a page at a time: the bids an organisation leads and the joint bids that name it, last changed
/// first, with the total; narrowed by status or challenge; never another organisation's bid. Two fresh universities, so
/// the shared host's other bids do not move the figures.</summary>
public sealed class MyBidsPagingTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task My_bids_come_a_page_at_a_time_last_changed_first_with_the_joint_bids_that_name_us_and_none_of_another_organisation()
    {
        var (enterprise, bureau, city) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau));
        var (us, them) = (await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city), await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city));
        var ourId = await OrganisationIdAsync(us);
        var challenges = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            challenges.Add(await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1)));
        }

        var first = await BidAsync(us, challenges[0]);
        var second = await BidAsync(us, challenges[1]);
        var third = await BidAsync(us, challenges[2]);
        var joint = (await (await them.PostAsync($"/api/challenges/{challenges[3]}/bids", JointBid(400_000m, (ourId, "中试验证", 300_000m))))
            .ShouldBeOkAsync<BidReceipt>()).BidId;
        var theirs = await BidAsync(them, challenges[0]);
        await (await us.PostAsync($"/api/bids/{first}/withdraw")).ShouldBeOkAsync();

        var page1 = await us.GetJsonAsync<Paged<MyBid>>("/api/bids/mine?page=1&pageSize=3");
        var page2 = await us.GetJsonAsync<Paged<MyBid>>("/api/bids/mine?page=2&pageSize=3");
        var past = await us.GetJsonAsync<Paged<MyBid>>("/api/bids/mine?page=3&pageSize=3");

        (page1.Total, page1.Page, page1.PageSize, page2.Total, page2.Page).ShouldBe((4L, 1, 3, 4L, 2));
        page1.Items.Select(b => b.Id).ShouldBe([first, joint, third]); // the withdrawal is the latest change
        page2.Items.Select(b => b.Id).ShouldBe([second]);
        (past.Items.Count, past.Total).ShouldBe((0, 4L));
        var named = page1.Items[1];
        (named.Lead, named.Joint.ShouldNotBeNull().Members.Single().OrganisationId).ShouldBe((false, ourId));
        page1.Items[0].Status.ShouldBe(BidStatus.Withdrawn);
        page1.Items.Concat(page2.Items).ShouldNotContain(b => b.Id == theirs);
        (await them.GetJsonAsync<Paged<MyBid>>("/api/bids/mine")).Items.Select(b => b.Id).ShouldBe([theirs, joint]);
    }

    [Fact]
    public async Task My_bids_narrow_to_a_status_or_a_challenge()
    {
        var (enterprise, bureau, city) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau));
        var us = await Infrastructure.Organisations.ApprovedUniversityAsync(Host, SignIn, city);
        var (one, two) = (await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1)), await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromHours(1)));
        var withdrawn = await BidAsync(us, one);
        var standing = await BidAsync(us, two);
        await (await us.PostAsync($"/api/bids/{withdrawn}/withdraw")).ShouldBeOkAsync();

        var onlyWithdrawn = await us.GetJsonAsync<Paged<MyBid>>("/api/bids/mine?status=Withdrawn");
        var onlySubmitted = await us.GetJsonAsync<Paged<MyBid>>("/api/bids/mine?status=Submitted");
        var onTwo = await us.GetJsonAsync<Paged<MyBid>>($"/api/bids/mine?challengeId={two}");

        (onlyWithdrawn.Total, onlyWithdrawn.Items.Single().Id).ShouldBe((1L, withdrawn));
        (onlySubmitted.Total, onlySubmitted.Items.Single().Id).ShouldBe((1L, standing));
        (onTwo.Total, onTwo.Items.Single().ChallengeId.ToString()).ShouldBe((1L, two));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=99999999999", "page")]
    [InlineData("status=Draft", "status")] // bids are submitted or withdrawn, never drafts
    [InlineData("challengeId=T1", "challengeId")]
    public async Task A_page_out_of_range_or_a_filter_that_names_nothing_is_a_problem_naming_the_parameter(string query, string field)
    {
        var university = await AsAsync(Demo.University);

        var problem = await (await university.GetAsync($"/api/bids/mine?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors().ShouldBe([field]);
    }

    private static async Task<Guid> BidAsync(HttpClient bidder, string challengeId) =>
        (await (await bidder.PostAsync($"/api/challenges/{challengeId}/bids", Bid(Marker()))).ShouldBeOkAsync<BidReceipt>()).BidId;
}
