using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// Figures the bureau enters for a region and year, not kept by the platform: 地区生产总值 (GDP, yuan) for
/// 占GDP比重, and 工业投资增速 (percent) for "高于工业投资增速N个百分点". Reference data, overwritten as a whole.
/// </summary>
public sealed class ReferenceFigures
{
    public string Id { get; set; } = string.Empty;

    public string Region { get; set; } = string.Empty;

    public int Year { get; set; }

    public decimal? Gdp { get; set; }

    public decimal? IndustrialInvestmentGrowth { get; set; }

    public Guid By { get; set; }

    public DateTimeOffset At { get; set; }

    public static string IdOf(string region, int year) => $"{region}:{year}";
}

public sealed record ReferenceFiguresRequest(decimal? Gdp = null, decimal? IndustrialInvestmentGrowth = null);

public sealed class ReferenceFiguresRequestValidator : AbstractValidator<ReferenceFiguresRequest>
{
    public const decimal MaxGdp = 1_000_000_000_000_000m;

    public ReferenceFiguresRequestValidator()
    {
        // A GDP is far above any payment (宁波 is over a trillion yuan): its own ceiling, whole yuan or fen.
        RuleFor(r => r.Gdp).Must(g => g is null || (g >= 0 && g <= MaxGdp && decimal.Round(g.Value, 2) == g)).WithMessage("A GDP in yuan, from 0 to 10^15, with at most two decimals.");
        RuleFor(r => r.IndustrialInvestmentGrowth).InclusiveBetween(-100m, 1000m).WithMessage("A growth rate in percent, from -100 to 1000.");
    }
}

public static class ReferenceFiguresEndpoints
{
    public static RouteGroupBuilder MapReferenceFigures(this RouteGroupBuilder statistics)
    {
        statistics.MapPut("/reference-figures/{region}/{year:int}", Put).RequireAuthorization(Policies.Bureau).Validate<ReferenceFiguresRequest>()
            .WithSummary("Enter a region's GDP and industrial investment growth for a year (for 占GDP比重 and 高于工业投资增速N个百分点)");
        return statistics;
    }

    private static async Task<Results<Ok<ReferenceFigures>, ValidationProblem, ProblemHttpResult>> Put(
        string region, int year, ReferenceFiguresRequest request, StatisticsScope scope, [AsParameters] RequestContext rc)
    {
        if (year is < 2000 or > 2100)
        {
            return StatisticsAnswers.Refuse<ReferenceFigures>(DomainError.Invalid("year", "A year from 2000 to 2100."));
        }

        var (scoped, error) = scope.Resolve(rc.Actor, region);
        if (error is not null)
        {
            return StatisticsAnswers.Refuse<ReferenceFigures>(error);
        }

        var figures = new ReferenceFigures
        {
            Id = ReferenceFigures.IdOf(scoped!.Region.Code, year), Region = scoped.Region.Code, Year = year, Gdp = request.Gdp,
            IndustrialInvestmentGrowth = request.IndustrialInvestmentGrowth, By = rc.Actor.UserId, At = rc.Now,
        };
        rc.Session.Store(figures);
        await rc.Session.SaveChangesAsync(rc.Cancellation);
        return TypedResults.Ok(figures);
    }
}
