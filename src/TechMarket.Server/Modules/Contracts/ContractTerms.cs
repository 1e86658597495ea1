using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术合同 types, as the registration rules (技术合同认定规则) name them.</summary>
public enum ContractType
{
    /// <summary>技术开发: the seller develops new technology for the buyer.</summary>
    Development,

    /// <summary>技术转让: the seller transfers a patent or other technology.</summary>
    Transfer,

    /// <summary>技术许可: the seller licenses a patent or other technology.</summary>
    Licence,

    /// <summary>技术咨询: feasibility studies, technical forecasts, evaluations.</summary>
    Consulting,

    /// <summary>技术服务: solving a specific technical problem with technical knowledge (testing included).</summary>
    Service,
}

/// <summary>Where a contract came from; statistics cut technology transaction value by it.</summary>
public enum ContractOrigin
{
    /// <summary>From a challenge's award (揭榜挂帅 / 赛马制).</summary>
    Challenge,

    /// <summary>From an achievement: a deal on it, or a 先用后转 trial converted at its end.</summary>
    Achievement,

    /// <summary>Agreed between the organisations directly.</summary>
    Direct,
}

public enum PartySide
{
    /// <summary>委托方 / 受让方 / 被许可方: pays; its district counts the contract as absorbed (吸纳).</summary>
    Buyer,

    /// <summary>研究开发方 / 让与方 / 许可方: delivers and registers where it is; its district counts it as output (输出).</summary>
    Seller,
}

/// <summary>A contract's origin and, for a challenge or an achievement, which one.</summary>
public sealed record ContractSource(ContractOrigin Origin, Guid? SourceId = null);

/// <summary>An organisation on the platform that is party to the contract. Each side has one lead; the shares of a
/// side (percent, two decimals) sum to 100. A contract from a joint bid's award (联合答题) also gives each seller its
/// share in yuan (<see cref="ShareAmount"/>, as the award split the funding): those sum to the contract amount.</summary>
public sealed record ContractParty(
    Guid OrganisationId, string Name, string District, PartySide Side, bool Lead, decimal SharePercent, decimal? ShareAmount = null);

/// <summary>A party outside China (not on the platform; it signs on paper). Its presence flags the contract.</summary>
public sealed record ForeignParty(string Name, string Country, PartySide Side);

/// <summary>One payment stage: what is delivered, what it costs, when it is due. A contract's milestones sum to
/// its contract amount.</summary>
public sealed record MilestoneTerms([LongText] string Deliverable, decimal Amount, DateOnly DueOn);

/// <summary>技术经纪人 credited on the contract; accrues a reward when payments settle.</summary>
public sealed record ContractBroker(Guid UserId, string Name);

/// <summary>What the parties agree and may revise while the contract is a draft.</summary>
public sealed record ContractTerms(
    string Title,
    ContractType Type,
    string Field,
    decimal ContractAmount,
    decimal TechnologyAmount,
    IReadOnlyList<MilestoneTerms> Milestones,
    ContractBroker? Broker,
    IReadOnlyList<ForeignParty> ForeignParties,
    bool RelatedParties,
    Guid? TiedToContractId);

/// <summary>The flags the bureau sees at registration.</summary>
public sealed record RegistrationFlags(bool OverThreshold, bool ForeignParty, bool TaxReliefEligible, bool RelatedParties);

/// <summary>A value the bureau registered differently from what the parties declared, and why.</summary>
public sealed record RegistrationCorrection(string Field, string Declared, string Registered, [LongText] string Reason);

/// <summary>A file kept with a contract (delivery evidence, a bank-transfer receipt).</summary>
public sealed record ContractFileRef(Guid FileId, string FileName, string ContentType, long Size, string Sha256);
