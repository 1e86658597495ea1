using JasperFx.Events.Projections;
using Marten;

namespace TechMarket.Server.Modules.Reviews;

public static class ReviewsModule
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<ContractHistoryProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<ContractHistory>()
                .DocumentAlias("contract_history")
                .GinIndexJsonData();
            options.Schema.For<ExpertProfile>()
                .DocumentAlias("expert_profile")
                .UseNumericRevisions(true)
                .Index(e => e.OrganisationId);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapReviewsModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/challenges").WithTags("Reviews")
            .MapReviews()
            .MapAward();
        app.MapExpertProfiles();
        app.MapMyReviews();
        return app;
    }
}
