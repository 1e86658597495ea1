using System.Data;
using Marten;
using Npgsql;
using NpgsqlTypes;
using TechMarket.Server.Infrastructure.Marten;
using Weasel.Postgresql.Tables;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The bytes in a bytea table of the same PostgreSQL, streamed both ways by Npgsql. Bid attachments live in
/// <c>attachment_content</c>; another module keeps its files in a table of its own (contract files do), so that the
/// attachment sweeper never sees them.</summary>
internal sealed class PostgresAttachmentContent(string connectionString, string tableName = PostgresAttachmentContent.BidAttachments)
    : IAttachmentContent, IAsyncDisposable
{
    public const string BidAttachments = "attachment_content";

    private readonly string _table = $"{MartenSetup.Schema}.{tableName}";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public static void Configure(StoreOptions options, string tableName = BidAttachments)
    {
        var table = new Table($"{MartenSetup.Schema}.{tableName}");
        table.AddColumn("id", "uuid").AsPrimaryKey();
        table.AddColumn("content", "bytea").NotNull();
        table.AddColumn("stored_at", "timestamptz").NotNull();
        options.Storage.ExtendedSchemaObjects.Add(table);
    }

    public async Task WriteAsync(Guid id, Stream content, DateTimeOffset storedAt, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"insert into {_table} (id, content, stored_at) values ($1, $2, $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        // A seekable stream: Npgsql knows its length up front and copies it to the server in buffer-sized pieces.
        command.Parameters.Add(new NpgsqlParameter { Value = content, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new NpgsqlParameter { Value = storedAt });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<Stream?> OpenReadAsync(Guid id, CancellationToken ct)
    {
        var connection = await _dataSource.OpenConnectionAsync(ct);
        try
        {
            var command = new NpgsqlCommand($"select content from {_table} where id = $1", connection) { Parameters = { new() { Value = id } } };
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
            if (!await reader.ReadAsync(ct))
            {
                await reader.DisposeAsync();
                await command.DisposeAsync();
                await connection.DisposeAsync();
                return null;
            }

            return new ColumnStream(reader.GetStream(0), reader, command, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var command = _dataSource.CreateCommand($"delete from {_table} where id = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> StoredBeforeAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand($"select id from {_table} where stored_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = cutoff });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The column's stream, owning the reader, command and connection it reads from.</summary>
    private sealed class ColumnStream(Stream inner, NpgsqlDataReader reader, NpgsqlCommand command, NpgsqlConnection connection) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => inner.ReadAsync(buffer, ct);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => inner.ReadAsync(buffer, offset, count, ct);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await reader.DisposeAsync();
            await command.DisposeAsync();
            await connection.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                reader.Dispose();
                command.Dispose();
                connection.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
