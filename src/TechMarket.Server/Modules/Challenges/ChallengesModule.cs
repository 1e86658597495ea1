using JasperFx.Events.Projections;
using Marten;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Marten;
using TechMarket.Server.Modules.Challenges.Award;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.Server.Modules.Needs;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>榜单项目: the challenge stream from draft to award and after — publication, disclosure and the close here,
/// expert review in Review/, the award, stage gates and 市场判题 in Award/.</summary>
public static class ChallengesModule
{
    public static IServiceCollection AddChallenges(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ChallengeOptions>(configuration.GetSection("Challenges"));
        // One instance, both the hosted scheduler and a service (tests close due challenges on their own clock).
        services.AddSingleton<BiddingCloser>();
        services.AddSingleton<INeedChallenges, ChallengesOnNeeds>();
        services.AddHostedService(provider => provider.GetRequiredService<BiddingCloser>());
        services.AddStartupTask<ChallengeDetailsUpgrade>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Add(new StreamFold<Challenge, ChallengeEvent>(Challenge.Evolve), ProjectionLifecycle.Live);
            options.Projections.Add(new StreamFold<ChallengeDetails, ChallengeEvent>(ChallengeDetailsProjection.Evolve), ProjectionLifecycle.Inline);
            // Status and publication time as real columns (docs/ARCHITECTURE.md, "Indexes for the board and my bids"): the
            // board counts every challenge not drafted or cancelled (an index-only scan of the status column) and pages by
            // publication time (a walk of its index that stops at the page's LIMIT).
            options.Schema.For<ChallengeDetails>().DocumentAlias("challenge_details").Duplicate(c => c.Status).Duplicate(c => c.PublishedAt!)
                // 出资与验收 finds an enterprise's challenges by containment in the funders' ids (FundedChallenges).
                .GinIndexJsonDataMember(c => c.FunderIds);
            options.Schema.For<ExpertProfile>().DocumentAlias("expert_profile").UseNumericRevisions(true).Index(e => e.OrganisationId);
            BiddingGate.Configure(options);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapChallenges(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/challenges").WithTags("Challenges")
            .MapDraftChallenge()
            .MapConfirmFunding()
            .MapPublishChallenge()
            .MapCancelChallenge()
            .MapAcceptNda()
            .MapChallengeQueries()
            .MapFundedChallenges();
        app.MapGroup("/api/challenges").WithTags("Reviews")
            .MapAssignExpert()
            .MapDrawExperts()
            .MapDeclineReview()
            .MapRecuseFromBid()
            .MapReviewLog()
            .MapScoreBid()
            .MapRecordFeedback()
            .MapRanking()
            .MapAwardChallenge()
            .MapRepublishChallenge()
            .MapCloseUnfilled()
            .MapLodgeObjection()
            .MapAnswerObjection()
            .MapObjections()
            .MapFinaliseAward()
            .MapReviewStageGate()
            .MapStages()
            .MapDeliverResults()
            .MapAcceptResults()
            .MapRejectResults()
            .MapResumeJudgement()
            .MapJudgement()
            .MapFailChallenge();
        app.MapGroup("/api/experts").WithTags("Reviews")
            .MapUpdateExpertProfile()
            .MapRegisterExpert()
            .MapApproveExpert()
            .MapExpertProfileQueries();
        app.MapGroup("/api/reviews").WithTags("Reviews")
            .MapMyReviews();
        return app;
    }
}
