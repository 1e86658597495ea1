using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Organisations;

public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Organisation>(SnapshotLifecycle.Inline);
            options.Schema.For<Organisation>().UniqueIndex(o => o.CreditCode).Index(o => o.District);
            options.Projections.Add<OrganisationAccessProjection>(ProjectionLifecycle.Inline);
        });
        services.AddScoped<IAccountStanding, OrganisationStanding>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/organisations").WithTags("Organisations")
            .MapRegisterOrganisation()
            .MapDecideOrganisation()
            .MapSuspendOrganisation()
            .MapOrganisationDirectory()
            .MapOrganisationQueries();
        return app;
    }
}
