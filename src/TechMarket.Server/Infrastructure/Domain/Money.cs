namespace TechMarket.Server.Infrastructure.Domain;

/// <summary>
/// The one money rule: an amount is CNY (yuan) with at most two decimals — nothing below one fen — never
/// negative and at most 100 billion, so that sums of a few amounts stay far inside decimal's range.
/// </summary>
public static class Money
{
    public const decimal Max = 100_000_000_000m;

    public const string Rule = "An amount in CNY (yuan) from 0 to 100 billion, with at most two decimals.";

    public static bool IsAmount(decimal amount) => amount >= 0 && amount <= Max && decimal.Round(amount, 2) == amount;
}
