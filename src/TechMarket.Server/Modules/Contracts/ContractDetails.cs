namespace TechMarket.Server.Modules.Contracts;

/// <summary>Everything about one contract, kept inline with its events; <see cref="ContractQueries"/> cut it per reader.</summary>
public sealed class ContractDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public ContractStatus Status { get; set; }

    public ContractSource Source { get; set; } = new(ContractOrigin.Direct);

    public List<ContractParty> Parties { get; set; } = [];

    /// <summary>Every party's organisation, for "my contracts".</summary>
    public List<Guid> PartyIds { get; set; } = [];

    public Guid BuyerOrganisationId { get; set; }

    public Guid SellerOrganisationId { get; set; }

    public string BuyerDistrict { get; set; } = string.Empty;

    public string SellerDistrict { get; set; } = string.Empty;

    public ContractTerms Terms { get; set; } = null!;

    public Guid? BrokerId { get; set; }

    public List<Signature> Signatures { get; set; } = [];

    public List<MilestoneView> Milestones { get; set; } = [];

    public RegistrationView? Registration { get; set; }

    /// <summary>When every party had signed for the first time: from then on the registering bureau sees the contract.</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>Why the bureau last refused to register it (不予登记), until it is registered.</summary>
    public string? RefusalReason { get; set; }

    public List<PaymentView> Payments { get; set; } = [];

    /// <summary>Bank transfers waiting for the bureau's confirmation, for its queue.</summary>
    public int OpenTransfers { get; set; }

    /// <summary>Money confirmed, net of refunds.</summary>
    public decimal Settled { get; set; }

    /// <summary>Technology transaction value recorded, net of reversals.</summary>
    public decimal TechnologySettled { get; set; }

    public string? TerminationReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public MilestoneView? Milestone(int number) => number >= 1 && number <= Milestones.Count ? Milestones[number - 1] : null;

    public bool IsParty(Guid? organisationId) => organisationId is { } id && PartyIds.Contains(id);
}
