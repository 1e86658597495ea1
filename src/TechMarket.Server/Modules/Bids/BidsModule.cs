using JasperFx.Events.Projections;
using Marten;

namespace TechMarket.Server.Modules.Bids;

public static class BidsModule
{
    public static IServiceCollection AddBids(this IServiceCollection services)
    {
        services.AddBidAttachmentLimits();
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<BidDetailsProjection>(ProjectionLifecycle.Inline);
            options.Schema.For<BidDetails>().DocumentAlias("bid_details").Index(b => b.ChallengeId).Index(b => b.OrganisationId);
            options.Schema.For<BidAttachment>().DocumentAlias("bid_attachment");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapBids(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/challenges").WithTags("Bids")
            .MapSubmitBid()
            .MapBidAttachments()
            .MapChallengeBids();
        app.MapGroup("/api/bids").WithTags("Bids")
            .MapAmendBid()
            .MapWithdrawBid()
            .MapBidQueries();
        return app;
    }
}
