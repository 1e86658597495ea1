using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Reviews;

namespace TechMarket.UnitTests.Fixtures;

public static partial class Given
{
    /// <summary>Weights 40/30/20/10: distinct, so the highest-weighted criterion (technical) is clear.</summary>
    public static readonly IReadOnlyList<Criterion> Criteria =
    [
        new("technical", "Technical approach", 40),
        new("team", "Team capability", 30),
        new("budget", "Budget", 20),
        new("schedule", "Schedule", 10),
    ];

    public static readonly IReadOnlyList<FundingStage> TwoStages = [new("Prototype", 30), new("Pilot line", 70)];

    public static ChallengeTerms Terms(
        ChallengeMode mode = ChallengeMode.SingleWinner, int winnerCount = 1, IReadOnlyList<FundingStage>? stages = null,
        IReadOnlyList<Criterion>? criteria = null, decimal subsidy = 200_000m) => new(
        Title: "Seawater desalination membrane",
        PublicSummary: "Halve the energy of desalination.",
        ConfidentialDetails: "Plant runs at 4.1 kWh per cubic metre.",
        Requirements: "A membrane module tested for 1000 hours.",
        Field: "0101",
        GovernmentSubsidy: subsidy,
        OpensAt: Now.AddDays(-40),
        ClosesAt: Now.AddDays(-10),
        Criteria: criteria ?? Criteria,
        Eligibility: new Eligibility([OrganisationKind.University], []),
        Mode: mode,
        WinnerCount: winnerCount,
        Stages: stages ?? [],
        NdaTerms: "Keep the plant figures confidential.");

    /// <summary>A published challenge funded by the given enterprises (one by default), ready to take bids.</summary>
    public static ChallengeStory AChallenge(ChallengeTerms? terms = null, string district = District, params decimal[] funding) =>
        new(terms ?? Terms(), district, funding.Length == 0 ? [800_000m] : funding);

    /// <summary>The state folded from its events with Challenge.Create and Apply, the way Marten folds it.</summary>
    public static Challenge Challenge(IEnumerable<object> history)
    {
        var events = history.ToList();
        return events.Skip(1).Aggregate(
            global::TechMarket.Server.Modules.Challenges.Challenge.Create((ChallengeDrafted)events[0]),
            (challenge, e) => e switch
            {
                FundingConfirmed x => challenge.Apply(x),
                ChallengePublished x => challenge.Apply(x),
                NdaAccepted x => challenge.Apply(x),
                BiddingClosed x => challenge.Apply(x),
                ChallengeCancelled x => challenge.Apply(x),
                ExpertAssigned x => challenge.Apply(x),
                BidScored x => challenge.Apply(x),
                FeedbackRecorded x => challenge.Apply(x),
                ChallengeAwarded x => challenge.Apply(x),
                StageGateReviewed x => challenge.Apply(x),
                ResultsAccepted x => challenge.Apply(x),
                ChallengeCompleted x => challenge.Apply(x),
                ChallengeFailed x => challenge.Apply(x),
                _ => throw new ArgumentException($"Not a challenge event: {e.GetType().Name}", nameof(history)),
            });
    }
}
