using JasperFx.Events.Projections;
using Marten;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>Profiles and the three lists (三张清单), and what brokers follow.</summary>
public static class ProfilesModule
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddSingleton<IAchievementShelf, NoAchievementsYet>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<ProfileDetailsProjection>(ProjectionLifecycle.Inline);
            options.Projections.Add<BrokerInterestDetailsProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<ProfileDetails>().DocumentAlias("profile_details").Index(p => p.OrganisationId).Index(p => p.Kind);
            options.Schema.For<BrokerInterestDetails>().DocumentAlias("broker_interests");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapProfiles(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/profiles").WithTags("Profiles")
            .MapSaveProfile()
            .MapProfileQueries();
        app.MapFollowFieldsAndDistricts();
        return app;
    }
}
