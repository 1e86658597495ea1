using System.Diagnostics;
using Npgsql;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Postgres;

namespace TechMarket.IntegrationTests.Database;

/// <summary>The private cluster the server starts when no connection string is configured.</summary>
public sealed class EmbeddedPostgresTests : IAsyncLifetime
{
    private readonly string _directory = TestCluster.NewDirectory("embedded");

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A test that failed half-way may leave its cluster running: stop it before removing the directory.</summary>
    public Task DisposeAsync() => TestCluster.DeleteAsync(_directory);

    [Fact]
    public async Task It_creates_a_cluster_with_the_database_and_stops_it()
    {
        var cluster = await TestCluster.StartAsync(_directory);

        (await ScalarAsync(cluster.ConnectionString, "select current_database()")).ShouldBe("techmarket");
        File.Exists(Path.Combine(_directory, "postgres", "PG_VERSION")).ShouldBeTrue();

        await cluster.StopAsync();
        await Should.ThrowAsync<NpgsqlException>(() => ScalarAsync(cluster.ConnectionString, "select 1"));
        File.Exists(Path.Combine(_directory, "postgres", "postmaster.pid")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_restart_reuses_the_data()
    {
        var first = await TestCluster.StartAsync(_directory);
        await ExecuteAsync(first.ConnectionString, "create table kept(v text); insert into kept values ('宁波')");
        await first.StopAsync();

        var second = await TestCluster.StartAsync(_directory);
        try
        {
            (await ScalarAsync(second.ConnectionString, "select v from kept")).ShouldBe("宁波");
        }
        finally
        {
            await second.StopAsync();
        }
    }

    [Fact]
    public async Task It_starts_after_the_server_was_killed_and_left_PostgreSQL_running()
    {
        var abandoned = await TestCluster.StartAsync(_directory);
        await ExecuteAsync(abandoned.ConnectionString, "create table kept(v int); insert into kept values (42)");
        NpgsqlConnection.ClearAllPools();

        // The server died without stopping its cluster: the next start must take over, not fail on the lock file.
        var next = await TestCluster.StartAsync(_directory);
        try
        {
            (await ScalarAsync(next.ConnectionString, "select v from kept")).ShouldBe(42);
            PostmasterPid().ShouldNotBeNull();
        }
        finally
        {
            await next.StopAsync();
        }
    }

    [Fact]
    public async Task It_starts_after_PostgreSQL_itself_was_killed_leaving_a_stale_lock_file()
    {
        var crashed = await TestCluster.StartAsync(_directory);
        await ExecuteAsync(crashed.ConnectionString, "create table kept(v int); insert into kept values (7)");
        NpgsqlConnection.ClearAllPools();
        var pid = PostmasterPid()!.Value;
        using (var postmaster = Process.GetProcessById(pid))
        {
            postmaster.Kill();
            await postmaster.WaitForExitAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1)); // its backends notice the postmaster is gone and exit
        File.Exists(Path.Combine(_directory, "postgres", "postmaster.pid")).ShouldBeTrue();

        var recovered = await TestCluster.StartAsync(_directory);
        try
        {
            (await ScalarAsync(recovered.ConnectionString, "select v from kept")).ShouldBe(7);
        }
        finally
        {
            await recovered.StopAsync();
        }
    }

    [Fact]
    public void A_data_directory_the_postgres_user_cannot_reach_moves_under_var_lib_when_root()
    {
        var locked = Path.Combine(_directory, "home-700");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var requested = Path.Combine(locked, "checkout", ".data", "postgres");

        var resolved = DataDirectoryLocator.Resolve(requested, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        if (Environment.UserName == "root")
        {
            resolved.ShouldStartWith(DataDirectoryLocator.FallbackRoot);
            resolved.ShouldEndWith("postgres");
            DataDirectoryLocator.Resolve(requested, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).ShouldBe(resolved);
        }
        else
        {
            resolved.ShouldBe(requested);
        }

        DataDirectoryLocator.IsWalkableByOthers(Path.GetTempPath()).ShouldBeTrue();
    }

    private int? PostmasterPid()
    {
        var lockFile = Path.Combine(_directory, "postgres", "postmaster.pid");
        return File.Exists(lockFile) && int.TryParse(File.ReadLines(lockFile).First(), out var pid) ? pid : null;
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
