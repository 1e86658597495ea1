namespace TechMarket.Server.Modules.Settlement;

/// <summary>What the bureau reimburses and reports: the redemptions of a period, the amount used in yuan and in 万元, and
/// enterprises served in 家次 (each enterprise counted once per contract its vouchers paid towards).</summary>
public sealed record RedemptionReport(IReadOnlyList<RedemptionLine> Items, decimal TotalAmount, decimal TotalAmountInWan, int EnterprisesServed);
