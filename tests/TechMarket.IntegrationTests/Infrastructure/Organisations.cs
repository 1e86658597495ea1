using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Infrastructure;

public static class Organisations
{
    public const string Password = "Str0ng-Passw0rd";

    private static int _registrations;

    /// <summary>A registration as a new organisation sends it: a fresh valid credit code and e-mail, the test password.</summary>
    public static RegisterOrganisationRequest Registration(OrganisationKind kind, string district, string name, string? email = null)
    {
        var (sector, sub) = kind == OrganisationKind.Enterprise ? ("91", "MA") : ("12", "MB");
        return new RegisterOrganisationRequest(
            name, kind, district, CreditCode.Complete($"{sector}{district}{sub}{Random.Shared.Next(1000000, 9999999)}"), "联系人",
            email ?? $"registrant-{Guid.NewGuid():N}@example.cn", Password);
    }

    /// <summary>Registers a university (of 鄞州区 unless told) through the API, has the city bureau approve it, and signs its
    /// user in.</summary>
    public static async Task<HttpClient> ApprovedUniversityAsync(TechMarketHost host, SignIn signIn, HttpClient cityBureau, string district = "330212")
    {
        using var anonymous = host.CreateBrowser(host.NextAddress());
        return await signIn.AsAsync(await RegisterApprovedUniversityAsync(anonymous, cityBureau, district), Password);
    }

    /// <summary>Registers an enterprise of 镇海区 (the demo 镇海 bureau accepts its needs), has the city bureau approve it,
    /// and signs its user in: an enterprise no other test funds through.</summary>
    public static async Task<HttpClient> ApprovedEnterpriseAsync(TechMarketHost host, SignIn signIn, HttpClient cityBureau)
    {
        using var anonymous = host.CreateBrowser(host.NextAddress());
        var n = Interlocked.Increment(ref _registrations);
        var email = $"enterprise-{Guid.NewGuid():N}@example.cn";
        var registration = await anonymous.PostAsync(
            "/api/organisations/registrations", Registration(OrganisationKind.Enterprise, "330211", $"镇海测试材料第{n}公司", email));
        var organisationId = (await registration.ShouldBeOkAsync<RegistrationReceipt>()).Id;
        await (await cityBureau.PostAsync($"/api/organisations/{organisationId}/approve")).ShouldBeOkAsync();
        return await signIn.AsAsync(email, Password);
    }

    /// <summary>Registers a university (of 鄞州区 unless told) as an anonymous visitor of any node, has the city bureau
    /// approve it, and returns the e-mail its first account signs in with (password <see cref="Password"/>).</summary>
    public static async Task<string> RegisterApprovedUniversityAsync(HttpClient anonymous, HttpClient cityBureau, string district = "330212")
    {
        var n = Interlocked.Increment(ref _registrations);
        var email = $"ttc-{Guid.NewGuid():N}@example.edu.cn";
        var registration = await anonymous.PostAsync(
            "/api/organisations/registrations", Registration(OrganisationKind.University, district, $"甬江测试大学第{n}分院", email));
        var organisationId = (await registration.ShouldBeOkAsync<RegistrationReceipt>()).Id;
        await (await cityBureau.PostAsync($"/api/organisations/{organisationId}/approve")).ShouldBeOkAsync();
        return email;
    }
}
