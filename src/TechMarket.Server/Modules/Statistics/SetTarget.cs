using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>The annual target in yuan (technology transaction value, 技术交易额).</summary>
public sealed record SetTargetRequest(decimal Amount);

public sealed class SetTargetRequestValidator : AbstractValidator<SetTargetRequest>
{
    public SetTargetRequestValidator() => RuleFor(r => r.Amount).Must(Money.IsAmount).WithMessage(Money.Rule);
}

/// <summary>下达指标: a city-level (or provincial) officer whose jurisdiction covers the district sets its target once a year.</summary>
public sealed record SetTarget(string District, int Year, decimal Amount, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(DistrictTarget? state, SetTarget command, RegionCatalog regions) =>
        TargetRules.SetterOnly(regions, command.Actor, command.District, command.Year)
        ?? (state is not null
            ? DomainError.Conflict("target-already-set", $"The target for {command.Year} is set; revise it (调整) with a reason instead.")
            : Decision.Accept(new TargetSet(DistrictTarget.IdOf(command.District, command.Year), command.District, command.Year, command.Amount,
                command.Actor.UserId, command.Now)));
}

public static class TargetRules
{
    /// <summary>Targets are set by the level above the district: an officer of the city or province covering it.</summary>
    public static DomainError? SetterOnly(RegionCatalog regions, Actor actor, string district, int year)
    {
        if (regions.Find(district) is not { Level: RegionLevel.District })
        {
            return DomainError.NotFound("unknown-district", $"No district has the code {district}.");
        }

        if (year is < 2000 or > 2100)
        {
            return DomainError.Invalid("year", "A year from 2000 to 2100.");
        }

        return regions.OfJurisdiction(actor.Jurisdiction) is { Level: not RegionLevel.District } && regions.Covers(actor.Jurisdiction, district)
            ? null
            : DomainError.Forbidden("not-the-setting-level", "Targets are set by the city or province whose jurisdiction covers the district.");
    }
}

public static class SetTargetEndpoint
{
    public static RouteGroupBuilder MapSetTarget(this RouteGroupBuilder statistics)
    {
        statistics.MapPut("/targets/{district}/{year:int}", Handle)
            .RequireAuthorization(Policies.Bureau)
            .Validate<SetTargetRequest>()
            .WithSummary("Set a district's annual 技术交易额 target (下达指标; city or province officers covering it)");
        return statistics;
    }

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        string district, int year, SetTargetRequest body, RegionCatalog regions, [AsParameters] RequestContext request)
    {
        var command = new SetTarget(district, year, body.Amount, request.Actor, request.Now);
        return request.ExecuteOrStart<DistrictTarget, NoContent>(
            DistrictTarget.IdOf(district, year), state => SetTarget.Decide(state, command, regions), _ => TypedResults.NoContent());
    }
}
