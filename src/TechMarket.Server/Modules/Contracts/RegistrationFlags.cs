namespace TechMarket.Server.Modules.Contracts;

/// <summary>The flags the bureau sees at registration.</summary>
public sealed record RegistrationFlags(bool OverThreshold, bool ForeignParty, bool TaxReliefEligible, bool RelatedParties);
