using CsCheck;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.UnitTests.Statistics;

/// <summary>For random ledgers of registrations, settlements and refunds, every cell equals the direct sum over the events.</summary>
public class CubePropertyTests
{
    private static readonly string[] Districts = ["330203", "330205", "330211"];
    private static readonly string[] Fields = ["0101", "0203", "04", "0501"];
    private static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly int[] Years = [2024, 2025, 2026];
    private static readonly Flow[] Flows = [Flow.Output, Flow.Absorbed];

    private static readonly Gen<ContractEvent> AnEvent =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Enum<ContractType>(), Gen.Int[0, 3], Gen.Enum<ContractOrigin>(), Gen.Int[0, 1095],
            Gen.Select(Gen.Int[1, 50_000_000], Gen.Int[0, 100]),
            (kind, seller, buyer, type, field, origin, day, amount) =>
        {
            var (cents, share) = amount;
            var (contract, on) = (cents / 100m, Start.AddDays(day));
            var technology = Math.Round(contract * share / 100m, 2);
            var facts = Ledgers.Facts(Districts[seller], Districts[buyer], type, Fields[field], origin);
            return kind switch
            {
                0 => (ContractEvent)Ledgers.Registered(Districts[seller], Districts[buyer], on, type, Fields[field], origin, contract, technology),
                1 => Ledgers.Settled(facts, on, technology),
                _ => Ledgers.Reversed(facts, on, technology),
            };
        });

    /// <summary>The oracle, written from the events' own fields (not through CubeFacts).</summary>
    private static CubeMeasures Direct(IEnumerable<ContractEvent> events, Func<string, string, DateOnly, ContractType, string, ContractOrigin, bool> where, Flow flow)
    {
        var sum = CubeMeasures.Zero;
        foreach (var e in events)
        {
            var (seller, buyer, day, type, field, origin, m) = e switch
            {
                ContractRegistered r => (r.SellerDistrict, r.BuyerDistrict, r.RegisteredOn, r.Type, r.Field, r.Origin,
                    new CubeMeasures(r.ContractAmount, r.TechnologyAmount, 0, 1, 0)),
                TechnologyTransactionRecorded t => (t.Facts.SellerDistrict, t.Facts.BuyerDistrict, t.ConfirmedOn, t.Facts.Type, t.Facts.Field, t.Facts.Origin,
                    new CubeMeasures(0, 0, t.TechnologyAmount, 0, 1)),
                TechnologyTransactionReversed t => (t.Facts.SellerDistrict, t.Facts.BuyerDistrict, t.ReversedOn, t.Facts.Type, t.Facts.Field, t.Facts.Origin,
                    new CubeMeasures(0, 0, -t.TechnologyAmount, 0, -1)),
                _ => throw new InvalidOperationException(),
            };
            if (where(flow == Flow.Output ? seller : buyer, field[..2], day, type, field, origin))
            {
                sum += m;
            }
        }

        return sum;
    }

    [Fact]
    public void Every_day_cell_equals_the_direct_sum_of_its_events()
    {
        AnEvent.List[1, 80].Sample(events =>
        {
            var cells = Ledgers.Days(events);
            foreach (var cell in cells)
            {
                cell.Measures.ShouldBe(Direct(events,
                    (district, top, day, type, _, origin) => district == cell.District && top == cell.Field && day == cell.Day && type == cell.Type && origin == cell.Origin,
                    cell.Direction));
            }

            // Nothing is lost: both sides together count every registration twice (output and absorbed).
            cells.Sum(c => c.Measures.Registrations).ShouldBe(2 * events.Count(e => e is ContractRegistered));
        }, iter: 200);
    }

    [Fact]
    public void Month_cells_roll_up_to_quarters_years_and_year_to_date_as_the_direct_sums_do()
    {
        AnEvent.List[1, 80].Sample(events =>
        {
            var months = Ledgers.Months(events);
            foreach (var district in Districts)
            {
                foreach (var year in Years)
                {
                    foreach (var period in new[] { StatPeriod.Year(year), StatPeriod.Quarter(year, 1), StatPeriod.Quarter(year, 4), StatPeriod.YearToMonth(year, 8) })
                    {
                        foreach (var flow in Flows)
                        {
                            var inPeriod = months.Where(c => c.District == district && c.Direction == flow && period.Contains(c.Day));
                            CubeSlice.Total(inPeriod).ShouldBe(Direct(events, (d, _, day, _, _, _) => d == district && period.Contains(day), flow));
                        }
                    }
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void Day_and_month_cells_agree_on_every_district_month_type_and_field()
    {
        AnEvent.List[1, 80].Sample(events =>
        {
            var by = new[] { CubeDimension.District, CubeDimension.Month, CubeDimension.Type, CubeDimension.Field, CubeDimension.Origin };
            CubeSlice.Group(Ledgers.Days(events), by).ShouldBe(CubeSlice.Group(Ledgers.Months(events), by));
        }, iter: 100);
    }
}
