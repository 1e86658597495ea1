namespace TechMarket.Server.Modules.Contracts;

/// <summary>
/// A payment towards one milestone was opened: its amount is held against the milestone until it is confirmed or
/// given up, so that payments in flight together can never cover more than the milestone.
/// </summary>
public sealed record PaymentOpened(
    Guid ContractId, Guid PaymentId, int Milestone, PaymentMethod Method, decimal Amount, string? StripePaymentIntentId,
    BankTransfer? Transfer, Guid? VoucherId, Guid By, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>到账: the money arrived (Stripe said so, the bureau checked the receipt, or a voucher was applied).</summary>
public sealed record PaymentConfirmed(
    Guid ContractId, Guid PaymentId, int Milestone, PaymentMethod Method, decimal Amount, DateOnly ConfirmedOn, Guid? By, string? StripeEventId,
    DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>The bureau rejected a bank-transfer receipt with a reason; its amount is free again.</summary>
public sealed record PaymentRejected(Guid ContractId, Guid PaymentId, string Reason, Guid By, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>Stripe cancelled the PaymentIntent; its amount is free again.</summary>
public sealed record PaymentCancelled(Guid ContractId, Guid PaymentId, string Reason, string? StripeEventId, DateTimeOffset At)
    : ContractEvent(ContractId, At);

/// <summary>Money went back to the payer (a refund); what the payment recorded is reversed by as much.</summary>
public sealed record PaymentRefunded(Guid ContractId, Guid PaymentId, int Milestone, decimal Amount, string? StripeEventId, DateTimeOffset At)
    : ContractEvent(ContractId, At);

/// <summary>The milestone is covered exactly by confirmed payments.</summary>
public sealed record MilestonePaid(Guid ContractId, int Milestone, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>A refund left a paid milestone short again.</summary>
public sealed record MilestoneReopened(Guid ContractId, int Milestone, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>
/// 技术交易额 settled (到账): a confirmed payment's technology share (the contract's technology amount in proportion
/// to the payment), the part a voucher covered, and the day it was confirmed in China time.
/// </summary>
public sealed record TechnologyTransactionRecorded(
    Guid ContractId, Guid PaymentId, decimal Amount, decimal TechnologyAmount, decimal VoucherAmount, DateOnly ConfirmedOn, TransactionFacts Facts,
    DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>A refund took back (part of) a recorded transaction; amounts are what is taken back, as positive numbers.</summary>
public sealed record TechnologyTransactionReversed(
    Guid ContractId, Guid PaymentId, decimal Amount, decimal TechnologyAmount, decimal VoucherAmount, DateOnly ReversedOn, TransactionFacts Facts,
    DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>The broker credited on the contract earned a reward at the configured rate of a payment's technology share.</summary>
public sealed record BrokerRewardAccrued(
    Guid ContractId, Guid PaymentId, ContractBroker Broker, string ContractTitle, string RegistrationNumber, string SellerDistrict,
    decimal TechnologyAmount, decimal RatePercent, decimal Reward, DateOnly AccruedOn, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>A refund took back (part of) a broker's reward; amounts are positive.</summary>
public sealed record BrokerRewardReversed(
    Guid ContractId, Guid PaymentId, ContractBroker Broker, string ContractTitle, string RegistrationNumber, string SellerDistrict,
    decimal TechnologyAmount, decimal RatePercent, decimal Reward, DateOnly ReversedOn, DateTimeOffset At) : ContractEvent(ContractId, At);
