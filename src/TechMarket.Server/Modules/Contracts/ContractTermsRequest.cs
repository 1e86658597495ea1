using FluentValidation;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The terms as a party sends them; the broker is named by id and looked up (<see cref="Brokers"/>).</summary>
public sealed record ContractTermsRequest(
    string Title,
    ContractType Type,
    string Field,
    decimal ContractAmount,
    decimal TechnologyAmount,
    IReadOnlyList<MilestoneTerms> Milestones,
    Guid? BrokerId = null,
    IReadOnlyList<ForeignParty>? ForeignParties = null,
    bool RelatedParties = false,
    Guid? TiedToContractId = null)
{
    public ContractTerms ToTerms(ContractBroker? broker) => new(
        Title.Trim(), Type, Field, ContractAmount, TechnologyAmount,
        [.. Milestones.Select(m => m with { Deliverable = m.Deliverable.Trim() })], broker,
        [.. (ForeignParties ?? []).Select(f => f with { Name = f.Name.Trim(), Country = f.Country.ToUpperInvariant() })],
        RelatedParties, TiedToContractId);
}

/// <summary>The shape of terms. Whether they hold together (amounts, sums) is decided by
/// <see cref="ContractRules.TermsProblem"/> for every path that makes a contract, so it is not repeated here.</summary>
public sealed class ContractTermsValidator : AbstractValidator<ContractTermsRequest>
{
    public ContractTermsValidator(ReferenceCatalog catalog)
    {
        RuleFor(t => t.Title).NotEmpty().TrimmedLength(4, 100);
        RuleFor(t => t.Type).IsInEnum();
        RuleFor(t => t.Field).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(t => t.ContractAmount).Money();
        RuleFor(t => t.TechnologyAmount).Money();
        RuleFor(t => t.Milestones).NotEmpty().Must(m => m is null || m.Count <= ContractRules.MaxMilestones)
            .WithMessage($"A contract has 1 to {ContractRules.MaxMilestones} milestones.");
        RuleForEach(t => t.Milestones).ChildRules(m =>
        {
            m.RuleFor(x => x.Deliverable).NotEmpty().TrimmedLength(2, 500);
            m.RuleFor(x => x.Amount).Money();
        });
        RuleFor(t => t.ForeignParties).Must(f => f is null || f.Count <= 5).WithMessage("At most 5 foreign parties.");
        RuleForEach(t => t.ForeignParties).ChildRules(f =>
        {
            f.RuleFor(x => x.Name).NotEmpty().TrimmedLength(2, 100);
            f.RuleFor(x => x.Country).Matches("^[A-Za-z]{2}$").WithMessage("An ISO 3166 country code of two letters, e.g. DE.")
                .Must(c => !string.Equals(c, "CN", StringComparison.OrdinalIgnoreCase)).WithMessage("A foreign party is outside China (not CN).");
            f.RuleFor(x => x.Side).IsInEnum();
        });
    }
}
