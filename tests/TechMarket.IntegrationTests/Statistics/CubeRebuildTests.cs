using CsCheck;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>
/// The cube as the HotCold daemon keeps it on PostgreSQL: for random ledgers appended as contract streams, every cell
/// the daemon wrote equals the cube folded from the same events, and a full rebuild of the projections writes the
/// same cells again. Each sample uses districts of its own, so samples and the demo data never share a cell.
/// </summary>
public sealed class CubeRebuildTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly TimeSpan CatchUp = TimeSpan.FromMinutes(2);
    private static readonly string[] Fields = ["0101", "0203", "04"];

    private static Gen<ContractEvent[]> Ledger(string[] districts) =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Enum<ContractType>(), Gen.OneOf(Fields), Gen.Enum<ContractOrigin>(),
            Gen.Int[0, 800], Gen.Int[1, 10_000_000],
            (kind, seller, buyer, type, field, origin, day, cents) =>
            {
                var on = new DateOnly(2024, 12, 1).AddDays(day);
                var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));
                var facts = new TransactionFacts(type, field, Guid.NewGuid(), districts[buyer], Guid.NewGuid(), districts[seller], origin, null, null, "R", "r");
                var amount = cents / 100m;
                return kind switch
                {
                    0 => (ContractEvent)new ContractRegistered(Guid.NewGuid(), facts.BuyerOrganisationId, facts.SellerOrganisationId, "R", on, Guid.NewGuid(), at, "r",
                        facts.BuyerDistrict, facts.SellerDistrict, [], type, amount, amount, field, origin, null, null, new RegistrationFlags(false, false, false, false), []),
                    1 => new TechnologyTransactionRecorded(Guid.NewGuid(), Guid.NewGuid(), amount, amount, 0m, on, facts, at),
                    _ => new TechnologyTransactionReversed(Guid.NewGuid(), Guid.NewGuid(), amount, amount, 0m, on, facts, at),
                };
            }).Array[1, 40];

    /// <summary>The cube of these events, summed here event by event (not by the projection's batch fold).</summary>
    private static Dictionary<CellKey, CubeMeasures> Folded(IEnumerable<ContractEvent> events, CubeGrain grain)
    {
        var cells = new Dictionary<CellKey, CubeMeasures>();
        foreach (var contribution in events.SelectMany(CubeFacts.From))
        {
            var key = contribution.Key.At(grain);
            cells[key] = cells.GetValueOrDefault(key, CubeMeasures.Zero) + contribution.Measures;
        }

        return cells;
    }

    /// <summary>A transaction line's content, compared by value (amounts as decimals, whatever their scale).</summary>
    private sealed record Line(
        Guid Id, TransactionLineKind Kind, Guid ContractId, Guid? PaymentId, string Number, DateOnly Day, ContractType Type, string Field, string FieldCode,
        ContractOrigin Origin, string Seller, string Buyer, Guid SellerOrganisation, Guid BuyerOrganisation, bool Brokered,
        decimal ContractAmount, decimal TechnologyAmount, decimal Settled, decimal VoucherAmount);

    private async Task<(Dictionary<CellKey, CubeMeasures> Days, Dictionary<CellKey, CubeMeasures> Months, List<Line> Lines, Dictionary<CellKey, CubeMeasures> AllOrigins)>
        StoredAsync(string[] districts)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var days = await CubeReader.CellsAsync(session, districts, CubeGrain.Day, CancellationToken.None);
        var months = await CubeReader.CellsAsync(session, districts, CubeGrain.Month, CancellationToken.None);
        var allOrigins = await CubeReader.CellsAsync(session, districts, CubeGrain.MonthAllOrigins, CancellationToken.None);
        var lines = (await session.Query<TransactionLine>().Where(l => l.SellerDistrict.IsOneOf(districts)).ToListAsync())
            .Select(l => new Line(l.Id, l.Kind, l.ContractId, l.PaymentId, l.RegistrationNumber, l.Day, l.Type, l.Field, l.FieldCode, l.Origin, l.SellerDistrict,
                l.BuyerDistrict, l.SellerOrganisationId, l.BuyerOrganisationId, l.Brokered, l.ContractAmount, l.TechnologyAmount, l.Settled, l.VoucherAmount))
            .ToList();
        return (days.ToDictionary(c => c.Key, c => c.Measures), months.ToDictionary(c => c.Key, c => c.Measures), lines,
            allOrigins.ToDictionary(c => c.Key, c => c.Measures));
    }

    [Fact]
    public async Task Every_cell_the_daemon_keeps_equals_the_fold_of_its_events_and_a_rebuild_writes_the_same()
    {
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        var samples = new List<(string[] Districts, ContractEvent[] Events)>();
        await Gen.Int[0, int.MaxValue].SelectMany(_ =>
        {
            var districts = Enumerable.Range(0, 3).Select(_ => "T" + Guid.NewGuid().ToString("N")[..8]).ToArray();
            return Ledger(districts).Select(events => (districts, events));
        }).SampleAsync(async sample =>
        {
            await using var session = store.LightweightSession();
            foreach (var e in sample.events)
            {
                session.Events.StartStream(Guid.NewGuid(), e);
            }

            await session.SaveChangesAsync();
            samples.Add(sample);
        }, iter: 5, threads: 1);

        await store.WaitForNonStaleProjectionDataAsync(CatchUp);
        var live = new List<(Dictionary<CellKey, CubeMeasures>, Dictionary<CellKey, CubeMeasures>, List<Line>, Dictionary<CellKey, CubeMeasures>)>();
        foreach (var (districts, events) in samples)
        {
            var stored = await StoredAsync(districts);
            stored.Days.ShouldBe(Folded(events, CubeGrain.Day), ignoreOrder: true);
            stored.Months.ShouldBe(Folded(events, CubeGrain.Month), ignoreOrder: true);
            stored.AllOrigins.ShouldBe(Folded(events, CubeGrain.MonthAllOrigins), ignoreOrder: true);
            stored.Lines.Count.ShouldBe(events.Length);
            live.Add(stored);
        }

        var daemon = Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(TransactionCubeProjection.Name, CatchUp, CancellationToken.None);
        await store.WaitForNonStaleProjectionDataAsync(CatchUp);

        for (var i = 0; i < samples.Count; i++)
        {
            var rebuilt = await StoredAsync(samples[i].Districts);
            rebuilt.Days.ShouldBe(live[i].Item1, ignoreOrder: true);
            rebuilt.Months.ShouldBe(live[i].Item2, ignoreOrder: true);
            rebuilt.Lines.ShouldBe(live[i].Item3, ignoreOrder: true);
            rebuilt.AllOrigins.ShouldBe(live[i].Item4, ignoreOrder: true);
        }

        // The set-based rebuild (the one operators and the benchmark run) writes the same cells and lines again, and the
        // daemon carries on from where it stopped reading.
        (await CubeRebuild.RunAsync(store, daemon, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(samples.Sum(s => s.Events.Length));
        for (var i = 0; i < samples.Count; i++)
        {
            var rebuilt = await StoredAsync(samples[i].Districts);
            rebuilt.Days.ShouldBe(live[i].Item1, ignoreOrder: true);
            rebuilt.Months.ShouldBe(live[i].Item2, ignoreOrder: true);
            rebuilt.Lines.ShouldBe(live[i].Item3, ignoreOrder: true);
            rebuilt.AllOrigins.ShouldBe(live[i].Item4, ignoreOrder: true);
        }

        var more = samples[0].Events; // the same facts again, on new streams
        await using (var session = store.LightweightSession())
        {
            foreach (var e in more)
            {
                session.Events.StartStream(Guid.NewGuid(), e);
            }

            await session.SaveChangesAsync();
        }

        await store.WaitForNonStaleProjectionDataAsync(CatchUp);
        var after = await StoredAsync(samples[0].Districts);
        after.Days.ShouldBe(Folded([.. samples[0].Events, .. more], CubeGrain.Day), ignoreOrder: true);
        after.AllOrigins.ShouldBe(Folded([.. samples[0].Events, .. more], CubeGrain.MonthAllOrigins), ignoreOrder: true);
        after.Lines.Count.ShouldBe(samples[0].Events.Length + more.Length);
    }
}
