using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.Server.Modules.Demo;

/// <summary>
/// The bureau's history, so the dashboards have years to compare: registrations of every Ningbo district since 2023 as
/// the bureau's registration ledger recorded them (技术合同认定登记台账, migrated before the platform: a
/// <see cref="ContractRegistered"/> and its settlements per contract, between organisations that are not on the
/// platform), the city's targets for last year and this year, 镇海区's revised in July, 镇海区's GDP and industrial investment
/// growth. Generated from a fixed seed, so every machine gets the same figures.
/// </summary>
internal sealed class DemoStatistics(IDocumentStore store, ReferenceCatalog catalog, DemoWorld world, DateTimeOffset now)
{
    private const string City = "bureau@techmarket.demo";
    private const int FirstYear = 2023;
    private static readonly ContractType[] Types = [ContractType.Development, ContractType.Development, ContractType.Transfer, ContractType.Licence,
        ContractType.Consulting, ContractType.Service, ContractType.Service];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var marker = DistrictTarget.IdOf(catalog.Districts[0].Id, now.DateInChina().Year);
        if (await session.Events.FetchStreamStateAsync(marker, ct) is not null)
        {
            return;
        }

        var today = now.DateInChina();
        var random = new Random(20260101);
        var officer = world.Actor(City);
        var topFields = catalog.Fields.Where(f => f.ParentId is null).Select(f => f.Id).ToArray();
        foreach (var (district, index) in catalog.Districts.Select((d, i) => (d.Id, i)))
        {
            // Each district its own size (8亿 to 60亿 a year) and its own trend.
            var annual = (8m + (index * 37 % 53)) * 100_000_000m;
            for (var year = FirstYear; year <= today.Year; year++)
            {
                for (var n = 0; n < 18; n++)
                {
                    var day = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
                    if (day >= today)
                    {
                        continue;
                    }

                    var technology = decimal.Round(annual / 18m * (0.4m + ((decimal)random.NextDouble() * 1.2m)), 2);
                    Append(session, random, district, catalog.Districts[random.Next(catalog.Districts.Count)].Id, day, today, technology,
                        Types[random.Next(Types.Length)], topFields[random.Next(topFields.Length)], (ContractOrigin)random.Next(3), $"{year}{district}{n:D4}");
                }

                annual *= 0.9m + ((decimal)random.NextDouble() * 0.5m);
            }

            foreach (var year in new[] { today.Year - 1, today.Year })
            {
                var target = decimal.Round(annual * 0.9m / 1_000_000m) * 1_000_000m;
                session.Events.StartStream<DistrictTarget>(DistrictTarget.IdOf(district, year),
                    new TargetSet(DistrictTarget.IdOf(district, year), district, year, target, officer.UserId, new DateTimeOffset(year - 1, 12, 20, 2, 0, 0, TimeSpan.Zero)));
                if (district == "330211" && year == today.Year)
                {
                    session.Events.Append(DistrictTarget.IdOf(district, year), new TargetRevised(DistrictTarget.IdOf(district, year), decimal.Round(target * 0.85m / 1_000_000m) * 1_000_000m,
                        new DateOnly(year, 7, 1), "全市考核指标调整：年中考核调整后指标", officer.UserId, new DateTimeOffset(year, 7, 1, 2, 0, 0, TimeSpan.Zero)));
                }
            }
        }

        session.Store(new ReferenceFigures
        {
            Id = ReferenceFigures.IdOf("330211", today.Year), Region = "330211", Year = today.Year, Gdp = 180_000_000_000m, IndustrialInvestmentGrowth = 11m,
            By = officer.UserId, At = now,
        });
        await session.SaveChangesAsync(ct);
    }

    /// <summary>One historical contract: its registration, then payments as they came (one in thirty refunded in part).</summary>
    private static void Append(
        IDocumentSession session, Random random, string seller, string buyer, DateOnly on, DateOnly today, decimal technology, ContractType type, string field,
        ContractOrigin origin, string number)
    {
        var id = DemoData.StableId("ledger-contract", number);
        var contract = decimal.Round(technology / (0.8m + ((decimal)random.NextDouble() * 0.2m)), 2);
        var facts = new TransactionFacts(type, field, DemoData.StableId("ledger-buyer", number), buyer, DemoData.StableId("ledger-seller", number), seller, origin, null, null,
            number, seller);
        var events = new List<object>
        {
            new ContractRegistered(id, facts.BuyerOrganisationId, facts.SellerOrganisationId, number, on, Guid.Empty, At(on), seller, buyer, seller, [], type, contract,
                technology, field, origin, null, null, new RegistrationFlags(contract >= 10_000_000m, false, type is not ContractType.Consulting, false), []),
        };
        var paid = 0m;
        foreach (var share in new[] { 0.3m, 0.7m })
        {
            var day = on.AddDays(random.Next(20, 200));
            if (day >= today)
            {
                break;
            }

            var amount = decimal.Round(technology * share, 2);
            paid += amount;
            events.Add(new TechnologyTransactionRecorded(id, Guid.NewGuid(), amount, amount, 0m, day, facts, At(day)));
            if (random.Next(30) == 0 && day.AddDays(10) < today)
            {
                var back = decimal.Round(amount / 2, 2);
                events.Add(new TechnologyTransactionReversed(id, Guid.NewGuid(), back, back, 0m, day.AddDays(10), facts, At(day.AddDays(10))));
            }
        }

        session.Events.StartStream(id, events);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
}
