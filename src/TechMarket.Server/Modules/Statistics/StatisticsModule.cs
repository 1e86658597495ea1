using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Statistics;

/// <summary>
/// 统计: the transaction value cube and its ledger (async, HotCold daemon), district targets with their revisions,
/// growth, rankings, report sentences and exports — all bureau-only, scoped to the officer's jurisdiction.
/// </summary>
public static class StatisticsModule
{
    /// <summary>Events per daemon batch for the cube (the daemon's default is 500).</summary>
    public const int CubeBatchSize = 5000;

    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration("Statistics");
        services.AddSingleton<StatisticsScope>();
        services.AddSingleton<StatisticsTables>();
        services.ConfigureMarten(ConfigureStore);
        return services;
    }

    /// <summary>The statistics projections and documents (the benchmark builds a store with them too).</summary>
    public static void ConfigureStore(StoreOptions options)
    {
        CubeTable.Configure(options);
        options.Projections.Add(new TransactionCubeProjection(), ProjectionLifecycle.Async, TransactionCubeProjection.Name, cube =>
        {
            // A rebuild starts from empty tables; larger batches mean fewer, better-aggregated statements.
            foreach (var grain in Enum.GetValues<CubeGrain>())
            {
                cube.DeleteDataInTableOnTeardown(CubeTable.Name(grain));
            }

            cube.DeleteViewTypeOnTeardown<TransactionLine>();
            cube.BatchSize = CubeBatchSize;
        });
        options.Projections.Add(new StreamFold<DistrictTarget, TargetEvent>(DistrictTarget.Evolve), ProjectionLifecycle.Inline);
        options.Schema.For<TransactionLine>().DocumentAlias("statistics_ledger")
            .Index(l => l.SellerDistrict).Index(l => l.BuyerDistrict).Index(l => l.Day);
        options.Schema.For<DistrictTarget>().DocumentAlias("district_target").Index(t => t.Year);
        options.Schema.For<ReferenceFigures>().DocumentAlias("reference_figures");
    }

    public static IEndpointRouteBuilder MapStatistics(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/statistics").WithTags("Statistics")
            .MapCubeQueries()
            .MapStandingQueries()
            .MapReportQueries()
            .MapExportQueries()
            .MapWarningQueries()
            .MapFunnelQueries()
            .MapRoundFunnelQueries()
            .MapRoundListQueries()
            .MapActivityListQueries()
            .MapReferenceInputs()
            .MapSetTarget()
            .MapReviseTarget()
            .MapReferenceFigures();
        return app;
    }
}
