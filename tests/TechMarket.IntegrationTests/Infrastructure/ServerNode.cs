using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A real server process (the built TechMarket.Server, on Kestrel) on a database the test owns, with its own
/// settings — for example its own clock offset. Disposing it stops it (SIGTERM, then SIGKILL if it hangs).</summary>
public sealed class ServerNode : IAsyncDisposable
{
    /// <summary>The redirect URI the sign-in helpers use; each node registers it for the web client.</summary>
    public const string RedirectUri = TechMarketHost.RedirectUri;

    /// <summary>A second process starting cold (JIT, Marten's schema check, the search index) on two busy cores once
    /// took over two minutes.</summary>
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(5);

    /// <summary>The last lines the process wrote (its log, at the level its settings give), for a test's failure message.</summary>
    private const int OutputKept = 500;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
    }

    /// <summary>The process's last lines of output, oldest first.</summary>
    public string Output => string.Join('\n', _output);

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputKept)
        {
            _output.TryDequeue(out _);
        }
    }

    public Uri Address { get; }

    /// <summary>The server's process, for tests that kill it the hard way.</summary>
    public Process Process => _process;

    public static async Task<ServerNode> StartAsync(string workingDirectory, string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(Program).Assembly.Location, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        // Empty: the server runs its own embedded cluster (EmbeddedPostgres:DataDirectory in the settings).
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Auth__AllowHttp"] = "true";
        start.Environment["Auth__WebRedirectUris__0"] = RedirectUri;
        start.Environment["Auth__LoginPermitsPerMinute"] = "1000";
        start.Environment["Auth__TokenPermitsPerMinute"] = "1000";
        start.Environment["Search__IndexDirectory"] = Path.Combine(workingDirectory, $"search-{port}"); // every node its own
        foreach (var (name, value) in settings)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        var node = new ServerNode(process, new Uri($"http://127.0.0.1:{port}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = node.Address };
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < ReadyWithin)
        {
            if (process.HasExited)
            {
                throw new ShouldAssertException("The server exited during start-up.");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return node;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        await node.DisposeAsync();
        throw new ShouldAssertException($"The server did not become ready within {ReadyWithin.TotalMinutes} minutes.");
    }

    /// <summary>A user of this node, signed in through its own login page with the authorization code flow.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = SignIn.DemoPassword)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
        };
        var pkce = Pkce.New();
        var code = await SignIn.CodeAsync(browser, email, password, pkce);
        var tokens = await SignIn.RedeemAsync(browser, code, pkce.Verifier);
        var api = new HttpClient { BaseAddress = Address };
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
