using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Matching;

/// <summary>Two-way matching with reasons: computed from committed events by the daemon (see the notifications
/// module's subscription), stored one per pair, answered by either side, reported to the bureau.</summary>
public static class MatchingModule
{
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MatchingOptions>(configuration.GetSection("Matching"));
        services.AddSingleton<Matchmaker>();
        services.AddHostedService<MatcherWarmUp>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Match, MatchEvent>(Match.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<MatchDetails, MatchEvent>(MatchDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Schema.For<MatchDetails>()
                .DocumentAlias("match_details")
                .Index(m => m.SubjectId)
                .Index(m => m.CounterpartId)
                .Index(m => m.SubjectOrganisationId)
                .UniqueIndex(m => m.SubjectId, m => m.CounterpartId);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapMatching(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/matches").WithTags("Matching")
            .MapAnswerMatch()
            .MapMatchQueries();
        return app;
    }
}
