namespace TechMarket.Server.Modules.Settlement;

public sealed record VoucherView(
    Guid Id, Guid HolderId, string HolderName, string District, decimal Amount, decimal Balance, DateOnly ExpiresOn, IReadOnlyList<VoucherUse> Uses,
    IReadOnlyList<Guid> Providers, decimal MaxSharePercent, IReadOnlyList<RedemptionView> Redemptions, DateTimeOffset IssuedAt);
