using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>Read notices up to a sequence (all of the caller's up to it, so a client marks what it showed at once).</summary>
public sealed record MarkReadRequest(long UpTo);

public sealed class MarkReadValidator : AbstractValidator<MarkReadRequest>
{
    /// <summary>A user's sequence stays far below this; anything above is a mistake, not a wish to read the future.</summary>
    public const long MaxSequence = 1_000_000_000;

    public MarkReadValidator() => RuleFor(r => r.UpTo).InclusiveBetween(0, MaxSequence);
}

/// <summary>Read state is a document of the user's own, not a stream: nothing decides on it, and nobody else sees it.</summary>
public static class MarkNoticesReadEndpoint
{
    public static RouteGroupBuilder MapMarkNoticesRead(this RouteGroupBuilder notices)
    {
        notices.MapPost("/read", Handle)
            .RequireAuthorization(Policies.User)
            .RefusesIfMatch()
            .Validate<MarkReadRequest>()
            .WithSummary("Mark your notices read up to a sequence number");
        return notices;
    }

    private static async Task<NoContent> Handle(MarkReadRequest body, [AsParameters] RequestContext request)
    {
        var unread = await request.Session.Query<Notification>()
            .Where(n => n.UserId == request.Actor.UserId && n.ReadAt == null && n.Sequence <= body.UpTo)
            .ToListAsync(request.Cancellation);
        var now = request.Now;
        foreach (var notice in unread)
        {
            notice.ReadAt = now;
        }

        request.Session.Store([.. unread]);
        await request.Session.SaveChangesAsync(request.Cancellation);
        return TypedResults.NoContent();
    }
}
