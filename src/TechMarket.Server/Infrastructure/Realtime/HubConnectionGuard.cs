using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Infrastructure.Realtime;

/// <summary>
/// Closes, within <see cref="RealtimeOptions.GuardMilliseconds"/>, every hub connection whose token was revoked —
/// signed out, account disabled, organisation suspended, refresh token replayed: the same log the API's token check
/// reads — or whose token expired, and logs each with its reason. It is the hub's only closer of either kind (SignalR's
/// CloseOnAuthenticationExpiration is off). Hub methods refuse such a connection at once as well (<see cref="RefuseRevokedCalls"/>).
/// </summary>
public sealed class HubConnectionGuard(
    HubConnections connections, RevocationCache revocations, TimeProvider clock, IOptions<RealtimeOptions> options, ILogger<HubConnectionGuard> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.GuardMilliseconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var closed in connections.CloseRefused(revocations, clock.GetUtcNow()))
            {
                logger.LogInformation("Closed hub connection {Connection} of user {User}: {Reason}", closed.ConnectionId, closed.User, closed.Reason);
            }
        }
    }
}
