using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace TechMarket.Server.Infrastructure.Postgres;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own binaries: created on first start, reused
/// afterwards, recovered after a crash, stopped on dispose. Used when no connection string is configured.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly PostgresBinaries _binaries;
    private readonly ILogger _logger;
    private bool _stopped;

    private EmbeddedPostgres(PostgresBinaries binaries, string dataDirectory, int port, string connectionString, ILogger logger)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
        ConnectionString = connectionString;
        _logger = logger;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public string ConnectionString { get; }

    public static async Task<EmbeddedPostgres> StartAsync(
        EmbeddedPostgresOptions options, string contentRoot, ILogger logger, CancellationToken ct = default)
    {
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var dataDirectory = DataDirectoryLocator.Resolve(Path.GetFullPath(options.DataDirectory, contentRoot), logger);
        var home = Path.GetDirectoryName(dataDirectory)!;
        Directory.CreateDirectory(home);
        MakeTraversable(home);

        var password = await ReadOrCreatePasswordAsync(home, ct);
        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await InitialiseAsync(binaries, dataDirectory, home, options.UserName, password, logger, ct);
        }

        await RecoverFromCrashAsync(binaries, dataDirectory, logger, ct);

        var port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
        await ProcessRunner.RunAsync(binaries.PgCtl,
        [
            "start", "-D", dataDirectory, "-w", "-t", "120", "-l", Path.Combine(dataDirectory, "server.log"),
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections={options.MaxConnections}",
        ], ct);

        var server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = options.UserName,
            Password = password,
            Database = "postgres",
        };
        await EnsureDatabaseAsync(server.ConnectionString, options.Database, ct);
        server.Database = options.Database;

        logger.LogInformation("Embedded PostgreSQL running on 127.0.0.1:{Port} with data in {DataDirectory}", port, dataDirectory);
        return new EmbeddedPostgres(binaries, dataDirectory, port, server.ConnectionString, logger);
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        NpgsqlConnection.ClearAllPools();
        await ProcessRunner.RunAsync(_binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], CancellationToken.None);
        _logger.LogInformation("Embedded PostgreSQL stopped");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task InitialiseAsync(
        PostgresBinaries binaries, string dataDirectory, string home, string user, string password, ILogger logger, CancellationToken ct)
    {
        logger.LogInformation("Creating a PostgreSQL cluster in {DataDirectory}", dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        await ProcessRunner.HandOverAsync(dataDirectory, ct);

        // initdb reads the superuser password from a file; it lives only for the call.
        var passwordFile = Path.Combine(home, $"initdb-{Guid.NewGuid():N}.pw");
        await File.WriteAllTextAsync(passwordFile, password, ct);
        try
        {
            await ProcessRunner.HandOverAsync(passwordFile, ct);
            await ProcessRunner.RunAsync(binaries.InitDb,
            [
                "-D", dataDirectory, "-U", user, "--pwfile", passwordFile,
                "--auth", "scram-sha-256", "--encoding", "UTF8", "--locale", "C",
            ], ct);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// A server killed mid-flight leaves its postmaster running (an orphan) or a postmaster.pid naming a
    /// dead or reused process. Stop the orphan; remove a lock file whose process is not a postmaster.
    /// </summary>
    private static async Task RecoverFromCrashAsync(PostgresBinaries binaries, string dataDirectory, ILogger logger, CancellationToken ct)
    {
        var lockFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(lockFile))
        {
            return;
        }

        var firstLine = (await File.ReadAllLinesAsync(lockFile, ct)).FirstOrDefault();
        if (int.TryParse(firstLine, out var pid) && IsPostmaster(pid))
        {
            logger.LogWarning("Stopping a PostgreSQL server (pid {Pid}) left running by an earlier start", pid);
            await ProcessRunner.RunAsync(binaries.PgCtl, ["stop", "-D", dataDirectory, "-m", "fast", "-w", "-t", "60"], ct);
            return;
        }

        logger.LogWarning("Removing a stale postmaster.pid (pid {Pid} is not running)", firstLine);
        File.Delete(lockFile);
    }

    private static bool IsPostmaster(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline");
            return commandLine.Contains("postgres", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task EnsureDatabaseAsync(string serverConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<string> ReadOrCreatePasswordAsync(string home, CancellationToken ct)
    {
        var secretFile = Path.Combine(home, "postgres.secret");
        if (File.Exists(secretFile))
        {
            return (await File.ReadAllTextAsync(secretFile, ct)).Trim();
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(secretFile, password, Encoding.ASCII, ct);
        File.SetUnixFileMode(secretFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return password;
    }

    private static void MakeTraversable(string directory)
    {
        if (!ProcessRunner.IsRoot)
        {
            return;
        }

        var mode = File.GetUnixFileMode(directory);
        File.SetUnixFileMode(directory, mode | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
