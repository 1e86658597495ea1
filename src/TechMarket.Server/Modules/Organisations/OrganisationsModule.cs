using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Organisations;

public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Organisation, OrganisationEvent>(Organisation.Evolve), ProjectionLifecycle.Inline);
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
            .MapApproveOrganisation()
            .MapRejectOrganisation()
            .MapSuspendOrganisation()
            .MapReinstateOrganisation()
            .MapOrganisationDirectory()
            .MapOrganisationQueries();
        return app;
    }
}
