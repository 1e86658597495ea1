using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Organisations;

/// <summary>An organisation that was never approved has not joined the platform: only its own users and a bureau
/// officer whose jurisdiction covers it see it (credit code, status); to everyone else it does not exist.</summary>
public sealed class OrganisationVisibilityTests(TechMarketHost host) : ApiTest(host)
{
    public static TheoryData<string> Outsiders => new()
    {
        Demo.Enterprise, Demo.University, Demo.Expert, Demo.Broker, Demo.HaishuBureau, Demo.Admin, "integration",
    };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task A_pending_organisation_is_not_found_by_outsiders(string outsider)
    {
        var pending = await Accounts.PendingAsync(Host, "330211");
        using var client = outsider == "integration" ? await IntegrationClientAsync() : await AsAsync(outsider);

        var response = await client.GetAsync($"/api/organisations/{pending.OrganisationId}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not-found");
        problem.Text.ShouldNotContain(pending.OrganisationId);
        response.Headers.ETag.ShouldBeNull();
    }

    [Theory]
    [InlineData(Demo.ZhenhaiBureau)]
    [InlineData(Demo.CityBureau)]
    [InlineData("self")]
    public async Task A_pending_organisation_is_shown_to_itself_and_its_bureau(string reader)
    {
        var pending = await Accounts.PendingAsync(Host, "330211");
        using var client = reader == "self" ? await SignIn.AsAsync(pending.Email, pending.Password) : await AsAsync(reader);

        var response = await client.GetAsync($"/api/organisations/{pending.OrganisationId}");

        var organisation = await response.ShouldBeOkAsync<Organisation>();
        organisation.Status.ShouldBe(OrganisationStatus.Pending);
        organisation.CreditCode.Length.ShouldBe(18);
        response.Headers.ETag.ShouldNotBeNull();
    }

    [Fact]
    public async Task An_approved_organisation_is_public_to_every_signed_in_caller()
    {
        var approved = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));

        var organisation = await (await AsAsync(Demo.Broker)).GetJsonAsync<Organisation>($"/api/organisations/{approved.OrganisationId}");

        organisation.Status.ShouldBe(OrganisationStatus.Approved);
    }

    private Task<HttpClient> IntegrationClientAsync() => SignIn.IntegrationClientAsync(Host);
}
