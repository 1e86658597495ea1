using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

public sealed record ContractMemberRequest(Guid OrganisationId, PartySide Side, decimal SharePercent);

/// <summary>A contract agreed directly: the caller's organisation on one side, the counterparty on the other.</summary>
public sealed record DraftContractRequest(PartySide Side, Guid CounterpartyId, ContractTermsRequest Terms, IReadOnlyList<ContractMemberRequest>? Members = null);

public sealed class DraftContractValidator : AbstractValidator<DraftContractRequest>
{
    public DraftContractValidator(IValidator<ContractTermsRequest> terms)
    {
        RuleFor(r => r.Side).IsInEnum();
        RuleFor(r => r.Terms).NotNull().SetValidator(terms);
        RuleFor(r => r.Members).Must(m => m is null || m.Count <= 10).WithMessage("At most 10 members.");
        RuleForEach(r => r.Members).ChildRules(m => m.RuleFor(x => x.Side).IsInEnum());
    }
}

/// <summary>合同起草: a party drafts a contract with another organisation.</summary>
public sealed record DraftContract(
    Guid ContractId, PartySide Side, Organisation? Own, Organisation? Counterparty, IReadOnlyList<MemberCandidate> Members,
    ContractTerms Terms, TiedContract? Tied, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(DraftContract command)
    {
        var (own, counterparty, actor) = (command.Own, command.Counterparty, command.Actor);
        if (own is null || !ContractRules.IsOrganisationUser(actor) || !actor.BelongsTo(own.Id))
        {
            return DomainError.Forbidden("not-an-organisation-user", "Only a user of an enterprise, university or institute may draft a contract.");
        }

        if (ActingOrganisation.Approved(own) is { } notApproved)
        {
            return notApproved;
        }

        if (counterparty is not { IsApproved: true })
        {
            return DomainError.Invalid("counterpartyId", "No approved organisation has this id.");
        }

        var (buyer, seller) = command.Side == PartySide.Buyer ? (own, counterparty) : (counterparty, own);
        var (parties, partiesError) = ContractParties.Build(buyer, seller, command.Members, "counterpartyId");
        return partiesError ?? TiedProblem(command.Terms, command.Tied, buyer.Id, seller.Id) ?? ContractRules.TermsProblem(command.Terms)
            ?? Decision.Accept(new ContractDrafted(command.ContractId, new ContractSource(ContractOrigin.Direct), parties!, command.Terms, actor.UserId, command.Now));
    }

    /// <summary>Tying makes a consulting or service contract eligible for tax relief with the contract it serves, so it
    /// must name one of those types between the same buyer and seller.</summary>
    public static DomainError? TiedProblem(ContractTerms terms, TiedContract? tied, Guid buyer, Guid seller)
    {
        if (terms.TiedToContractId is null)
        {
            return null;
        }

        if (terms.Type is not (ContractType.Consulting or ContractType.Service))
        {
            return DomainError.Invalid("terms.tiedToContractId", "Only a consulting or service contract is tied to another contract.");
        }

        return tied is { Type: ContractType.Development or ContractType.Transfer or ContractType.Licence } && tied.BuyerOrganisationId == buyer
               && tied.SellerOrganisationId == seller
            ? null
            : DomainError.Invalid("terms.tiedToContractId", "Name a development, transfer or licence contract between the same buyer and seller.");
    }
}

public static class DraftContractEndpoint
{
    public static RouteGroupBuilder MapDraftContract(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/", async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> (DraftContractRequest request, [AsParameters] RequestContext rc, Brokers brokers) =>
            {
                var members = request.Members ?? [];
                var organisations = await rc.Session.LoadManyAsync<Organisation>(
                    rc.Cancellation, [.. new[] { rc.Actor.OrganisationId ?? Guid.Empty, request.CounterpartyId }, .. members.Select(m => m.OrganisationId)]);
                Organisation? Find(Guid id) => organisations.FirstOrDefault(o => o.Id == id);
                var (broker, brokerError) = await brokers.ResolveAsync(request.Terms.BrokerId, "terms.brokerId");
                if (brokerError is not null)
                {
                    return Problems.Refuse<Created<CreatedResource>>(brokerError);
                }

                var tied = await ContractWrites.TiedAsync(rc.Session, request.Terms.TiedToContractId, rc.Actor, rc.Cancellation);
                var command = new DraftContract(
                    Guid.CreateVersion7(), request.Side, rc.Actor.OrganisationId is { } own ? Find(own) : null, Find(request.CounterpartyId),
                    [.. members.Select(m => new MemberCandidate(m.OrganisationId, Find(m.OrganisationId), m.Side, m.SharePercent))],
                    request.Terms.ToTerms(broker), tied, rc.Actor, rc.Now);
                return await ContractWrites.Start(rc, command.ContractId, DraftContract.Decide(command));
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<DraftContractRequest>()
            .WithSummary("Draft a technology contract (技术合同) with another organisation");
        return contracts;
    }
}
