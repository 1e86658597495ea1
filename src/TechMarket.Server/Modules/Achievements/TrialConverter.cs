using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>
/// Converts trials that reached their end date (China time, on the injected clock) into their contracts. Every node
/// runs it; the trial stream's optimistic concurrency makes one of them win: a trial and its contract are written in
/// one transaction at the version the converter read, so a second node's attempt fails as a whole and writes nothing.
/// </summary>
public sealed class TrialConverter(IDocumentStore store, TimeProvider clock, IOptions<TrialOptions> options, ILogger<TrialConverter> logger)
    : PeriodicService(TimeSpan.FromSeconds(Math.Max(options.Value.PollSeconds, 0.1)), runAtStart: false, logger)
{
    protected override string Work => "Converting due trials";

    protected override Task RunOnceAsync(CancellationToken ct) => ConvertDueAsync(ct);

    /// <summary>One pass; returns the trials this node converted.</summary>
    public async Task<int> ConvertDueAsync(CancellationToken ct)
    {
        var today = clock.Today();
        IReadOnlyList<Guid> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<TrialDetails>().Where(t => t.Status == TrialStatus.Active && t.EndsOn <= today).Select(t => t.Id).ToListAsync(ct);
        }

        var converted = 0;
        foreach (var id in due)
        {
            await using var session = store.LightweightSession();
            var trial = await session.Events.FetchForWriting<Trial>(id, ct);
            var (onTrial, onContract) = ConvertTrial.Decide(trial.Aggregate!, new ConvertTrial(Guid.CreateVersion7(), clock.GetUtcNow()));
            if (onTrial.IsRefused)
            {
                continue;
            }

            trial.AppendMany(onTrial.Events);
            session.Events.StartStream<Contract>(onTrial.Events.OfType<TrialConverted>().Single().ContractId, [.. onContract.Events]);
            try
            {
                await session.SaveChangesAsync(ct);
                converted++;
            }
            catch (Exception e) when (e is ConcurrencyException or ExistingStreamIdCollisionException)
            {
                logger.LogInformation("Trial {Trial} was converted or declined elsewhere meanwhile", id);
            }
        }

        return converted;
    }
}
