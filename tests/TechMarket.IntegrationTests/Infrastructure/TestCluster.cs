using Microsoft.Extensions.Logging.Abstractions;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster for one test run, started with the server's own embedded-cluster code.
/// TECHMARKET_TEST_POSTGRES points the tests at an existing server instead.</summary>
public static class TestCluster
{
    /// <summary>Set by scripts/test.sh to a directory of its own run: every cluster and server directory goes under it,
    /// so the script's trap removes exactly this run's, never those of another run beside it.</summary>
    public const string RunDirectoryVariable = "TECHMARKET_TEST_RUN_DIR";

    private static string Parent =>
        Environment.GetEnvironmentVariable(RunDirectoryVariable) is { Length: > 0 } run ? run : Path.GetTempPath();

    public static string NewDirectory(string purpose)
    {
        var directory = Path.Combine(Parent, $"techmarket-tests-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static Task<EmbeddedPostgres> StartAsync(string directory) =>
        EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = DataDirectory(directory) },
            directory,
            NullLogger.Instance);

    /// <summary>Where <see cref="StartAsync"/> (and a server started with this directory) keeps the cluster.</summary>
    public static string DataDirectory(string directory) => Path.Combine(directory, "postgres");

    /// <summary>The end of a host's cluster: stops it if it started, then removes its directory if one was made.</summary>
    public static async Task StopAndDeleteAsync(EmbeddedPostgres? cluster, string? directory)
    {
        if (cluster is not null)
        {
            await cluster.StopAsync();
        }

        if (directory is not null)
        {
            await DeleteAsync(directory);
        }
    }

    /// <summary>Stops a cluster that a failed or killed test left running in the directory, then removes the directory.</summary>
    public static async Task DeleteAsync(string directory)
    {
        var data = DataDirectory(directory);
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                await ProcessRunner.RunAsync(
                    PostgresBinaries.Locate(null).PgCtl, ["stop", "-D", data, "-m", "immediate", "-w", "-t", "60"], CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // pg_ctl found no server behind the lock file: nothing was left running.
            }
        }

        Delete(directory);
    }

    /// <summary>Removes a directory the test made (a node's search index, say), quietly if something holds a file.</summary>
    public static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Files left behind are removed with the run's directory by scripts/test.sh; not worth failing a test for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
