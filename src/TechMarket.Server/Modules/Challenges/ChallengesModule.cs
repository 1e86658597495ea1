using JasperFx.Events.Projections;
using Marten;

namespace TechMarket.Server.Modules.Challenges;

public static class ChallengesModule
{
    public static IServiceCollection AddChallenges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChallengeOptions>(configuration.GetSection("Challenges"));
        // One instance, both the hosted scheduler and a service (tests close due challenges on their own clock).
        services.AddSingleton<BiddingCloser>();
        services.AddHostedService(provider => provider.GetRequiredService<BiddingCloser>());
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<ChallengeDetailsProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<ChallengeDetails>().DocumentAlias("challenge_details").Index(c => c.Status);
            BiddingGate.Configure(options);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapChallenges(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/challenges").WithTags("Challenges")
            .MapDraftChallenge()
            .MapConfirmFunding()
            .MapPublishChallenge()
            .MapCancelChallenge()
            .MapAcceptNda()
            .MapChallengeQueries();
        return app;
    }
}
