using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>Everything that happens to a technology contract (技术合同), from draft to completion. Settlement facts
/// live on the same stream (<see cref="PaymentOpened"/> and the rest), so a milestone's coverage is decided on one
/// stream version and no path counts a payment twice.</summary>
public abstract record ContractEvent(Guid ContractId, DateTimeOffset At);

/// <summary>合同起草: a party (or a deal, an award, a converted trial) drafted the contract.</summary>
public sealed record ContractDrafted(
    Guid ContractId, ContractSource Source, IReadOnlyList<ContractParty> Parties, ContractTerms Terms, Guid By, DateTimeOffset At)
    : ContractEvent(ContractId, At);

/// <summary>A party revised the draft; every signature given so far is void.</summary>
public sealed record ContractRevised(Guid ContractId, ContractTerms Terms, Guid By, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>签署: an authorised user signed for one party.</summary>
public sealed record ContractSigned(Guid ContractId, Guid OrganisationId, Guid By, string SignerName, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>不予登记: the bureau sent the contract back with a reason; it is a draft again and its signatures are void.</summary>
public sealed record ContractRegistrationRefused(Guid ContractId, [LongText] string Reason, Guid By, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>
/// 认定登记: a bureau officer covering the seller's district registered the contract. Self-contained for statistics
/// (技术合同成交额 and 技术交易额 by district, type, field and origin) and for conflict checks (who contracted with
/// whom, when): the registered type and amounts, every party with its district, the flags and each correction.
/// </summary>
public sealed record ContractRegistered(
    Guid ContractId,
    Guid BuyerOrganisationId,
    Guid SellerOrganisationId,
    string RegistrationNumber,
    DateOnly RegisteredOn,
    Guid By,
    DateTimeOffset At,
    string Registry,
    string BuyerDistrict,
    string SellerDistrict,
    IReadOnlyList<ContractParty> Parties,
    ContractType Type,
    decimal ContractAmount,
    decimal TechnologyAmount,
    string Field,
    ContractOrigin Origin,
    Guid? OriginId,
    ContractBroker? Broker,
    RegistrationFlags Flags,
    IReadOnlyList<RegistrationCorrection> Corrections) : ContractEvent(ContractId, At);

/// <summary>交付: the seller delivered a milestone, with evidence.</summary>
public sealed record MilestoneDelivered(
    Guid ContractId, int Milestone, [LongText] string Note, IReadOnlyList<ContractFileRef> Evidence, Guid By, DateTimeOffset At)
    : ContractEvent(ContractId, At);

/// <summary>验收: the buyer accepted the delivery; the milestone may now be paid.</summary>
public sealed record MilestoneAccepted(Guid ContractId, int Milestone, Guid By, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>The buyer rejected the delivery with a reason; the seller delivers again.</summary>
public sealed record MilestoneRejected(Guid ContractId, int Milestone, [LongText] string Reason, Guid By, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>Every milestone is paid: the contract is performed (履行完毕).</summary>
public sealed record ContractCompleted(Guid ContractId, DateTimeOffset At) : ContractEvent(ContractId, At);

/// <summary>解除: a lead party ended the contract with a reason; milestones not yet paid are cancelled.</summary>
public sealed record ContractTerminated(Guid ContractId, [LongText] string Reason, IReadOnlyList<int> CancelledMilestones, Guid By, DateTimeOffset At)
    : ContractEvent(ContractId, At);
