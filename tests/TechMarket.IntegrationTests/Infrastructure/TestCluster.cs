using Microsoft.Extensions.Logging.Abstractions;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster for one test run, started with the server's own embedded-cluster code.
/// TECHMARKET_TEST_POSTGRES points the tests at an existing server instead.</summary>
public static class TestCluster
{
    public static string NewDirectory(string purpose)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"techmarket-tests-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static Task<EmbeddedPostgres> StartAsync(string directory) =>
        EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataDirectory = Path.Combine(directory, "postgres") },
            directory,
            NullLogger.Instance);

    public static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A cluster that did not stop cleanly leaves files behind in /tmp; not worth failing a run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
