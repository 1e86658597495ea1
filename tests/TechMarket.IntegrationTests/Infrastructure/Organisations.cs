using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Infrastructure;

public static class Organisations
{
    public const string Password = "Str0ng-Passw0rd";

    private static int _registrations;

    /// <summary>Registers a university through the API, has the city bureau approve it, and signs its user in.</summary>
    public static async Task<HttpClient> ApprovedUniversityAsync(TechMarketHost host, SignIn signIn, HttpClient cityBureau)
    {
        using var anonymous = host.CreateBrowser(host.NextAddress());
        return await signIn.AsAsync(await RegisterApprovedUniversityAsync(anonymous, cityBureau), Password);
    }

    /// <summary>Registers a university of 鄞州区 as an anonymous visitor of any node, has the city bureau approve it, and
    /// returns the e-mail its first account signs in with (password <see cref="Password"/>).</summary>
    public static async Task<string> RegisterApprovedUniversityAsync(HttpClient anonymous, HttpClient cityBureau)
    {
        var n = Interlocked.Increment(ref _registrations);
        var email = $"ttc-{Guid.NewGuid():N}@example.edu.cn";
        var registration = await anonymous.PostAsync("/api/organisations/registrations", new
        {
            name = $"甬江测试大学第{n}分院",
            kind = "University",
            district = "330212",
            creditCode = CreditCode.Complete($"12330212MB{Random.Shared.Next(1000000, 9999999)}"),
            contactName = "技术转移办",
            email,
            password = Password,
        });
        var organisationId = (await registration.ShouldBeOkAsync<RegistrationReceipt>()).Id;
        await (await cityBureau.PostAsync($"/api/organisations/{organisationId}/approve")).ShouldBeOkAsync();
        return email;
    }
}
