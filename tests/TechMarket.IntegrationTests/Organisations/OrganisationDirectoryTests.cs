using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Organisations;

/// <summary>The directory people pick a counterparty, a voucher holder or a provider from: approved organisations only.</summary>
public sealed class OrganisationDirectoryTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task The_directory_finds_approved_organisations_by_name_kind_and_district_and_never_a_pending_one()
    {
        var enterprise = await AsAsync(Demo.Enterprise);
        var pending = await Accounts.PendingAsync(Host, "330211");
        var approved = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));

        var universities = await enterprise.GetAsync<IReadOnlyList<OrganisationCard>>("/api/organisations/directory?q=甬城&kind=University");
        universities.ShouldContain(o => o.Name == "甬城大学" && o.District == "330205");
        universities.ShouldAllBe(o => o.Kind == OrganisationKind.University);
        // Both registered with names that begin the same way (宁波账户测试…); only the approved one is found.
        var name = (await enterprise.GetAsync<Organisation>($"/api/organisations/{approved.OrganisationId}")).Name;
        var found = await enterprise.GetAsync<IReadOnlyList<OrganisationCard>>($"/api/organisations/directory?district=330211&kind=Enterprise&q={Uri.EscapeDataString(name)}");
        found.ShouldHaveSingleItem().Id.ToString().ShouldBe(approved.OrganisationId);
        var pendingName = (await (await SignIn.AsAsync(pending.Email, pending.Password)).GetAsync<Organisation>("/api/organisations/mine")).Name;
        (await enterprise.GetAsync<IReadOnlyList<OrganisationCard>>($"/api/organisations/directory?q={Uri.EscapeDataString(pendingName)}")).ShouldBeEmpty();

        // By id, as a saved form names what it chose: the approved ones, never the pending one.
        var university = universities.First(o => o.Name == "甬城大学");
        var named = await enterprise.GetAsync<IReadOnlyList<OrganisationCard>>(
            $"/api/organisations/directory?ids={university.Id}&ids={approved.OrganisationId}&ids={pending.OrganisationId}");
        named.Select(o => o.Id.ToString()).Order().ShouldBe(new[] { university.Id.ToString(), approved.OrganisationId }.Order());
        var tooMany = string.Join('&', Enumerable.Range(0, 51).Select(_ => $"ids={Guid.NewGuid()}"));
        await (await enterprise.GetAsync($"/api/organisations/directory?{tooMany}")).ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
        await (await enterprise.GetAsync("/api/organisations/directory?ids=not-an-id")).ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
    }
}
