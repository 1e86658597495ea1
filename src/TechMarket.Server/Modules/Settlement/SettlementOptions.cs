namespace TechMarket.Server.Modules.Settlement;

/// <summary>Settings of settlement (section <c>Settlement</c>).</summary>
public sealed class SettlementOptions
{
    /// <summary>技术经纪人 reward: this percentage of each settled payment's technology share; 2 % by default.</summary>
    public decimal BrokerRewardPercent { get; set; } = 2m;
}
