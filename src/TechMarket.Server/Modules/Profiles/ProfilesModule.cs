using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>Profiles and the three lists (三张清单), and what brokers follow.</summary>
public static class ProfilesModule
{
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Profile, ProfileEvent>(Profile.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<BrokerInterests, BrokerInterestEvent>(BrokerInterests.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<ProfileDetails, ProfileEvent>(ProfileDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Projections.Add(new StreamFold<BrokerInterestDetails, BrokerInterestEvent>(BrokerInterestDetailsProjection.Evolve), ProjectionLifecycle.Inline);
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
        app.MapGroup("/api/brokers").WithTags("Profiles")
            .MapFollowFieldsAndDistricts()
            .MapBrokerInterestQueries();
        return app;
    }
}
