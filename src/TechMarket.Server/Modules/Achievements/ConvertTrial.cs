using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Achievements;

/// <summary>At the end date the trial converts, by itself, into the pre-agreed contract: the enterprise licenses or buys
/// at the conversion price, due in one milestone 30 days after the end. Value counts only when it is paid.</summary>
/// <param name="Sides">The trial's two organisations as they are now: no contract is drafted with a suspended one, so
/// the conversion waits (the converter tries again on its next pass) until its bureau reinstates it.</param>
public sealed record ConvertTrial(Guid ContractId, DateTimeOffset Now, IReadOnlyList<Organisation>? Sides = null)
{
    public const int PaymentDays = 30;

    public static (Decision Trial, Decision Contract) Decide(Trial trial, ConvertTrial command)
    {
        if (trial.Status != TrialStatus.Active || command.Now.DateInChina() < trial.EndsOn)
        {
            var notDue = DomainError.Conflict("not-due", "The trial is not running to its end now.");
            return (notDue, notDue);
        }

        if ((command.Sides ?? []).Select(ActingOrganisation.PartyRefusal).FirstOrDefault(r => r is not null) is { } suspended)
        {
            return (suspended, suspended);
        }

        var price = trial.Terms.ConversionPrice;
        var terms = new ContractTerms(
            $"{trial.AchievementTitle}（先用后转）", ProposeDealTerms.TypeFor(trial.Terms.ConversionMode), trial.Field, price, price,
            [new MilestoneTerms("先用后转转化价款", price, trial.EndsOn.AddDays(PaymentDays))], null, [], false, null);
        IReadOnlyList<ContractParty> parties =
        [
            new(trial.Buyer.OrganisationId, trial.Buyer.Name, trial.Buyer.District, PartySide.Buyer, true, 100m),
            new(trial.Seller.OrganisationId, trial.Seller.Name, trial.Seller.District, PartySide.Seller, true, 100m),
        ];
        return (Decision.Accept(new TrialConverted(trial.Id, command.ContractId, command.Now)),
            Decision.Accept(new ContractDrafted(command.ContractId, new ContractSource(ContractOrigin.Achievement, trial.AchievementId), parties, terms, Guid.Empty, command.Now)));
    }
}
