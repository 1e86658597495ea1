using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure.Marten;

namespace TechMarket.Server.Modules.Lists;

/// <summary>Published lists (榜单) and the rounds' reports. Depends on Rounds, Needs and Challenges; nothing depends on it.</summary>
public static class ListsModule
{
    public static IServiceCollection AddLists(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<PublishedList, ListEvent>(PublishedList.Evolve), ProjectionLifecycle.Inline);
            PublishedList.Configure(options);
            options.Projections.Add(new RoundEntriesProjection(), ProjectionLifecycle.Inline);
            options.Schema.For<RoundNeedEntry>().DocumentAlias("round_need").Index(n => n.RoundId);
            options.Schema.For<RoundChallengeEntry>().DocumentAlias("round_challenge").Index(c => c.RoundId);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLists(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/lists").WithTags("Lists")
            .MapPublishList()
            .MapListQueries();
        app.MapGroup("/api/rounds").WithTags("Rounds")
            .MapRoundReport();
        return app;
    }
}
