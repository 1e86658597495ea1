using Marten;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Http;

/// <summary>
/// What every endpoint is handed besides its route values and body, bound as one <c>[AsParameters]</c> argument:
/// who asks, the Marten session of the request, the one clock, the request itself and its cancellation.
/// </summary>
public sealed record RequestContext(Actor Actor, IDocumentSession Session, TimeProvider Clock, HttpContext Http, CancellationToken Cancellation)
{
    /// <summary>The time of the clock now; a command reads it once and carries it.</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();
}
