using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Profiles;

namespace TechMarket.Server.Modules.Achievements;

public static class AchievementsModule
{
    public static IServiceCollection AddAchievements(this IServiceCollection services)
    {
        services.AddOptions<TrialOptions>().BindConfiguration("Trials");
        // A university's third list (优质成果) on its profile: per request, like the session it reads through.
        services.AddScoped<IAchievementShelf, PublishedAchievements>();
        // One instance, both the hosted converter and a service (tests convert on their own clock, at once).
        services.AddSingleton<TrialConverter>();
        services.AddHostedService(provider => provider.GetRequiredService<TrialConverter>());
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Achievement, AchievementEvent>(Achievement.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<Deal, DealEvent>(Deal.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<Trial, TrialEvent>(Trial.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<AchievementDetails, AchievementEvent>(AchievementDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Projections.Add(new StreamFold<DealDetails, DealEvent>(DealDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Projections.Add(new StreamFold<TrialDetails, TrialEvent>(TrialDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Schema.For<AchievementDetails>().DocumentAlias("achievement_details").Index(a => a.OrganisationId).Index(a => a.Field).Index(a => a.PublishedAt);
            // "My deals" and "my trials" find an organisation on either side: one index per side (a BitmapOr).
            options.Schema.For<DealDetails>().DocumentAlias("deal_details").Index(d => d.Buyer.OrganisationId).Index(d => d.Seller.OrganisationId);
            options.Schema.For<TrialDetails>().DocumentAlias("trial_details").Index(t => t.EndsOn).Index(t => t.Status)
                .Index(t => t.Buyer.OrganisationId).Index(t => t.Seller.OrganisationId);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapAchievements(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/achievements").WithTags("Achievements")
            .MapPublishAchievement()
            .MapChangeAchievementPrice()
            .MapWithdrawAchievement()
            .MapOpenDeal()
            .MapStartTrial()
            .MapAchievementQueries();
        app.MapGroup("/api/deals").WithTags("Achievements")
            .MapProposeDealTerms()
            .MapAgreeDeal()
            .MapCloseDeal()
            .MapDealQueries();
        app.MapGroup("/api/trials").WithTags("Achievements")
            .MapDeclineTrial()
            .MapTrialQueries();
        return app;
    }
}
