using Microsoft.Extensions.Options;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// Keeps this node's <see cref="RevocationCache"/> in step with the revocation log: the whole log at start
/// (before the node takes requests), then what was recorded since, every Auth:RevocationPollSeconds. A poll is one
/// indexed query on a small table; the access tokens themselves are checked in memory.
/// </summary>
public sealed class RevocationFeed(TokenRevocations log, RevocationCache cache, IOptions<AuthOptions> options, ILogger<RevocationFeed> logger)
    : BackgroundService
{
    private static readonly TimeSpan CommitLag = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private DateTimeOffset _lastRead;
    private DateTimeOffset _lastPrune;

    private TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(options.Value.AccessTokenMinutes);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var read = await log.ReadAllAsync(AccessTokenLifetime + CommitLag, cancellationToken);
        cache.Apply(read);
        _lastRead = _lastPrune = read.ReadAt;
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.RevocationPollSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the revocation log; revoked tokens may open the API on this node until it can");
            }
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var read = await log.ReadSinceAsync(_lastRead - CommitLag, ct);
        cache.Apply(read);
        _lastRead = read.ReadAt;
        if (read.ReadAt - _lastPrune > PruneEvery)
        {
            _lastPrune = read.ReadAt;
            cache.Forget(read.ReadAt - AccessTokenLifetime - CommitLag);
            await log.PruneAsync(AccessTokenLifetime, TimeSpan.FromDays(options.Value.RefreshTokenDays), ct);
        }
    }
}
