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
            return await SignIn.IntegrationClientAsync(host);
        }

        return await signIn.AsAsync(who);
    }
}
