namespace TechMarket.Server.Infrastructure;

/// <summary>
/// Work a node repeats in the background on a fixed period (closing bidding at deadlines, sweeping unused uploads).
/// A failed round is logged and the next tick tries again; the service only stops with the host.
/// </summary>
public abstract class PeriodicService(TimeSpan period, bool runAtStart, ILogger logger) : BackgroundService
{
    /// <summary>What a round does, for the log line when it fails.</summary>
    protected abstract string Work { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period);
        if (runAtStart)
        {
            await RoundAsync(stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RoundAsync(stoppingToken);
        }
    }

    private async Task RoundAsync(CancellationToken ct)
    {
        try
        {
            await RunOnceAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "{Work} failed; retrying at the next tick", Work);
        }
    }
}
