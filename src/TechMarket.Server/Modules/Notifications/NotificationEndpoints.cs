using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Realtime;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>Read notices up to a sequence (all of the caller's up to it, so a client marks what it showed at once).</summary>
public sealed record MarkReadRequest(long UpTo);

/// <summary>The caller's notices after a sequence, and how many are unread in all.</summary>
public sealed record NoticePage(IReadOnlyList<NoticeMessage> Items, long LastSequence, int Unread);

public sealed class NoticeFeed(IDocumentStore store) : INoticeFeed
{
    public const int MaxPage = 200;

    public async Task<IReadOnlyList<object>> AfterAsync(Guid userId, long after, CancellationToken ct) =>
        (await PageAsync(store, userId, after, MaxPage, ct)).Cast<object>().ToList();

    public static async Task<IReadOnlyList<NoticeMessage>> PageAsync(IDocumentStore store, Guid userId, long after, int limit, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.Query<Notification>()
                .Where(n => n.UserId == userId && n.Sequence > after)
                .OrderBy(n => n.Sequence)
                .Take(limit)
                .ToListAsync(ct))
            .Select(NoticeMessage.From)
            .ToList();
    }
}

public static class NotificationEndpoints
{
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/notifications").WithTags("Notifications");
        notices.MapGet("/", async Task<IResult> (Actor actor, IDocumentStore store, IQuerySession session, string? after, int? limit, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (!TryParseSequence(after, out var last))
                {
                    errors["after"] = ["The sequence number of the last notice seen: up to 18 digits (or leave it out to start from the first)."];
                }

                if (limit is < 1 or > NoticeFeed.MaxPage)
                {
                    errors["limit"] = [$"1 to {NoticeFeed.MaxPage} notices."];
                }

                if (errors.Count > 0)
                {
                    return Problems.Validation(errors);
                }

                var items = await NoticeFeed.PageAsync(store, actor.UserId, last, limit ?? 50, ct);
                var counter = await session.LoadAsync<NotificationCounter>(actor.UserId, ct);
                var unread = await session.Query<Notification>().CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);
                return TypedResults.Ok(new NoticePage(items, counter?.LastSequence ?? 0, unread));
            })
            .RequireAuthorization(Policies.User)
            .Produces<NoticePage>()
            .WithSummary("Your notices after a sequence number, oldest first (a reconnecting client sends the last one it saw)");
        notices.MapPost("/read", async (MarkReadRequest request, Actor actor, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow();
                var unread = await session.Query<Notification>()
                    .Where(n => n.UserId == actor.UserId && n.ReadAt == null && n.Sequence <= request.UpTo)
                    .ToListAsync(ct);
                foreach (var notice in unread)
                {
                    notice.ReadAt = now;
                }

                session.Store(unread.ToArray());
                await session.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.User)
            .RefusesIfMatch()
            .Validate<MarkReadRequest>()
            .WithSummary("Mark your notices read up to a sequence number");
        return app;
    }

    /// <summary>A sequence number is a cursor, not a small count: digits only (no sign, no exponent), at most 18 of them.</summary>
    private static bool TryParseSequence(string? text, out long sequence)
    {
        sequence = 0;
        return text is null || (text.Length is > 0 and <= 18 && text.All(char.IsAsciiDigit) && long.TryParse(text, out sequence));
    }
}

public sealed class MarkReadValidator : AbstractValidator<MarkReadRequest>
{
    /// <summary>A user's sequence stays far below this; anything above is a mistake, not a wish to read the future.</summary>
    public const long MaxSequence = 1_000_000_000;

    public MarkReadValidator() => RuleFor(r => r.UpTo).InclusiveBetween(0, MaxSequence);
}
