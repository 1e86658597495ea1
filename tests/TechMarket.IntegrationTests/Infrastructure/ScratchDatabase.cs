using Npgsql;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>An empty database of its own on the test host's cluster, for a test that needs a schema from scratch;
/// dropped (with whatever is still connected to it) when disposed.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private ScratchDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(TechMarketHost host, string purpose)
    {
        var database = new ScratchDatabase(host.ConnectionString, $"{purpose}_{Guid.NewGuid():N}");
        await ExecuteAsync(host.ConnectionString, $"create database {database._name}");
        return database;
    }

    /// <summary>Runs the statements, with positional parameters ($1, $2, …) when values are given.</summary>
    public Task ExecuteAsync(string sql, params object[] values) => ExecuteAsync(ConnectionString, sql, values);

    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync(_server, $"drop database if exists {_name} with (force)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
