using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.Server.Infrastructure.Postgres;
using TechMarket.Server.Modules.Achievements;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>One server per test run, on a fresh PostgreSQL cluster, with the demo data seeded.</summary>
public sealed class TechMarketHost : ServerFactory, IAsyncLifetime
{
    public const string RedirectUri = "http://localhost/auth/callback";
    public const string IntegrationSecret = "integration-test-secret";

    /// <summary>The issuer the server is configured with (whatever Host header a request sends).</summary>
    public const string Issuer = "http://localhost/";

    /// <summary>How often the server reads the revocation log: a revoked token is refused at most this long after.</summary>
    public static readonly TimeSpan RevocationPoll = TimeSpan.FromMilliseconds(300);

    /// <summary>The one address the server trusts to forward client addresses.</summary>
    public static readonly IPAddress LoadBalancer = IPAddress.Parse("10.99.0.1");

    private string? _directory;
    private EmbeddedPostgres? _cluster;
    private int _nextAddress = 1;

    public string ConnectionString { get; private set; } = string.Empty;

    private readonly string _search = TestCluster.NewDirectory("search");

    /// <summary>This node's own search index (every node keeps its own), removed with the host.</summary>
    public string SearchIndexDirectory => Path.Combine(_search, "index");

    /// <summary>The server's clock; tests move it forward past deadlines.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The local stand-in the server's Stripe client talks to.</summary>
    public StripeStandIn Stripe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("TECHMARKET_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
        }
        else
        {
            _directory = TestCluster.NewDirectory("api");
            _cluster = await TestCluster.StartAsync(_directory);
            ConnectionString = _cluster.ConnectionString;
        }

        Stripe = await StripeStandIn.StartAsync();
        _ = Server; // builds and starts the host: migrations, reference data, demo data
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
        await TestCluster.StopAndDeleteAsync(_cluster, _directory);
        TestCluster.Delete(_search);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        builder.UseSetting("Auth:AllowHttp", "true");
        builder.UseSetting("Auth:Issuer", Issuer);
        builder.UseSetting("Auth:RevocationPollSeconds", RevocationPoll.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Auth:WebRedirectUris:0", RedirectUri);
        builder.UseSetting("Auth:IntegrationClientSecret", IntegrationSecret);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Challenges:ClosePollSeconds", "1");
        // Tests convert due trials themselves (ConvertDueTrialsAsync), so no conversion lands in another test's write watch.
        builder.UseSetting("Trials:PollSeconds", "86400");
        builder.UseSetting("Attachments:MaxFilesPerChallenge", "5");
        builder.UseSetting("Attachments:UnusedRetentionHours", "1");
        builder.UseSetting("Http:TrustedProxies:0", LoadBalancer.ToString());
        builder.UseSetting("Search:IndexDirectory", SearchIndexDirectory);
        builder.UseSetting("Stripe:SecretKey", StripeStandIn.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", StripeStandIn.WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", Stripe.Address);
        // Tests move the clock forward by hours; tokens signed in at the start must outlive that.
        builder.UseSetting("Auth:AccessTokenMinutes", "10080");
        // Every award is public for this long before it is final: one day, so that the clock the tests move past each
        // publicity stays far inside the tokens' week.
        builder.UseSetting("Challenges:PublicityDays", "1");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        ServerErrorLog.AddTo(builder, "api");
    }

    /// <summary>Closes bidding on every challenge past its deadline (and grace) by the server's clock, now, as the
    /// scheduler would at its next tick — so tests need not wait for that tick.</summary>
    public Task CloseDueBiddingAsync() => Services.GetRequiredService<BiddingCloser>().CloseDueAsync(CancellationToken.None);

    /// <summary>Converts every 先用后转 trial past its end date by the server's clock, now, as the converter would at its next tick.</summary>
    public Task<int> ConvertDueTrialsAsync() => Services.GetRequiredService<TrialConverter>().ConvertDueAsync(CancellationToken.None);

    /// <summary>Each client comes from its own address, as different people do; the rate limits are per address.</summary>
    public IPAddress NextAddress() => new([10, 77, (byte)(_nextAddress / 250), (byte)(1 + (Interlocked.Increment(ref _nextAddress) % 250))]);

    /// <summary>A client that keeps cookies, follows no redirects and comes from the given address.</summary>
    public HttpClient CreateBrowser(IPAddress address)
    {
        var handler = new CookieHandler { InnerHandler = Server.CreateHandler(context => context.Connection.RemoteIpAddress = address) };
        return new HttpClient(handler) { BaseAddress = Server.BaseAddress };
    }

    /// <summary>A client without a cookie jar, so a test sees every Set-Cookie as sent (e.g. over HTTPS).</summary>
    public HttpClient CreateRawClient(IPAddress address, string baseAddress = "http://localhost/") =>
        new(Server.CreateHandler(context => context.Connection.RemoteIpAddress = address)) { BaseAddress = new Uri(baseAddress) };

    public HttpClient CreateApiClient(string accessToken)
    {
        var client = CreateBrowser(NextAddress());
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private sealed class CookieHandler : DelegatingHandler
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var uri = request.RequestUri!;
            var header = _cookies.GetCookieHeader(uri);
            if (!string.IsNullOrEmpty(header))
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var cookie in setCookies)
                {
                    _cookies.SetCookies(uri, cookie);
                }
            }

            return response;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<TechMarketHost>
{
    public const string Name = "api";
}
