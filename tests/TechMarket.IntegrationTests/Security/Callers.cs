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

        return who == Integration ? await SignIn.IntegrationClientAsync(host) : await signIn.AsAsync(who);
    }

    /// <summary>The bearer token of a caller (the machine client's from client credentials); null for nobody.</summary>
    public static async Task<string?> TokenAsync(TechMarketHost host, SignIn signIn, string who) => who switch
    {
        Anonymous => null,
        Integration => await SignIn.IntegrationTokenAsync(host),
        _ => await signIn.CachedTokenAsync(who),
    };
}
