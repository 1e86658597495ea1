using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Notifications;

/// <summary>
/// The bureau's ticker ("ticker"): 技术交易额 moved in a district — a figure, never a list: no party, no contract, no
/// registration number. <see cref="Flow"/> is <c>Output</c> (输出) for the seller's district and <c>Input</c> (吸纳) for
/// the buyer's, the statistics' two directions; amounts are signed (a refund's reversal moves them down).
/// </summary>
public sealed record TickerMoved(
    string District, string Flow, decimal TechnologyAmount, decimal Amount, ContractType Type, string Field, DateOnly ConfirmedOn, DateTimeOffset At)
{
    public const string Output = "Output";
    public const string Input = "Input";

    /// <summary>The moves of a transaction fact, each with the ticker it goes to: the output to the seller's district,
    /// the input to the buyer's, and both to the city's (which sums both directions, as its statistics do). A district
    /// that is both seller's and buyer's gets both.</summary>
    public static IReadOnlyList<(string Ticker, TickerMoved Move)> Of(ContractEvent e, DateTimeOffset at) => e switch
    {
        TechnologyTransactionRecorded t => Both(t.Facts, t.TechnologyAmount, t.Amount, t.ConfirmedOn, at),
        TechnologyTransactionReversed t => Both(t.Facts, -t.TechnologyAmount, -t.Amount, t.ReversedOn, at),
        _ => [],
    };

    private static (string, TickerMoved)[] Both(TransactionFacts facts, decimal technologyAmount, decimal amount, DateOnly on, DateTimeOffset at)
    {
        var output = new TickerMoved(facts.SellerDistrict, Output, technologyAmount, amount, facts.Type, facts.Field, on, at);
        var input = output with { District = facts.BuyerDistrict, Flow = Input };
        return [(output.District, output), (Jurisdictions.City, output), (input.District, input), (Jurisdictions.City, input)];
    }
}
