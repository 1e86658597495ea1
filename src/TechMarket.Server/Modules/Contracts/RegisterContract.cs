using FluentValidation;
using Marten;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the bureau confirms: its registration number, the type and the technology amount (each change from the
/// declaration with a reason), and whether buyer and seller are related.</summary>
public sealed record RegisterContractRequest(
    string RegistrationNumber,
    ContractType Type,
    decimal TechnologyAmount,
    [LongText] string? TypeChangeReason = null,
    [LongText] string? TechnologyAmountChangeReason = null,
    bool? RelatedParties = null,
    [LongText] string? RelatedPartiesReason = null);

public sealed class RegisterContractValidator : AbstractValidator<RegisterContractRequest>
{
    public RegisterContractValidator()
    {
        RuleFor(r => r.RegistrationNumber).Matches("^[A-Za-z0-9-]{4,40}$").WithMessage("4 to 40 letters, digits and dashes, e.g. 2026330211000123.");
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.TechnologyAmount).Money();
        RuleFor(r => r.TypeChangeReason).TrimmedLength(2, 500);
        RuleFor(r => r.TechnologyAmountChangeReason).TrimmedLength(2, 500);
        RuleFor(r => r.RelatedPartiesReason).TrimmedLength(2, 500);
    }
}

/// <summary>认定登记 by a bureau officer covering the seller's district.</summary>
public sealed record RegisterContract(RegisterContractRequest Request, TiedContract? Tied, decimal FlagAmountOver, Actor Actor, DateTimeOffset Now)
{
    private static readonly HashSet<ContractType> TaxRelief = new HashSet<ContractType> { ContractType.Development, ContractType.Transfer, ContractType.Licence };

    public static Decision Decide(Contract contract, RegisterContract command)
    {
        var (request, actor) = (command.Request, command.Actor);
        if ((ContractRules.RegisteringBureauOnly(contract, actor) ?? ContractRules.RequireStatus(contract, "be registered", ContractStatus.FullySigned)) is { } refused)
        {
            return refused;
        }

        var terms = contract.Terms;
        if (request.TechnologyAmount <= 0 || request.TechnologyAmount > terms.ContractAmount)
        {
            return DomainError.Invalid("technologyAmount", "The technology amount must be more than zero and not above the contract amount.");
        }

        var corrections = new List<RegistrationCorrection>();
        var related = request.RelatedParties ?? terms.RelatedParties;
        var problem = Correct(corrections, "type", terms.Type.ToString(), request.Type.ToString(), request.TypeChangeReason)
            ?? Correct(corrections, "technologyAmount", $"{terms.TechnologyAmount:0.00}", $"{request.TechnologyAmount:0.00}", request.TechnologyAmountChangeReason)
            ?? Correct(corrections, "relatedParties", terms.RelatedParties.ToString(), related.ToString(), request.RelatedPartiesReason);
        if (problem is not null)
        {
            return problem;
        }

        var flags = new RegistrationFlags(
            OverThreshold: terms.ContractAmount > command.FlagAmountOver,
            ForeignParty: terms.ForeignParties.Count > 0,
            TaxReliefEligible: TaxRelief.Contains(request.Type) || (request.Type is ContractType.Consulting or ContractType.Service
                                                                    && command.Tied is { } tied && TaxRelief.Contains(tied.Type)),
            RelatedParties: related);
        var (buyer, seller) = (contract.Buyer, contract.Seller);
        return Decision.Accept(new ContractRegistered(
            contract.Id, buyer.OrganisationId, seller.OrganisationId, request.RegistrationNumber.ToUpperInvariant(), command.Now.DateInChina(), actor.UserId,
            command.Now, actor.Jurisdiction!, buyer.District, seller.District, contract.Parties, request.Type, terms.ContractAmount, request.TechnologyAmount,
            terms.Field, contract.Source.Origin, contract.Source.SourceId, terms.Broker, flags, corrections));
    }

    /// <summary>A registered value that differs from the declared one is recorded with its reason; without one it is refused.</summary>
    private static DomainError? Correct(List<RegistrationCorrection> corrections, string field, string declared, string registered, string? reason)
    {
        if (declared == registered)
        {
            return null;
        }

        var reasonField = field switch { "type" => "typeChangeReason", "technologyAmount" => "technologyAmountChangeReason", _ => "relatedPartiesReason" };
        if (string.IsNullOrWhiteSpace(reason))
        {
            return DomainError.Invalid(reasonField, $"The registered {field} differs from the declared one ({declared}); give the reason.");
        }

        corrections.Add(new RegistrationCorrection(field, declared, registered, reason.Trim()));
        return null;
    }
}

public static class RegisterContractEndpoint
{
    public static RouteGroupBuilder MapRegisterContract(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/register", async Task<IResult> (
                Guid id, RegisterContractRequest request, [AsParameters] RequestContext rc, IOptions<ContractOptions> options) =>
            {
                var tiedId = (await rc.Session.LoadAsync<ContractDetails>(id, rc.Cancellation))?.Terms.TiedToContractId;
                var tied = tiedId is { } t && await rc.Session.LoadAsync<ContractDetails>(t, rc.Cancellation) is { } d
                    ? new TiedContract(d.Id, d.Registration?.Type ?? d.Terms.Type, d.BuyerOrganisationId, d.SellerOrganisationId)
                    : null;
                var command = new RegisterContract(request, tied, options.Value.FlagAmountOver, rc.Actor, rc.Now);
                try
                {
                    return await ContractWrites.ExecuteAsync(rc, id, c => RegisterContract.Decide(c, command), alongside: (_, decision) =>
                    {
                        rc.Session.Insert(RegistrationNumberClaim.For(decision.Events.OfType<ContractRegistered>().Single()));
                        return Task.CompletedTask;
                    });
                }
                catch (Exception e) when (UniqueClaims.IsTaken(e))
                {
                    return Problems.Problem(StatusCodes.Status409Conflict, "registration-number-taken", "Registration number taken",
                        "Your registry already has a contract with this registration number.");
                }
            })
            .RequireAuthorization(Policies.Bureau)
            .Validate<RegisterContractRequest>()
            .WithSummary("Register a signed contract (认定登记) with a registration number of your registry; flags are computed");
        return contracts;
    }
}
