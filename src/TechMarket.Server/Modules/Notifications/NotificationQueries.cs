using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>The caller's notices after a sequence, and how many are unread in all.</summary>
public sealed record NoticePage(IReadOnlyList<NoticeMessage> Items, long LastSequence, int Unread);

/// <summary>Each user reads only its own notices.</summary>
public static class NotificationQueries
{
    public const int DefaultPage = 50;

    public static RouteGroupBuilder MapNotificationQueries(this RouteGroupBuilder notices)
    {
        notices.MapGet("/", List)
            .RequireAuthorization(Policies.User)
            .WithSummary("Your notices after a sequence number, oldest first (a reconnecting client sends the last one it saw)");
        return notices;
    }

    private static async Task<Results<Ok<NoticePage>, ValidationProblem>> List(Actor actor, IQuerySession session, string? after, int? limit, CancellationToken ct)
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

        var items = await NoticeFeed.PageAsync(session, actor.UserId, last, limit ?? DefaultPage, ct);
        var counter = await session.LoadAsync<NotificationCounter>(actor.UserId, ct);
        var unread = await session.Query<Notification>().CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, ct);
        return TypedResults.Ok(new NoticePage(items, counter?.LastSequence ?? 0, unread));
    }

    /// <summary>A sequence number is a cursor, not a small count: digits only (no sign, no exponent), at most 18 of them.</summary>
    private static bool TryParseSequence(string? text, out long sequence)
    {
        sequence = 0;
        return text is null || (text.Length is > 0 and <= 18 && text.All(char.IsAsciiDigit) && long.TryParse(text, out sequence));
    }
}
