using FluentValidation;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Settlement;

/// <summary>A voucher to issue: to whom, how much, until when, for what, and what share of a milestone it may cover.</summary>
public sealed record IssueVoucherRequest(
    Guid EnterpriseId, decimal Amount, DateOnly ExpiresOn, IReadOnlyList<VoucherUse> Uses, decimal MaxSharePercent, IReadOnlyList<Guid>? ProviderIds = null);

public sealed class IssueVoucherValidator : AbstractValidator<IssueVoucherRequest>
{
    public IssueVoucherValidator()
    {
        RuleFor(r => r.Amount).Money().GreaterThan(0);
        RuleFor(r => r.Uses).NotEmpty().Must(u => u is null || u.Distinct().Count() == u.Count).WithMessage("Name each use once.");
        RuleForEach(r => r.Uses).IsInEnum();
        RuleFor(r => r.MaxSharePercent).GreaterThan(0).LessThanOrEqualTo(100)
            .Must(p => decimal.Round(p, 2) == p).WithMessage("A percentage with at most two decimals.");
        RuleFor(r => r.ProviderIds).NotEmpty().When(r => r.Uses?.Contains(VoucherUse.TestingAndInstruments) == true)
            .WithMessage("Testing and instrument services are paid to listed providers: list them.")
            .Must(p => p is null || p.Count <= 50).WithMessage("At most 50 providers.");
    }
}

/// <summary>发放创新券: a bureau officer issues a voucher to an approved enterprise of its jurisdiction.</summary>
public sealed record IssueVoucher(Guid VoucherId, IssueVoucherRequest Request, Organisation? Enterprise, IReadOnlyList<Organisation?> Providers, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(IssueVoucher command)
    {
        var (request, enterprise) = (command.Request, command.Enterprise);
        if (enterprise is not { Kind: OrganisationKind.Enterprise, IsApproved: true })
        {
            return DomainError.Invalid("enterpriseId", "Vouchers are issued to approved enterprises.");
        }

        if (!command.Actor.Covers(enterprise.District))
        {
            return DomainError.Forbidden("outside-jurisdiction", "The enterprise is outside your jurisdiction.");
        }

        if (request.ExpiresOn <= command.Now.DateInChina())
        {
            return DomainError.Invalid("expiresOn", "A voucher expires after the day it is issued.");
        }

        for (var i = 0; i < command.Providers.Count; i++)
        {
            if (command.Providers[i] is not { IsApproved: true })
            {
                return DomainError.Invalid($"providerIds[{i}]", "No approved organisation has this id.");
            }
        }

        return Decision.Accept(new VoucherIssued(
            command.VoucherId, enterprise.Id, enterprise.Name, enterprise.District, request.Amount, request.ExpiresOn, request.Uses,
            [.. command.Providers.Select(p => p!.Id)], request.MaxSharePercent, command.Actor.UserId, command.Now));
    }
}

public static class IssueVoucherEndpoint
{
    public static RouteGroupBuilder MapIssueVoucher(this RouteGroupBuilder vouchers)
    {
        vouchers.MapPost("/", async (IssueVoucherRequest request, [AsParameters] RequestContext rc) =>
            {
                var providerIds = request.ProviderIds ?? [];
                var found = (await rc.Session.LoadManyAsync<Organisation>(rc.Cancellation, [request.EnterpriseId, .. providerIds])).ToDictionary(o => o.Id);
                var command = new IssueVoucher(
                    Guid.CreateVersion7(), request, found.GetValueOrDefault(request.EnterpriseId), [.. providerIds.Select(found.GetValueOrDefault)], rc.Actor, rc.Now);
                return await rc.Start<Voucher>(command.VoucherId, IssueVoucher.Decide(command), $"/api/vouchers/{command.VoucherId}");
            })
            .RequireAuthorization(Policies.Bureau)
            .Validate<IssueVoucherRequest>()
            .WithSummary("Issue an innovation voucher (创新券) to an enterprise of your jurisdiction");
        return vouchers;
    }
}
