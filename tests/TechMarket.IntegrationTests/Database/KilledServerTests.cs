using System.Diagnostics;
using System.Net;
using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Database;

/// <summary>The real server process on its embedded cluster: killed with SIGKILL, then started again.</summary>
public sealed class KilledServerTests
{
    private readonly string _directory = TestCluster.NewDirectory("killed");
    private readonly List<ServerNode> _servers = [];

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
            await server.DisposeAsync();
        }

        await TestCluster.DeleteAsync(_directory);
    }

    private string LockFile => Path.Combine(TestCluster.DataDirectory(_directory), "postmaster.pid");

    /// <summary>The server on its own embedded cluster in the test's directory, as <c>scripts/run.sh</c> runs it.</summary>
    private async Task<ServerNode> StartServerAsync()
    {
        var server = await ServerNode.StartAsync(
            _directory, connectionString: string.Empty, new Dictionary<string, string> { ["EmbeddedPostgres:DataDirectory"] = TestCluster.DataDirectory(_directory) });
        _servers.Add(server);
        return server;
    }
}
