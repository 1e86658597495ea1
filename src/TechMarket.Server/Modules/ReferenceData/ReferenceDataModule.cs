using Marten;
using TechMarket.Server.Infrastructure;

namespace TechMarket.Server.Modules.ReferenceData;

public static class ReferenceDataModule
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["ReferenceData:Path"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "reference-data.json");
        services.AddSingleton(ReferenceCatalog.Load(path));
        services.AddStartupTask<StoreReferenceData>();
        services.ConfigureMarten(options =>
        {
            options.Schema.For<District>().DocumentAlias("district");
            options.Schema.For<TechField>().DocumentAlias("tech_field");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapReferenceData(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/reference").WithTags("Reference data").AllowAnonymous().MapReferenceQueries();
        return app;
    }
}
