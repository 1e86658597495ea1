namespace TechMarket.Server.Modules.Challenges;

public enum ChallengeMode
{
    /// <summary>揭榜挂帅: one winner.</summary>
    SingleWinner,

    /// <summary>赛马制: N winners funded in parallel, funding released stage by stage.</summary>
    HorseRace,
}

public enum ChallengeStatus
{
    Draft,
    Published,
    BiddingClosed,
    UnderReview,
    Awarded,
    InProgress,
    Completed,
    Failed,
    Cancelled,
}

/// <summary>An evaluation criterion; weights of a challenge sum to 100.</summary>
public sealed record Criterion(string Key, string Name, int Weight);

/// <summary>One enterprise's share of the bounty, from one of its needs.</summary>
public sealed record FundingShare(Guid NeedId, Guid EnterpriseId, string EnterpriseName, decimal Amount);

/// <summary>A slice of each winner's funding released at a stage gate (horse race); shares sum to 100.</summary>
public sealed record FundingStage(string Name, int SharePercent);

/// <summary>Who may bid: organisation kinds, and optionally only some districts (empty = all).</summary>
public sealed record Eligibility(IReadOnlyList<Organisations.OrganisationKind> Kinds, IReadOnlyList<string> Districts);

public sealed record ChallengeTerms(
    string Title,
    string PublicSummary,
    string ConfidentialDetails,
    string Requirements,
    string Field,
    decimal GovernmentSubsidy,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<Criterion> Criteria,
    Eligibility Eligibility,
    ChallengeMode Mode,
    int WinnerCount,
    IReadOnlyList<FundingStage> Stages,
    string NdaTerms);

/// <summary>立题: a bureau officer created a challenge from accepted needs.</summary>
public sealed record ChallengeDrafted(
    Guid ChallengeId, string District, ChallengeTerms Terms, IReadOnlyList<FundingShare> Funding, Guid By, DateTimeOffset At);

/// <summary>An enterprise confirmed it funds its share of the bounty.</summary>
public sealed record FundingConfirmed(Guid ChallengeId, Guid EnterpriseId, decimal Amount, Guid By, DateTimeOffset At);

/// <summary>发榜: the challenge is on the public board and open for bids from OpensAt to ClosesAt.</summary>
public sealed record ChallengePublished(Guid ChallengeId, decimal Bounty, Guid By, DateTimeOffset At);

/// <summary>An organisation accepted the NDA terms; the confidential details are unlocked for it (logged).</summary>
public sealed record NdaAccepted(Guid ChallengeId, Guid OrganisationId, string OrganisationName, Guid UserId, string UserName, DateTimeOffset At);

/// <summary>A sealed bid's receipt, published at close so anyone can check no bid changed afterwards.</summary>
public sealed record PublishedCommitment(string Label, Guid BidId, string Commitment, DateTimeOffset LastChangedAt);

/// <summary>The deadline passed: bidding is over, the commitments are published, the bids get blind labels.</summary>
public sealed record BiddingClosed(Guid ChallengeId, IReadOnlyList<PublishedCommitment> Commitments, DateTimeOffset At);

public sealed record ChallengeCancelled(Guid ChallengeId, string Reason, Guid By, DateTimeOffset At);
