using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>The answer to opening a payment: its id, to follow it on the contract.</summary>
public sealed record PaymentOpenedAnswer(Guid PaymentId, Guid ContractId, int Milestone, PaymentMethod Method, decimal Amount);
