using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using static TechMarket.IntegrationTests.Challenges.ChallengeRequests;
using static TechMarket.IntegrationTests.Needs.NeedRequests;

namespace TechMarket.IntegrationTests.Security;

/// <summary>The callers of the hub's access matrix and the channels they are tried on: a published, a cancelled and a
/// draft challenge (the draft funded, so its enterprise may read it over HTTP), and two organisations.</summary>
public sealed class HubAccessFixture
{
    public const string Enterprise = "enterprise@techmarket.demo";
    public const string OtherEnterprise = "enterprise.haishu@techmarket.demo";
    public const string University = "university@techmarket.demo";
    public const string Institute = "institute@techmarket.demo";
    public const string Expert = "expert@techmarket.demo";
    public const string Broker = "broker@techmarket.demo";
    public const string ZhenhaiBureau = "bureau.zhenhai@techmarket.demo";
    public const string HaishuBureau = "bureau.haishu@techmarket.demo";
    public const string CityBureau = "bureau@techmarket.demo";
    public const string Admin = "admin@techmarket.demo";

    public required string PublishedChallenge { get; init; }

    public required string CancelledChallenge { get; init; }

    public required string DraftChallenge { get; init; }

    public required string EnterpriseOrganisation { get; init; }

    public required string UniversityOrganisation { get; init; }

    public static async Task<HubAccessFixture> BuildAsync(TechMarketHost host, SignIn signIn)
    {
        var enterprise = await signIn.AsAsync(Enterprise);
        var bureau = await signIn.AsAsync(ZhenhaiBureau);
        var now = host.Clock.GetUtcNow();
        var need = await AcceptedAsync(enterprise, bureau, Content(Marker()));
        var draft = (await (await bureau.PostAsync("/api/challenges", Draft(Marker(), [(need, 1000000m)], now, now.AddDays(30)))).ShouldBeOkAsync<CreatedResource>())
            .Id.ToString();
        await (await enterprise.PostAsync($"/api/challenges/{draft}/funding/confirm")).ShouldBeOkAsync();
        var cancelled = await (await signIn.AsAsync(Broker)).GetJsonAsync<Paged<ChallengeCard>>("/api/challenges?status=Cancelled&pageSize=1");
        return new HubAccessFixture
        {
            PublishedChallenge = await PublishedAsync(host, enterprise, bureau, TimeSpan.FromDays(30)),
            CancelledChallenge = cancelled.Items[0].Id.ToString(),
            DraftChallenge = draft,
            EnterpriseOrganisation = (await enterprise.GetJsonAsync<Organisation>("/api/organisations/mine")).Id.ToString(),
            UniversityOrganisation = (await (await signIn.AsAsync(University)).GetJsonAsync<Organisation>("/api/organisations/mine")).Id.ToString(),
        };
    }
}
