using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>The per-request services a command needs, bound as one <c>[AsParameters]</c> argument: who asks, the
/// session that writes, the one clock, the HTTP context (If-Match in, ETag out) and the request's cancellation.</summary>
public readonly record struct RequestContext(Actor Actor, IDocumentSession Session, TimeProvider Clock, HttpContext Http, CancellationToken Cancellation)
{
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Starts a stream with a decision's events, and whatever must commit with them (a unique claim, another stream);
    /// 201 with the location, the answer and the first version as ETag. A create that is refused anyway says why before
    /// it says that If-Match cannot hold (RFC 9110 §13.2.1).
    /// </summary>
    public async Task<IResult> StartAsync<TState, TAnswer>(Guid id, Decision decision, string location, TAnswer answer, Action<IDocumentSession>? alongside = null)
        where TState : class
    {
        if (decision.Error is { } error)
        {
            return Problems.From(error);
        }

        if (ETags.RefuseOnCreate(Http.Request) is { } refused)
        {
            return refused;
        }

        Session.Events.StartStream<TState>(id, [.. decision.Events]);
        alongside?.Invoke(Session);
        await Session.SaveChangesAsync(Cancellation);
        Http.Response.SetETag(decision.Events.Count);
        return TypedResults.Created(location, answer);
    }
}
