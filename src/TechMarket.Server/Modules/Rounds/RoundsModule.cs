using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Rounds;

/// <summary>Collection rounds (需求征集) and each bureau's collection policy. Needs depend on this module, never the reverse.</summary>
public static class RoundsModule
{
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<CollectionRound, RoundEvent>(CollectionRound.Evolve), ProjectionLifecycle.Inline);
            options.Projections.Add(new StreamFold<CollectionPolicy, CollectionPolicyEvent>(CollectionPolicy.Evolve), ProjectionLifecycle.Inline);
            options.Schema.For<CollectionRound>().DocumentAlias("collection_round");
            options.Schema.For<CollectionPolicy>().DocumentAlias("collection_policy");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapRounds(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/rounds").WithTags("Rounds")
            .MapOpenRound()
            .MapCloseRound()
            .MapSetStandingCollection()
            .MapRoundQueries();
        return app;
    }
}
