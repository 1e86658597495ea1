using Marten;
using TechMarket.Server.Infrastructure.Realtime;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>A user's stored notices after a sequence, oldest first: for the hub's CatchUp and the HTTP list.</summary>
public sealed class NoticeFeed(IDocumentStore store) : INoticeFeed
{
    public const int MaxPage = 200;

    public async Task<IReadOnlyList<object>> AfterAsync(Guid userId, long after, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return [.. await PageAsync(session, userId, after, MaxPage, ct)];
    }

    public static async Task<IReadOnlyList<NoticeMessage>> PageAsync(IQuerySession session, Guid userId, long after, int limit, CancellationToken ct) =>
        [.. (await session.Query<Notification>()
                .Where(n => n.UserId == userId && n.Sequence > after)
                .OrderBy(n => n.Sequence)
                .Take(limit)
                .ToListAsync(ct))
            .Select(NoticeMessage.From)];
}
