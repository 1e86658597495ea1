using System.Data.Common;
using Weasel.Core;
using Weasel.Storage;

namespace TechMarket.Server.Infrastructure.Marten;

/// <summary>
/// A SELECT run in the unit of work's own batch, and so in its transaction, for what it locks or refuses: a
/// function that takes row locks and raises to stop the write. QueueSqlCommand is for statements that return
/// nothing; a statement that returns a result set has to be an operation that the batch reads past, as this one is.
/// </summary>
/// <param name="sql">The statement, with <c>?</c> for each parameter.</param>
public sealed class SqlCheck(string sql, params object[] parameters) : Weasel.Storage.IStorageOperation
{
    /// <summary>What Marten's own SQL operations report: no document type of their own.</summary>
    public Type DocumentType => typeof(global::Marten.Storage.StorageFeatures);

    public OperationRole Role() => OperationRole.Other;

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        // Each value bound as itself (uuid, uuid[], timestamptz), not as the text AppendWithDbParameters assumes.
        var pieces = sql.Split('?');
        builder.Append(pieces[0]);
        for (var i = 1; i < pieces.Length; i++)
        {
            builder.AppendParameter(parameters[i - 1]);
            builder.Append(pieces[i]);
        }
    }

    public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) => Task.CompletedTask;
}
