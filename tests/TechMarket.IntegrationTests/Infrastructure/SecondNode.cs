using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A second server node on the test host's database, as behind a load balancer: same issuer, same
/// signing certificate and key ring, its own memory (rate limits, revocation cache). A longer
/// <paramref name="revocationPoll"/> keeps revocations away from it, so what refuses a request there is the command itself.
/// With a <paramref name="connectionString"/> it is a node of another database instead (one a test prepared).</summary>
public sealed class SecondNode(TechMarketHost first, TimeSpan? revocationPoll = null, string? connectionString = null) : ServerFactory
{
    private readonly string _search = TestCluster.NewDirectory("search");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestCluster.Delete(_search);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString ?? first.ConnectionString);
        builder.UseSetting("Auth:AllowHttp", "true");
        builder.UseSetting("Auth:Issuer", TechMarketHost.Issuer);
        builder.UseSetting("Auth:RevocationPollSeconds", (revocationPoll ?? TechMarketHost.RevocationPoll).TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Auth:WebRedirectUris:0", TechMarketHost.RedirectUri);
        builder.UseSetting("Auth:IntegrationClientSecret", TechMarketHost.IntegrationSecret);
        builder.UseSetting("Auth:AccessTokenMinutes", "10080");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Search:IndexDirectory", Path.Combine(_search, "index"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(first.Clock));
    }

    public HttpClient CreateApiClient(string accessToken)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
