namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>What a client that reconnects asks for: the caller's stored notices after the last sequence it saw.</summary>
public interface INoticeFeed
{
    Task<IReadOnlyList<object>> AfterAsync(Guid userId, long after, CancellationToken ct);
}
