using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Lists;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Needs.NeedRequests;
using static TechMarket.IntegrationTests.Rounds.RoundRequests;

namespace TechMarket.IntegrationTests.Rounds;

/// <summary>A district round collects needs from an enterprise, an institute and a hospital; the bureau refines them into
/// challenges, publishes them together as a numbered list, and reads the round's report.</summary>
public sealed class RoundListFlowTests(TechMarketHost host) : ApiTest(host)
{
    private const string Institute = "institute@techmarket.demo";

    [Fact]
    public async Task A_round_s_needs_from_several_kinds_of_poster_become_a_published_list_and_the_report_counts_them()
    {
        var (enterprise, institute, bureau, city) = (await AsAsync(Demo.Enterprise), await AsAsync(Institute), await AsAsync(Demo.ZhenhaiBureau), await AsAsync(Demo.CityBureau));
        var hospital = await RegisteredHospitalAsync(city);
        var round = await OpenAsync(Host, bureau);

        var first = await RefinedChallengeAsync(Host, enterprise, bureau, round);
        var second = await RefinedChallengeAsync(Host, institute, bureau, round);
        var hospitalNeed = await SubmittedIntoAsync(hospital, round);
        var leftOut = await SubmittedIntoAsync(enterprise, round); // collected, never accepted
        (await hospital.GetJsonAsync<NeedView>($"/api/needs/{hospitalNeed}")).ShouldSatisfyAllConditions(
            n => n.RoundId.ShouldBe(round), n => n.PosterKind.ShouldBe(OrganisationKind.Hospital), n => n.Status.ShouldBe(NeedStatus.Submitted));
        (await enterprise.GetJsonAsync<NeedView>($"/api/needs/{leftOut}")).PosterKind.ShouldBe(OrganisationKind.Enterprise);

        var number = ListNumber();
        var published = await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, number, "区级揭榜挂帅需求榜单", [first, second]));
        published.StatusCode.ShouldBe(HttpStatusCode.Created);
        var listId = (await published.ShouldBeOkAsync<CreatedResource>()).Id;

        // Each challenge went through the one publish operation: it is on the public board now.
        using var visitor = Host.CreateBrowser(Host.NextAddress());
        foreach (var challenge in new[] { first, second })
        {
            (await visitor.GetJsonAsync<ChallengeView>($"/api/challenges/{challenge}")).Status.ShouldBe(ChallengeStatus.Published);
        }

        var list = await visitor.GetJsonAsync<ListView>($"/api/lists/{listId}");
        (list.Number, list.Title, list.Bureau, list.RoundId).ShouldBe((number, "区级揭榜挂帅需求榜单", "330211", round));
        list.Challenges.Select(c => c.Id).ShouldBe([first, second]);
        list.Challenges.ShouldAllBe(c => c.Status == ChallengeStatus.Published);
        (await visitor.GetJsonAsync<List<ListSummary>>("/api/lists")).ShouldContain(l => l.Id == listId && l.ChallengeCount == 2);

        var report = await bureau.GetJsonAsync<RoundReport>($"/api/rounds/{round}/report");
        (report.Collected, report.FromEnterprisesPercent, report.Accepted, report.Refined, report.Published, report.Awarded).ShouldBe((4, 50, 2, 2, 2, 0));
        report.ByKind.ShouldBe([new(OrganisationKind.Enterprise, 2), new(OrganisationKind.Institute, 1), new(OrganisationKind.Hospital, 1)]);
        report.Lists.ShouldHaveSingleItem().Number.ShouldBe(number);
        await (await (await AsAsync(Demo.HaishuBureau)).GetAsync($"/api/rounds/{round}/report")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-your-round");
        (await city.GetJsonAsync<RoundReport>($"/api/rounds/{round}/report")).Collected.ShouldBe(4);
    }

    [Fact]
    public async Task A_list_whose_number_is_taken_or_that_holds_a_challenge_from_elsewhere_publishes_nothing()
    {
        var (enterprise, bureau) = (await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau));
        var round = await OpenAsync(Host, bureau);
        var listed = await RefinedChallengeAsync(Host, enterprise, bureau, round);
        var waiting = await RefinedChallengeAsync(Host, enterprise, bureau, round);
        var standing = await ChallengeOnAsync(Host, enterprise, bureau, await AcceptedAsync(enterprise, bureau, Content(Marker())));
        var number = ListNumber();
        await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, number, "第一批揭榜挂帅榜单", [listed]))).ShouldBeOkAsync();
        var watch = await WriteWatch.StartAsync(Host.ConnectionString);

        await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, number, "第二批揭榜挂帅榜单", [waiting])))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "list-number-taken");
        await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "第二批揭榜挂帅榜单", [waiting, standing])))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "challenge-not-in-round");
        await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "第二批揭榜挂帅榜单", [waiting, listed])))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "invalid-transition");
        await (await (await AsAsync(Demo.HaishuBureau)).PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "第二批揭榜挂帅榜单", [waiting])))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not-your-round");
        (await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, "24-1", "第二批揭榜挂帅榜单", [waiting])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation")).FieldErrors().ShouldBe(["number"]);

        (await watch.WritesAsync()).ShouldBeEmpty();
        (await bureau.GetJsonAsync<ChallengeView>($"/api/challenges/{waiting}")).Status.ShouldBe(ChallengeStatus.Draft);
        await (await bureau.PostJsonAsync("/api/lists", new PublishListRequest(round, ListNumber(), "第二批揭榜挂帅榜单", [waiting]))).ShouldBeOkAsync();
    }

    /// <summary>A hospital of 镇海区, registered through the API and approved by the city bureau; its first user signed in.</summary>
    private async Task<HttpClient> RegisteredHospitalAsync(HttpClient city)
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var email = $"hospital-{Guid.NewGuid():N}@example.cn";
        var registration = await anonymous.PostAsync(
            "/api/organisations/registrations", Infrastructure.Organisations.Registration(OrganisationKind.Hospital, "330211", $"镇海区第{Random.Shared.Next(100, 999)}人民医院", email));
        var id = (await registration.ShouldBeOkAsync<RegistrationReceipt>()).Id;
        await (await city.PostAsync($"/api/organisations/{id}/approve")).ShouldBeOkAsync();
        return await SignIn.AsAsync(email, Infrastructure.Organisations.Password);
    }
}
