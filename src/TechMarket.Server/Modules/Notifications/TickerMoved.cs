using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// The bureau's ticker ("ticker"): 技术交易额 moved in a district — a figure, never a list: no party, no contract, no
/// registration number. <see cref="Flow"/> is the statistics' direction: <see cref="Flow.Output"/> (输出) for the
/// seller's district, <see cref="Flow.Absorbed"/> (吸纳) for the buyer's; amounts are signed (a refund's reversal moves
/// them down).
/// </summary>
public sealed record TickerMoved(
    string District, Flow Flow, decimal TechnologyAmount, decimal Amount, ContractType Type, string Field, DateOnly ConfirmedOn, DateTimeOffset At)
{
    /// <summary>A ticker tells what moves now: a fact the daemon reaches later than this after it was committed (a
    /// daemon catching up after an outage, a new database's seeded ledger) is not pushed — the figures on the screen
    /// are read from the server, which has it.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(10);

    /// <summary>The moves of a transaction fact committed <paramref name="at"/>, each with the ticker it goes to: the
    /// output to the seller's district, the absorbed side to the buyer's, and both to the city's (which sums both
    /// directions, as its statistics do). A district that is both seller's and buyer's gets both. None when the fact is
    /// older than <see cref="Freshness"/> at <paramref name="now"/>.</summary>
    public static IReadOnlyList<(string Ticker, TickerMoved Move)> Of(ContractEvent e, DateTimeOffset at, DateTimeOffset now) => now - at > Freshness
        ? []
        : e switch
        {
            TechnologyTransactionRecorded t => Both(t.Facts, t.TechnologyAmount, t.Amount, t.ConfirmedOn, at),
            TechnologyTransactionReversed t => Both(t.Facts, -t.TechnologyAmount, -t.Amount, t.ReversedOn, at),
            _ => [],
        };

    private static (string, TickerMoved)[] Both(TransactionFacts facts, decimal technologyAmount, decimal amount, DateOnly on, DateTimeOffset at)
    {
        var output = new TickerMoved(facts.SellerDistrict, Flow.Output, technologyAmount, amount, facts.Type, facts.Field, on, at);
        var absorbed = output with { District = facts.BuyerDistrict, Flow = Flow.Absorbed };
        return [(output.District, output), (Jurisdictions.City, output), (absorbed.District, absorbed), (Jurisdictions.City, absorbed)];
    }
}
