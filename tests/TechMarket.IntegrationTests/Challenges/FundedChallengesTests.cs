using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>出资与验收 a page at a time: the challenges an enterprise funds — a draft it is asked to fund too — newest first,
/// with the total; narrowed by status; never one only another enterprise funds; each as the funder reads it on the
/// challenge's page, without a sealed bid's content. A fresh enterprise, so the shared host's other challenges do not
/// move the figures.</summary>
public sealed class FundedChallengesTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task An_enterprise_pages_through_the_challenges_it_funds_newest_first_and_never_sees_another_s()
    {
        var (them, bureau, city, university) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau), await AsAsync(Demo.University));
        var us = await Infrastructure.Organisations.ApprovedEnterpriseAsync(Host, SignIn, city);
        var first = await PublishedAsync(Host, us, bureau, TimeSpan.FromHours(1));
        var theirs = await PublishedAsync(Host, them, bureau, TimeSpan.FromHours(1));
        var second = await PublishedAsync(Host, us, bureau, TimeSpan.FromHours(1));
        var joint = await JointDraftAsync(us, them, bureau);
        var marker = Marker();
        await (await university.PostAsync($"/api/challenges/{second}/bids", Bid(marker))).ShouldBeOkAsync();

        var page1 = await us.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?page=1&pageSize=2");
        var page2 = await us.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?page=2&pageSize=2");
        var past = await us.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?page=3&pageSize=2");
        var text = await (await us.GetAsync("/api/challenges/funded")).Content.ReadAsStringAsync();

        (page1.Total, page1.Page, page1.PageSize, page2.Total, page2.Page).ShouldBe((3L, 1, 2, 3L, 2));
        page1.Items.Select(c => c.Id.ToString()).ShouldBe([joint, second]);
        page2.Items.Select(c => c.Id.ToString()).ShouldBe([first]);
        (past.Items.Count, past.Total).ShouldBe((0, 3L));
        var draft = page1.Items[0];
        (draft.Status, draft.Funding.Count, draft.Funding.Any(f => f.Confirmed)).ShouldBe((ChallengeStatus.Draft, 2, false));
        draft.Version.ShouldNotBeNull(); // a funder confirms its share with If-Match
        (page1.Items[1].BidCount, page1.Items[1].DetailsUnlocked).ShouldBe((1, true));
        text.ShouldNotContain(marker); // the bid's content stays sealed: only its count shows
        var theirList = await them.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?pageSize=100");
        theirList.Items.Select(c => c.Id.ToString()).ShouldContain(joint);
        theirList.Items.Select(c => c.Id.ToString()).ShouldContain(theirs);
        theirList.Items.Select(c => c.Id.ToString()).ShouldNotContain(first);
        theirList.Items.Select(c => c.Id.ToString()).ShouldNotContain(second);
    }

    [Fact]
    public async Task The_funded_challenges_narrow_to_a_status()
    {
        var (them, bureau, city) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau));
        var us = await Infrastructure.Organisations.ApprovedEnterpriseAsync(Host, SignIn, city);
        var published = await PublishedAsync(Host, us, bureau, TimeSpan.FromHours(1));
        var draft = await JointDraftAsync(us, them, bureau);

        var drafts = await us.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?status=Draft");
        var open = await us.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?status=Published");
        var closed = await us.GetJsonAsync<Paged<ChallengeView>>("/api/challenges/funded?status=BiddingClosed");

        (drafts.Total, drafts.Items.Single().Id.ToString()).ShouldBe((1L, draft));
        (open.Total, open.Items.Single().Id.ToString()).ShouldBe((1L, published));
        (closed.Total, closed.Items.Count).ShouldBe((0L, 0));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=99999999999", "page")]
    [InlineData("status=Nope", "status")]
    public async Task A_page_out_of_range_or_an_unknown_status_is_a_problem_naming_the_parameter(string query, string field)
    {
        var enterprise = await AsAsync(Demo.Enterprise);

        var problem = await (await enterprise.GetAsync($"/api/challenges/funded?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors().ShouldBe([field]);
    }

    /// <summary>A draft built on a need of each enterprise: both are asked to fund it, neither confirmed yet.</summary>
    private async Task<string> JointDraftAsync(HttpClient us, HttpClient them, HttpClient bureau)
    {
        var (ours, theirs) = (await AcceptedAsync(us, bureau, Content(Marker())), await AcceptedAsync(them, bureau, Content(Marker())));
        var now = Host.Clock.GetUtcNow();
        var draft = await bureau.PostAsync("/api/challenges", Draft(Marker(), [(ours, 500000m), (theirs, 500000m)], now.AddMinutes(-1), now.AddHours(1)));
        return (await draft.ShouldBeOkAsync<CreatedResource>()).Id.ToString();
    }
}
