using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Needs;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Challenges;

public sealed class PublishChallengeTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_challenge_is_published_only_after_its_enterprise_confirms_funding()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var needId = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var now = Host.Clock.GetUtcNow();
        var marker = Marker();

        var draft = await bureau.PostAsync("/api/challenges", Draft(marker, [(needId, 1_000_000m)], now, now.AddDays(10)));
        var id = (await draft.ShouldBeOkAsync<CreatedResource>()).Id.ToString();
        var need = await enterprise.GetJsonAsync<NeedView>($"/api/needs/{needId}");
        need.Challenges[0].ChallengeId.ToString().ShouldBe(id);
        need.Status.ShouldBe(NeedStatus.Accepted);
        // Others read the summary, which has no challenges (a draft is not public): reading it as NeedSummary refuses any.
        await (await AsAsync(Demo.University)).GetJsonAsync<NeedSummary>($"/api/needs/{needId}");
        await (await bureau.PostAsync($"/api/challenges/{id}/publish")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "funding-unconfirmed");
        (await (await AsAsync(Demo.University)).GetAsync($"/api/challenges/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await (await (await AsAsync(Demo.OtherEnterprise)).PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-a-funder");
        await (await enterprise.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeOkAsync();
        await (await enterprise.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "already-confirmed");
        await (await bureau.PostAsync($"/api/challenges/{id}/publish")).ShouldBeOkAsync();

        var card = (await (await AsAsync(Demo.Broker)).GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?q={marker}")).Items[0];
        (card.Bounty, card.BidCount, card.Status).ShouldBe((1_500_000m, 0, ChallengeStatus.Published));
        card.SecondsLeft.ShouldBeInRange(9 * 86400, 10 * 86400);

        // The market is public: a visitor without an account reads the board (by district), the challenge's public page
        // and the need's public summary, never the confidential details.
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        var onBoard = await visitor.GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?q={marker}&district={card.District}");
        onBoard.Items.Single().Id.ToString().ShouldBe(id);
        (await visitor.GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?q={marker}&district=330203")).Items.ShouldBeEmpty();
        var page = await visitor.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (page.DetailsUnlocked, page.ConfidentialDetails, page.Version, page.District).ShouldBe((false, null, null, card.District));
        (await visitor.GetJsonAsync<NeedSummary>($"/api/needs/{needId}")).Id.ToString().ShouldBe(needId);
        (await visitor.PostAsync($"/api/challenges/{id}/nda", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_boards_summary_counts_and_sums_every_open_challenge_not_a_page_of_them()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var needId = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var now = Host.Clock.GetUtcNow();
        var marker = Marker();
        var id = (await (await bureau.PostAsync("/api/challenges", Draft(marker, [(needId, 800_000m)], now, now.AddDays(10)))).ShouldBeOkAsync<CreatedResource>()).Id;
        await (await enterprise.PostAsync($"/api/challenges/{id}/funding/confirm")).ShouldBeOkAsync();
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        var before = await visitor.GetJsonAsync<BoardSummary>("/api/challenges/summary");

        await (await bureau.PostAsync($"/api/challenges/{id}/publish")).ShouldBeOkAsync();

        var after = await visitor.GetJsonAsync<BoardSummary>("/api/challenges/summary");
        var bounty = (await visitor.GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?q={marker}")).Items.Single().Bounty;
        (after.Open, after.BountyOnOffer).ShouldBe((before.Open + 1, before.BountyOnOffer + bounty));
        // The same figures as the board's every page of open challenges, two at a time.
        var open = new List<ChallengeCard>();
        for (var page = 1; page == 1 || open.Count < after.Open; page++)
        {
            var cards = await visitor.GetJsonAsync<Paged<ChallengeCard>>($"/api/challenges?status=Published&page={page}&pageSize=2");
            cards.Items.ShouldNotBeEmpty();
            open.AddRange(cards.Items);
        }

        (open.Count, open.Sum(c => c.Bounty)).ShouldBe((after.Open, after.BountyOnOffer));
    }

    [Fact]
    public async Task Challenges_drafted_on_one_need_at_the_same_moment_all_land_and_the_need_lists_them_all()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var needId = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var now = Host.Clock.GetUtcNow();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            bureau.PostAsync("/api/challenges", Draft(Marker(), [(needId, 500_000m)], now, now.AddDays(10)))));

        foreach (var answer in answers)
        {
            answer.StatusCode.ShouldBe(HttpStatusCode.Created, await answer.Content.ReadAsStringAsync());
        }

        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{needId}")).Challenges.Count.ShouldBe(5);
    }

    public static TheoryData<string, object?, string> BadDrafts => new()
    {
        { "criteria", new[] { new { key = "approach", name = "技术方案", weight = 60 }, new { key = "team", name = "团队", weight = 30 } }, "criteria" },
        { "governmentSubsidy", -1m, "governmentSubsidy" },
        { "winnerCount", 3, "winnerCount" },
        { "ndaTerms", "", "ndaTerms" },
        { "field", "77", "field" },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task A_bad_draft_is_a_400_naming_the_field(string field, object? value, string reported)
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var now = Host.Clock.GetUtcNow();
        var draft = Draft(Marker(), [(Guid.NewGuid().ToString(), 100m)], now, now.AddDays(3));
        draft[field] = value;

        var problem = await (await bureau.PostAsync("/api/challenges", draft)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.FieldErrors().ShouldContain(reported, customMessage: problem.Describe());
    }

    [Fact]
    public async Task A_draft_from_a_need_that_is_not_accepted_or_outside_the_jurisdiction_is_refused()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var now = Host.Clock.GetUtcNow();
        var (submitted, _) = await SubmittedAsync(enterprise, Content(Marker()));
        var accepted = await AcceptedAsync(enterprise, await AsAsync(Demo.ZhenhaiBureau), Content(Marker()));

        await (await (await AsAsync(Demo.ZhenhaiBureau)).PostAsync("/api/challenges", Draft(Marker(), [(submitted, 100m)], now, now.AddDays(3))))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "need-not-accepted");
        await (await (await AsAsync(Demo.HaishuBureau)).PostAsync("/api/challenges", Draft(Marker(), [(accepted, 100m)], now, now.AddDays(3))))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await enterprise.PostAsync("/api/challenges", Draft(Marker(), [(accepted, 100m)], now, now.AddDays(3))))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Confidential_details_unlock_after_the_NDA_and_every_unlock_is_logged()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, enterprise, bureau, TimeSpan.FromDays(5));
        var university = await AsAsync(Demo.University);

        var before = await university.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (before.DetailsUnlocked, before.ConfidentialDetails, before.Terms.ConfidentialDetails).ShouldBe((false, null, string.Empty));

        await (await university.PostAsync($"/api/challenges/{id}/nda")).ShouldBeOkAsync();
        await (await university.PostAsync($"/api/challenges/{id}/nda")).ShouldBeOkAsync();
        var after = await university.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        after.ConfidentialDetails.ShouldNotBeNull().ShouldContain("回转窑");

        var log = await enterprise.GetJsonAsync<List<Disclosure>>($"/api/challenges/{id}/disclosures");
        log.Count.ShouldBe(1);
        log[0].OrganisationName.ShouldBe("甬城大学");
        (await bureau.GetJsonAsync<List<Disclosure>>($"/api/challenges/{id}/disclosures")).Count.ShouldBe(1);
        await (await university.GetAsync($"/api/challenges/{id}/disclosures")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await AsAsync(Demo.Broker)).GetJsonAsync<ChallengeView>($"/api/challenges/{id}")).DetailsUnlocked.ShouldBeFalse();
    }

    [Fact]
    public async Task A_challenge_can_be_cancelled_with_a_reason_and_leaves_the_board()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var id = await PublishedAsync(Host, await AsAsync(Demo.Enterprise), bureau, TimeSpan.FromDays(5));

        await (await bureau.PostAsync($"/api/challenges/{id}/cancel", new { reason = "企业需求已变更" })).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/challenges/{id}/cancel", new { reason = "再次取消" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var challenge = await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{id}");
        (challenge.Status, challenge.CancellationReason).ShouldBe((ChallengeStatus.Cancelled, "企业需求已变更"));
        await (await (await AsAsync(Demo.University)).PostAsync($"/api/challenges/{id}/bids", Bid(Marker())))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "bidding-closed");
    }
}
