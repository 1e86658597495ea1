using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>What the bureau confirms: its registration number, the type and both amounts (each change from the
/// declaration with a reason; no contract amount: as declared), and whether buyer and seller are related.</summary>
public sealed record RegisterContractRequest(
    string RegistrationNumber,
    ContractType Type,
    decimal TechnologyAmount,
    [LongText] string? TypeChangeReason = null,
    [LongText] string? TechnologyAmountChangeReason = null,
    bool? RelatedParties = null,
    [LongText] string? RelatedPartiesReason = null,
    decimal? ContractAmount = null,
    [LongText] string? ContractAmountChangeReason = null);

public sealed class RegisterContractValidator : AbstractValidator<RegisterContractRequest>
{
    public RegisterContractValidator()
    {
        RuleFor(r => r.RegistrationNumber).Matches("^[A-Za-z0-9-]{4,40}$").WithMessage("4 to 40 letters, digits and dashes, e.g. 2026330211000123.");
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.TechnologyAmount).Money();
        RuleFor(r => r.ContractAmount!.Value).Money().GreaterThan(0).When(r => r.ContractAmount is not null).OverridePropertyName("contractAmount");
        RuleFor(r => r.ContractAmountChangeReason).TrimmedLength(2, 500);
        RuleFor(r => r.TypeChangeReason).TrimmedLength(2, 500);
        RuleFor(r => r.TechnologyAmountChangeReason).TrimmedLength(2, 500);
        RuleFor(r => r.RelatedPartiesReason).TrimmedLength(2, 500);
    }
}

/// <summary>认定登记 by a bureau officer covering the seller's district. The registered contract amount (合同成交额) is the
/// figure statistics count; the money paid stays what the milestones say, and the registered technology amount is
/// recorded in proportion to it.</summary>
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
        var amount = request.ContractAmount ?? terms.ContractAmount;
        if (request.TechnologyAmount <= 0 || request.TechnologyAmount > amount)
        {
            return DomainError.Invalid("technologyAmount", "The technology amount must be more than zero and not above the contract amount.");
        }

        var corrections = new List<RegistrationCorrection>();
        var related = request.RelatedParties ?? terms.RelatedParties;
        var problem = Correct(corrections, "contractAmount", $"{terms.ContractAmount:0.00}", $"{amount:0.00}", request.ContractAmountChangeReason)
            ?? Correct(corrections, "type", terms.Type.ToString(), request.Type.ToString(), request.TypeChangeReason)
            ?? Correct(corrections, "technologyAmount", $"{terms.TechnologyAmount:0.00}", $"{request.TechnologyAmount:0.00}", request.TechnologyAmountChangeReason)
            ?? Correct(corrections, "relatedParties", terms.RelatedParties.ToString(), related.ToString(), request.RelatedPartiesReason);
        if (problem is not null)
        {
            return problem;
        }

        var flags = FlagsFor(terms, amount, request.Type, related, command.Tied, command.FlagAmountOver);
        var (buyer, seller) = (contract.Buyer, contract.Seller);
        return Decision.Accept(new ContractRegistered(
            contract.Id, buyer.OrganisationId, seller.OrganisationId, request.RegistrationNumber.ToUpperInvariant(), command.Now.DateInChina(), actor.UserId,
            command.Now, actor.Jurisdiction!, buyer.District, seller.District, contract.Parties, request.Type, amount, request.TechnologyAmount,
            terms.Field, contract.Source.Origin, contract.Source.SourceId, terms.Broker, flags, corrections));
    }

    /// <summary>The flags the bureau sees (and, before registration, would see if it registered the declaration): an
    /// amount over the threshold, a foreign party, a type eligible for tax relief (技术开发/转让/许可, or consulting and
    /// services tied to such a contract), related parties.</summary>
    public static RegistrationFlags FlagsFor(ContractTerms terms, decimal amount, ContractType type, bool related, TiedContract? tied, decimal threshold) => new(
        OverThreshold: amount > threshold,
        ForeignParty: terms.ForeignParties.Count > 0,
        TaxReliefEligible: TaxRelief.Contains(type) || (type is ContractType.Consulting or ContractType.Service && tied is { } t && TaxRelief.Contains(t.Type)),
        RelatedParties: related);

    /// <summary>A registered value that differs from the declared one is recorded with its reason; without one it is refused.</summary>
    private static DomainError? Correct(List<RegistrationCorrection> corrections, string field, string declared, string registered, string? reason)
    {
        if (declared == registered)
        {
            return null;
        }

        var reasonField = field + (field == "relatedParties" ? "Reason" : "ChangeReason");
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
        contracts.MapPost("/{id:guid}/register", async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (
                Guid id, RegisterContractRequest request, [AsParameters] RequestContext rc, IOptions<ContractOptions> options) =>
            {
                var tiedId = (await rc.Session.LoadAsync<ContractDetails>(id, rc.Cancellation))?.Terms.TiedToContractId;
                var tied = tiedId is { } t && await rc.Session.LoadAsync<ContractDetails>(t, rc.Cancellation) is { } d
                    ? new TiedContract(d.Id, d.Registration?.Type ?? d.Terms.Type, d.BuyerOrganisationId, d.SellerOrganisationId)
                    : null;
                var command = new RegisterContract(request, tied, options.Value.FlagAmountOver, rc.Actor, rc.Now);
                try
                {
                    return await ContractWrites.Execute(rc, id, c => RegisterContract.Decide(c, command), alongside: (_, decision) =>
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
