using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Needs.Import;

namespace TechMarket.Server.Modules.Needs;

public static class NeedsModule
{
    public static IServiceCollection AddNeeds(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Need, NeedEvent>(Need.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<NeedDetails, NeedEvent>(NeedDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            options.Schema.For<NeedDetails>()
                .DocumentAlias("need_details")
                .Index(n => n.OrganisationId)
                .Index(n => n.Status)
                .Index(n => n.District);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapNeeds(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/needs").WithTags("Needs")
            .MapDraftNeed()
            .MapEditNeed()
            .MapSubmitNeed()
            .MapWithdrawNeed()
            .MapRequestNeedWithdrawal()
            .MapAcceptNeed()
            .MapRejectNeed()
            .MapNeedQueries();
        // 需求导入 acts on a round, so it lives under the round's address; the needs it writes are this module's.
        app.MapGroup("/api/rounds").WithTags("Needs")
            .MapImportNeeds()
            .MapNeedImportTemplate();
        return app;
    }
}
