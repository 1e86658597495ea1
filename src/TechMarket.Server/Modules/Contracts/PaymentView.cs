namespace TechMarket.Server.Modules.Contracts;

public sealed record PaymentView(
    Guid Id, int Milestone, PaymentMethod Method, decimal Amount, PaymentStatus Status, decimal Refunded, string? StripePaymentIntentId,
    BankTransfer? Transfer, Guid? VoucherId, DateTimeOffset OpenedAt, DateOnly? ConfirmedOn, string? Reason);
