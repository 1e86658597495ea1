using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Infrastructure.Postgres;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Challenges.Award;

namespace TechMarket.Server.Modules.Bids;

public static class BidsModule
{
    public static IServiceCollection AddBids(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>().BindConfiguration("Attachments");
        services.AddSingleton<IChallengeBids, BidsOnChallenges>();
        services.AddSingleton<IDeliveryFiles, DeliveryUploads>();
        services.AddSingleton<IAttachmentContent>(provider => new PostgresAttachmentContent(provider.GetRequiredService<IConfiguration>().ConnectionString()));
        services.AddStartupTask<BidLeadBackfill>();
        // One instance, both the hosted sweeper and a service (tests sweep on their own clock).
        services.AddSingleton<AttachmentSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<AttachmentSweeper>());
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Bid, BidEvent>(Bid.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<BidDetails, BidEvent>(BidDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            // "My bids" (MyBids) pages the bids an organisation leads by walking (organisation, last change, id)
            // backwards, so the walk stops at the page's LIMIT; the organisation is a real column too, so the total is
            // counted from its index alone. The last change is a real column as well: as an expression over the JSON
            // the index called mt_immutable_timestamptz — a SQL function PostgreSQL cannot inline (its text-to-time cast
            // is only stable), so run by the function executor — on every bid's write.
            options.Schema.For<BidDetails>().DocumentAlias("bid_details").Index(b => b.ChallengeId)
                .Duplicate(b => b.OrganisationId)
                .Duplicate(b => b.LastChangedAt)
                .Index([b => b.OrganisationId, b => b.LastChangedAt, b => b.Id], index => index.Name = "mt_doc_bid_details_idx_my_bids")
                // ...and the joint bids that name it: a GIN index on the members alone (a solo bid's empty list adds no
                // key), used by the containment MyBids writes against it.
                .GinIndexJsonDataMember(b => b.MemberIds);
            BidParticipant.Configure(options);
            BidAttachments.Configure(options);
            PostgresAttachmentContent.Configure(options);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapBids(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/challenges").WithTags("Bids")
            .MapSubmitBid()
            .MapUploadAttachment()
            .MapChallengeBids()
            .MapAttachmentByLabel()
            .MapDeliveryFile();
        app.MapGroup("/api/bids").WithTags("Bids")
            .MapAmendBid()
            .MapWithdrawBid()
            .MapConfirmMembership()
            .MapDeclineMembership()
            .MapBidQueries()
            .MapAttachmentById();
        return app;
    }
}
