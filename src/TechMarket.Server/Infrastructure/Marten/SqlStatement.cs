namespace TechMarket.Server.Infrastructure.Marten;

/// <summary>A statement with Marten's positional <c>?</c> placeholders and their values, in order: what a paged reader
/// runs through <c>IQuerySession.QueryAsync</c>, and what its plan test explains.</summary>
public sealed record SqlStatement(string Sql, object[] Parameters);
