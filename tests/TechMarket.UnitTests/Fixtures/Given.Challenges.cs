using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

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

    /// <summary>The shortest story that leaves a challenge in the given status; from bidding on, a horse race of two bids.</summary>
    public static ChallengeStory AChallengeIn(ChallengeStatus status)
    {
        ChallengeStory Race() => AChallenge(Terms(ChallengeMode.HorseRace, winnerCount: 2, stages: TwoStages)).WithBids(2).Closed();
        ChallengeStory Running() => Race().Awarded().Gate(1, ("A", StageOutcome.Continue), ("B", StageOutcome.Continue));
        return status switch
        {
            ChallengeStatus.Draft => ADraftChallenge(),
            ChallengeStatus.Published => AChallenge(OpenTerms()),
            ChallengeStatus.BiddingClosed => Race(),
            ChallengeStatus.UnderReview => Race().WithExperts(1),
            ChallengeStatus.Awarded => Race().Awarded(),
            ChallengeStatus.InProgress => Running(),
            ChallengeStatus.Completed => Running().Completed(),
            ChallengeStatus.Failed => Running().Failed(),
            ChallengeStatus.Cancelled => AChallenge(OpenTerms()).Cancelled(),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }

    /// <summary>A draft nobody has confirmed funding for yet: the bureau's starting point before 发榜.</summary>
    public static ChallengeStory ADraftChallenge(ChallengeTerms? terms = null, string district = District, params decimal[] funding) =>
        new(terms ?? OpenTerms(), district, funding.Length == 0 ? [800_000m] : funding, publish: false);

    /// <summary>Terms whose bidding window is open at <see cref="Now"/>: opened five days ago, closes in five days.</summary>
    public static ChallengeTerms OpenTerms(ChallengeMode mode = ChallengeMode.SingleWinner, int winnerCount = 1) =>
        Terms(mode, winnerCount) with { OpensAt = Now.AddDays(-5), ClosesAt = Now.AddDays(5) };

    /// <summary>The read model folded with its projection's Evolve, as Marten projects it inline.</summary>
    public static ChallengeDetails ChallengeDetails(IEnumerable<ChallengeEvent> history)
    {
        var events = history.ToList();
        var details = Folded<ChallengeDetails, ChallengeEvent>(events, ChallengeDetailsProjection.Evolve);
        details.Version = events.Count;
        return details;
    }

    /// <summary>What the bureau sends to draft a challenge: valid, window opening tomorrow, funded by the given needs.</summary>
    public static DraftChallengeRequest DraftRequest(params NeedFunding[] needs) => new(
        Title: "Seawater desalination membrane",
        PublicSummary: "Halve the energy of desalination.",
        ConfidentialDetails: "Plant runs at 4.1 kWh per cubic metre.",
        Requirements: "A membrane module tested for 1000 hours.",
        Field: "0101",
        Needs: needs.Length == 0 ? [new NeedFunding(Guid.CreateVersion7(), 800_000m)] : needs,
        GovernmentSubsidy: 200_000m,
        OpensAt: Now.AddDays(1),
        ClosesAt: Now.AddDays(31),
        Criteria: Criteria,
        Eligibility: new Eligibility([OrganisationKind.University], []),
        Mode: ChallengeMode.SingleWinner,
        WinnerCount: 1,
        Stages: null,
        NdaTerms: "Keep the plant figures confidential.");

    /// <summary>The state folded with the challenge's own Evolve, as Marten folds it.</summary>
    public static Challenge Challenge(IEnumerable<ChallengeEvent> history) =>
        Folded<Challenge, ChallengeEvent>(history, Server.Modules.Challenges.Challenge.Evolve);
}
