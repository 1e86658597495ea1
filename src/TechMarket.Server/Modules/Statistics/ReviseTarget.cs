using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>The revised target and why (the reason is kept with the revision and shown beside 调整后指标).</summary>
public sealed record ReviseTargetRequest(decimal Amount, [LongText] string Reason);

public sealed class ReviseTargetRequestValidator : AbstractValidator<ReviseTargetRequest>
{
    public ReviseTargetRequestValidator()
    {
        RuleFor(r => r.Amount).Must(Money.IsAmount).WithMessage(Money.Rule);
        RuleFor(r => r.Reason).NotEmpty().TrimmedLength(2, 500);
    }
}

/// <summary>指标调整: the setting level revises a target during its year; from then on completion is measured against it.</summary>
public sealed record ReviseTarget(decimal Amount, string Reason, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(DistrictTarget target, ReviseTarget command, RegionCatalog regions)
    {
        if (TargetRules.SetterOnly(regions, command.Actor, target.District, target.Year) is { } refused)
        {
            return refused;
        }

        var today = command.Now.DateInChina();
        if (today.Year > target.Year)
        {
            return DomainError.Conflict("year-closed", $"The year {target.Year} is over; its target stays as it was.");
        }

        var effective = today.Year < target.Year ? new DateOnly(target.Year, 1, 1) : today;
        return Decision.Accept(new TargetRevised(target.Id, command.Amount, effective, command.Reason.Trim(), command.Actor.UserId, command.Now));
    }
}

public static class ReviseTargetEndpoint
{
    public static RouteGroupBuilder MapReviseTarget(this RouteGroupBuilder statistics)
    {
        statistics.MapPost("/targets/{district}/{year:int}/revisions", Handle)
            .RequireAuthorization(Policies.Bureau)
            .Validate<ReviseTargetRequest>()
            .WithSummary("Revise a district's annual target with a reason (指标调整; 调整后指标 from today)");
        return statistics;
    }

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        string district, int year, ReviseTargetRequest body, RegionCatalog regions, [AsParameters] RequestContext request)
    {
        var command = new ReviseTarget(body.Amount, body.Reason, request.Actor, request.Now);
        return request.Execute<DistrictTarget>(DistrictTarget.IdOf(district, year), "The target", target => ReviseTarget.Decide(target, command, regions));
    }
}
