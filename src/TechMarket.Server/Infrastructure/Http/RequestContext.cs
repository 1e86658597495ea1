using Marten;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>The per-request services a command needs, bound as one <c>[AsParameters]</c> argument: who asks, the
/// session that writes, the one clock, the HTTP context (If-Match in, ETag out) and the request's cancellation.</summary>
public readonly record struct RequestContext(Actor Actor, IDocumentSession Session, TimeProvider Clock, HttpContext Http, CancellationToken Cancellation)
{
    public DateTimeOffset Now => Clock.GetUtcNow();
}
