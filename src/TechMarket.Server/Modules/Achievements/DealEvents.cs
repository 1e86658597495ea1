using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>Everything that happens in a deal on an achievement (成果交易洽谈).</summary>
public abstract record DealEvent(Guid DealId, DateTimeOffset At);

/// <summary>An enterprise opened a deal on an achievement.</summary>
public sealed record DealOpened(
    Guid DealId, Guid AchievementId, string AchievementTitle, string Field, IReadOnlyList<TransferMode> TransferModes, DealParty Seller, DealParty Buyer,
    [LongText] string Message, Guid By, DateTimeOffset At) : DealEvent(DealId, At);

/// <summary>One side proposed terms; the other may agree to exactly these.</summary>
public sealed record DealTermsProposed(Guid DealId, int Number, Guid ProposedBy, ContractTerms Terms, Guid By, DateTimeOffset At) : DealEvent(DealId, At);

/// <summary>The other side agreed to a proposal: the contract is drafted on it.</summary>
public sealed record DealAgreed(Guid DealId, int Proposal, Guid ContractId, Guid By, DateTimeOffset At) : DealEvent(DealId, At);

/// <summary>Either side ended the talks with a reason.</summary>
public sealed record DealClosed(Guid DealId, [LongText] string Reason, Guid By, DateTimeOffset At) : DealEvent(DealId, At);
