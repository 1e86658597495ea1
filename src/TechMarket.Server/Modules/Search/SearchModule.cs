using Microsoft.Extensions.Options;

namespace TechMarket.Server.Modules.Search;

/// <summary>Full-text search over needs, challenges, achievements and profiles: one Lucene index per node, fed from
/// the event store.</summary>
public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection("Search"));
        services.AddSingleton<ISearchSource, NeedSearchSource>();
        services.AddSingleton<ISearchSource, ChallengeSearchSource>();
        services.AddSingleton<ISearchSource, ProfileSearchSource>();
        services.AddSingleton<ISearchSource, AchievementSearchSource>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            var path = Path.GetFullPath(options.IndexDirectory, provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            try
            {
                return SearchIndex.OnDisk(path);
            }
            catch (Lucene.Net.Store.LockObtainFailedException e)
            {
                throw new InvalidOperationException(
                    $"The search index at {path} is in use by another server process. Every node keeps its own index: give this one its own Search:IndexDirectory.", e);
            }
        });
        services.AddSingleton<IndexFeeder>();
        services.AddHostedService(provider => provider.GetRequiredService<IndexFeeder>());
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search")
            .MapSearchQueries()
            .MapRebuildSearchIndex();
        return app;
    }
}
