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
        var catalog = ReferenceCatalog.Load(path);
        services.AddSingleton(catalog);
        // The province → city → district hierarchy lives beside the catalog (a configured catalog may bring its own).
        var regions = Path.Combine(Path.GetDirectoryName(path)!, "regions.json");
        services.AddSingleton(RegionCatalog.Load(
            File.Exists(regions) ? regions : Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "regions.json"), catalog.CityCode));
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
