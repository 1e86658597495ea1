using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

public sealed record Proposal(int Number, Guid ProposedBy, ContractTerms Terms, DateTimeOffset At);
