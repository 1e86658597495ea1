using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>
/// Converts trials that reached their end date (China time, on the injected clock) into their contracts. Every node
/// runs it; the trial stream's optimistic concurrency makes one of them win: a trial and its contract are written in
/// one transaction at the version the converter read (<see cref="StreamCommands.DecideBothAsync{TState, TOther}"/>), so a
/// second node's attempt fails as a whole, is decided again on the converted trial, and writes nothing.
/// </summary>
public sealed class TrialConverter(IDocumentStore store, TimeProvider clock, IOptions<TrialOptions> options, ILogger<TrialConverter> logger)
    : PeriodicService(TimeSpan.FromSeconds(Math.Max(options.Value.PollSeconds, 0.1)), runAtStart: false, logger)
{
    protected override string Work => "Converting due trials";

    private static readonly DomainError Missing = DomainError.NotFound("not-found", "The trial was not found.");

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
            var sides = await TrialSidesAsync(session, id, ct);
            var command = new ConvertTrial(Guid.CreateVersion7(), clock.GetUtcNow(), sides);
            // The trial and its contract commit together at the trial's version: a node that loses the race to another
            // decides again on the converted trial, which is no longer due, and writes nothing.
            var decision = await session.DecideBothAsync<Trial, Contract>(id, command.ContractId,
                (trial, _) => trial is null ? (Missing, Missing) : ConvertTrial.Decide(trial, command), ct);
            if (decision.Error is { Code: "party-suspended" })
            {
                logger.LogInformation("Trial {Trial} waits for its conversion: a side is suspended by its bureau", id);
                continue;
            }

            if (decision.IsRefused)
            {
                logger.LogInformation("Trial {Trial} was converted or declined elsewhere meanwhile", id);
                continue;
            }

            converted++;
        }

        return converted;
    }

    private static async Task<IReadOnlyList<Organisation>> TrialSidesAsync(IQuerySession session, Guid trialId, CancellationToken ct) =>
        await session.LoadAsync<TrialDetails>(trialId, ct) is { } trial
            ? await session.LoadManyAsync<Organisation>(ct, trial.Buyer.OrganisationId, trial.Seller.OrganisationId)
            : [];
}
