using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Security;

/// <summary>Clients for the callers the security tests play: a demo account by e-mail, the machine client, or nobody.</summary>
public static class Callers
{
    public const string Anonymous = "anonymous";
    public const string Integration = "integration";

    public static async Task<HttpClient> ForAsync(TechMarketHost host, SignIn signIn, string who)
    {
        if (who == Anonymous)
        {
            return host.CreateBrowser(host.NextAddress());
        }

        if (who == Integration)
        {
            using var machine = host.CreateBrowser(host.NextAddress());
            var tokens = await SignIn.TokenAsync(machine, new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = "techmarket-integration",
                ["client_secret"] = TechMarketHost.IntegrationSecret, ["scope"] = "api",
            });
            return host.CreateApiClient(tokens.AccessToken!);
        }

        return await signIn.AsAsync(who);
    }
}
