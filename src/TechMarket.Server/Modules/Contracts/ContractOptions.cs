namespace TechMarket.Server.Modules.Contracts;

/// <summary>Settings of the contracts module (section <c>Contracts</c>).</summary>
public sealed class ContractOptions
{
    /// <summary>Contracts whose amount is above this (yuan) are flagged for the bureau at registration; 10,000,000 (1000万元) by default.</summary>
    public decimal FlagAmountOver { get; set; } = 10_000_000m;
}
