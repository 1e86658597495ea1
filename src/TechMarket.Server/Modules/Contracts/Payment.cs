namespace TechMarket.Server.Modules.Contracts;

/// <summary>A payment as decisions see it; <see cref="Technology"/> and <see cref="Reward"/> are what it recorded, net of reversals.</summary>
public sealed record Payment(
    Guid Id, int Milestone, PaymentMethod Method, decimal Amount, PaymentStatus Status, decimal Refunded, string? StripePaymentIntentId,
    Guid? VoucherId, decimal Technology, decimal Reward, decimal RewardRatePercent);
