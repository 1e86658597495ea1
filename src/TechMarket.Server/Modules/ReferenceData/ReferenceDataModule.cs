using Marten;

namespace TechMarket.Server.Modules.ReferenceData;

public static class ReferenceDataModule
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["ReferenceData:Path"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "Modules", "ReferenceData", "reference-data.json");
        services.AddSingleton(ReferenceCatalog.Load(path));
        services.ConfigureMarten(options =>
        {
            options.Schema.For<District>().DocumentAlias("district");
            options.Schema.For<TechField>().DocumentAlias("tech_field");
        });
        return services;
    }

    /// <summary>Writes the catalog into the database; run at every start, so it is idempotent (upsert by code).</summary>
    public static async Task StoreAsync(IDocumentStore store, ReferenceCatalog catalog, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(catalog.Districts.ToArray());
        session.Store(catalog.Fields.ToArray());
        await session.SaveChangesAsync(ct);
    }

    public static IEndpointRouteBuilder MapReferenceData(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reference").WithTags("Reference data").AllowAnonymous();
        group.MapGet("/districts", (ReferenceCatalog catalog) =>
            TypedResults.Ok(new { city = new { code = catalog.CityCode, name = catalog.CityName }, districts = catalog.Districts }));
        group.MapGet("/fields", (ReferenceCatalog catalog) => TypedResults.Ok(catalog.Fields));
        return app;
    }
}
