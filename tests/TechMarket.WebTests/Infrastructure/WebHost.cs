using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.WebTests.Infrastructure;

/// <summary>
/// The real server on a real Kestrel port, on a fresh PostgreSQL cluster with the demo data, serving the built web
/// app (web/dist, built by scripts/build-web.sh), and one headless Debian Chromium driven by Playwright. The clock is
/// the tests': bidding closes when a test moves it past the deadline.
/// </summary>
public sealed class WebHost : ServerFactory, IAsyncLifetime
{
    private string? _directory;
    private EmbeddedPostgres? _cluster;
    private string _connectionString = string.Empty;
    private readonly int _port = FreePort();

    public TestClock Clock { get; } = new();

    /// <summary>The local stand-in the server's Stripe client talks to; the tests sign its webhooks as Stripe does.</summary>
    public StripeStandIn Stripe { get; private set; } = null!;

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string Repository { get; } = FindRepository();

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(Repository, "web", "dist", "index.html")))
        {
            throw new InvalidOperationException("web/dist is missing: run scripts/build-web.sh (scripts/test.sh does) before the web tests.");
        }

        _directory = TestCluster.NewDirectory("web");
        _cluster = await TestCluster.StartAsync(_directory);
        _connectionString = _cluster.ConnectionString;
        Stripe = await StripeStandIn.StartAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, _port));
        StartServer();

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TECHMARKET_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Without the background-networking flags Chromium keeps calling home, which a closed network refuses.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        await DisposeAsync();
        if (Stripe is not null)
        {
            await Stripe.DisposeAsync();
        }

        await TestCluster.StopAndDeleteAsync(_cluster, _directory);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", _connectionString);
        builder.UseSetting("WebApp:Path", Path.Combine(Repository, "web", "dist"));
        builder.UseSetting("Auth:AllowHttp", "true");
        builder.UseSetting("Auth:WebRedirectUris:0", $"{BaseUrl}/auth/callback");
        builder.UseSetting("Auth:WebPostLogoutRedirectUris:0", $"{BaseUrl}/");
        // Five people sign in from the same loopback address; the per-address limits are for the internet.
        builder.UseSetting("Auth:LoginPermitsPerMinute", "1000");
        builder.UseSetting("Auth:TokenPermitsPerMinute", "1000");
        // The clock moves weeks forward to close bidding; tokens issued before must outlive that.
        builder.UseSetting("Auth:AccessTokenMinutes", "86400");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Challenges:ClosePollSeconds", "1");
        builder.UseSetting("Trials:PollSeconds", "1");
        // One expert scores in the five-person flow; the rule that three must is tested by the API tests.
        builder.UseSetting("Challenges:MinimumReviews", "1");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Search:IndexDirectory", Path.Combine(_directory ?? TestCluster.NewDirectory("web"), "search"));
        // Online payment on, against the local stand-in; no publishable key, so the browser never loads Stripe.js.
        builder.UseSetting("Stripe:SecretKey", StripeStandIn.SecretKey);
        builder.UseSetting("Stripe:WebhookSecret", StripeStandIn.WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", Stripe.Address);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        ServerErrorLog.AddTo(builder, "web");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TechMarket.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository (TechMarket.sln) above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebHost>
{
    public const string Name = "web";
}
