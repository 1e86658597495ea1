using System.Net;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Challenges.Review;
using static TechMarket.IntegrationTests.Challenges.ReviewRequests;

namespace TechMarket.IntegrationTests.Challenges;

/// <summary>评审专家库 belongs to the city bureau: it registers experts and approves registrations and the edits experts
/// propose; only approved experts are assigned.</summary>
public sealed class ExpertPoolFlowTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task An_expert_s_edit_waits_for_the_city_bureau_s_approval()
    {
        var expert = await AsAsync("expert.zhao@techmarket.demo");
        var before = await expert.GetJsonAsync<ExpertProfile>("/api/experts/me");
        var title = $"教授 {Guid.NewGuid():N}"[..12];

        var proposed = await (await expert.PutAsync("/api/experts/me", new { fields = before.Fields, declaredConflicts = before.DeclaredConflicts, title }))
            .ShouldBeOkAsync<ExpertProfile>();

        (proposed.Title, proposed.Standing, proposed.Proposed?.Title).ShouldBe((before.Title, ExpertStanding.Approved, title));
        var city = await AsAsync(Demo.CityBureau);
        var pooled = (await city.GetJsonAsync<List<ExpertProfile>>("/api/experts")).Single(e => e.Id == before.Id);
        (pooled.Title, pooled.Proposed?.Title).ShouldBe((before.Title, title));

        await (await (await AsAsync(Demo.HaishuBureau)).PostAsync($"/api/experts/{before.Id}/approve", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        var approved = await (await city.PostAsync($"/api/experts/{before.Id}/approve", new { })).ShouldBeOkAsync<ExpertProfile>();
        (approved.Title, approved.Proposed).ShouldBe((title, (ExpertProfileEdit?)null));
        (await expert.GetJsonAsync<ExpertProfile>("/api/experts/me")).Title.ShouldBe(title);
        await (await city.PostAsync($"/api/experts/{before.Id}/approve", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "nothing-to-approve");
    }

    [Fact]
    public async Task A_registration_the_bureau_has_not_approved_is_not_assigned_and_the_bureau_registers_expert_accounts()
    {
        var challenge = await ClosedChallenge.StartAsync(Host, await AsAsync(Demo.Enterprise), await AsAsync(Demo.ZhenhaiBureau), [await AsAsync(Demo.University)]);
        var pending = new ExpertProfile(Guid.CreateVersion7(), "待审核专家", null, ["0103"], [], Standing: ExpertStanding.Pending);
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            session.Store(pending);
            await session.SaveChangesAsync();
        }

        await (await challenge.Bureau.PostAsync($"/api/challenges/{challenge.Id}/experts", new { expertId = pending.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "expert-not-approved");
        var city = await AsAsync(Demo.CityBureau);
        (await (await city.PostAsync($"/api/experts/{pending.Id}/approve", new { })).ShouldBeOkAsync<ExpertProfile>()).Standing.ShouldBe(ExpertStanding.Approved);
        await (await challenge.Bureau.PostAsync($"/api/challenges/{challenge.Id}/experts", new { expertId = pending.Id })).ShouldBeOkAsync();

        var wang = await AsAsync("expert.wang@techmarket.demo");
        var wangId = await ExpertIdAsync(wang);
        var name = (await wang.GetJsonAsync<ExpertProfile>("/api/experts/me")).Name;
        var entry = new { fields = new[] { "0103", "0805" }, title = "正高级工程师", organisationId = (Guid?)null, declaredConflicts = Array.Empty<Guid>() };
        var registered = await (await city.PutAsync($"/api/experts/{wangId}", entry)).ShouldBeOkAsync<ExpertProfile>();
        (registered.Title, registered.Standing, registered.Name).ShouldBe(("正高级工程师", ExpertStanding.Approved, name));
        await (await city.PutAsync($"/api/experts/{Guid.NewGuid()}", entry)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await city.PutAsync($"/api/experts/{await ExpertIdAsync(await AsAsync(Demo.Enterprise))}", entry)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await challenge.Bureau.PutAsync($"/api/experts/{wangId}", entry)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
    }
}
