using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Database;

/// <summary>The real server process on its embedded cluster: killed with SIGKILL, then started again.</summary>
public sealed class KilledServerTests
{
    private readonly string _directory = TestCluster.NewDirectory("killed");
    private readonly List<Process> _servers = [];

    [Fact]
    public async Task The_server_starts_again_after_being_killed_and_stops_its_cluster_on_a_clean_shutdown()
    {
        try
        {
            var first = await StartServerAsync();
            first.Process.Kill(entireProcessTree: false); // SIGKILL: no shutdown hooks, PostgreSQL is left running
            await first.Process.WaitForExitAsync();
            File.Exists(LockFile).ShouldBeTrue();

            var second = await StartServerAsync();
            using (var client = new HttpClient { BaseAddress = second.Address })
            {
                (await client.GetAsync("/api/reference/districts")).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            using (var term = Process.Start("kill", ["-TERM", second.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            await second.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            File.Exists(LockFile).ShouldBeFalse();
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    /// <summary>However the test ended: no server process, no PostgreSQL it left running, no directory.</summary>
    private async Task CleanUpAsync()
    {
        foreach (var server in _servers)
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }

            server.Dispose();
        }

        await TestCluster.DeleteAsync(_directory);
    }

    private string LockFile => Path.Combine(TestCluster.DataDirectory(_directory), "postmaster.pid");

    private async Task<(Process Process, Uri Address)> StartServerAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(Program).Assembly.Location, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["EmbeddedPostgres__DataDirectory"] = TestCluster.DataDirectory(_directory);
        start.Environment["ConnectionStrings__Postgres"] = string.Empty;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        _servers.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            process.HasExited.ShouldBeFalse("The server exited during start-up.");
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return (process, address);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new ShouldAssertException("The server did not become ready within a minute.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
