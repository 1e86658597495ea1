namespace TechMarket.Server.Modules.Challenges;

/// <summary>Everything that happens to a challenge — publication, bidding, review and award — the closed set of
/// events on its stream. Review/ and Award/ decide the later ones; they all live here, because one stream is one fold.</summary>
public abstract record ChallengeEvent(Guid ChallengeId, DateTimeOffset At);

/// <summary>立题: a bureau officer created a challenge from accepted needs.</summary>
public sealed record ChallengeDrafted(
    Guid ChallengeId, string District, ChallengeTerms Terms, IReadOnlyList<FundingShare> Funding, Guid By, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>An enterprise confirmed it funds its share of the bounty.</summary>
public sealed record FundingConfirmed(Guid ChallengeId, Guid EnterpriseId, decimal Amount, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>发榜: the challenge is on the public board and open for bids from OpensAt to ClosesAt.</summary>
public sealed record ChallengePublished(Guid ChallengeId, decimal Bounty, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>An organisation accepted the NDA terms; the confidential details are unlocked for it (logged).</summary>
public sealed record NdaAccepted(Guid ChallengeId, Guid OrganisationId, string OrganisationName, Guid UserId, string UserName, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>The deadline passed: bidding is over, the commitments are published, the bids get blind labels.</summary>
public sealed record BiddingClosed(Guid ChallengeId, IReadOnlyList<PublishedCommitment> Commitments, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

public sealed record ChallengeCancelled(Guid ChallengeId, string Reason, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>A bureau officer assigned an expert to review every bid of a closed challenge (conflicts were checked).</summary>
public sealed record ExpertAssigned(Guid ChallengeId, Guid ExpertId, string ExpertName, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>随机抽取: the bureau drew Drawn (assigned by the ExpertAssigned events that follow) and Alternates at random from
/// the experts of the challenge's field, in the order the Seed gives (<see cref="Review.ExpertDraw"/>); Excluded are
/// those of the field left out for a conflict, with its code.</summary>
public sealed record ExpertsDrawn(
    Guid ChallengeId, string Seed, IReadOnlyList<PoolExpert> Drawn, IReadOnlyList<PoolExpert> Alternates, IReadOnlyList<ExcludedExpert> Excluded,
    Guid By, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>An assigned expert declined to review before scoring; the first alternate left, if any, replaces them (an
/// ExpertAssigned follows).</summary>
public sealed record ExpertDeclined(Guid ChallengeId, Guid ExpertId, string ExpertName, string Reason, PoolExpert? Replacement, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>回避: an assigned expert declared a conflict with one bid it sees by its label; its scores for that bid no
/// longer count and it may not score it.</summary>
public sealed record ExpertRecused(Guid ChallengeId, Guid BidId, string Label, Guid ExpertId, string ExpertName, string Reason, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>An expert scored one bid on every criterion (0–10); a later submission revises the earlier one.</summary>
public sealed record BidScored(Guid ChallengeId, Guid BidId, Guid ExpertId, IReadOnlyList<CriterionScore> Scores, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>Structured feedback for a bid that will not win; required for every such bid before the award.</summary>
public sealed record FeedbackRecorded(Guid ChallengeId, Guid BidId, FeedbackReason Reason, string? Comment, Guid By, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>公示: the bureau proposed the award on the ranking; winners' names and scores are public until PublicityEndsAt,
/// and any bidder may object meanwhile.</summary>
public sealed record AwardProposed(Guid ChallengeId, IReadOnlyList<BidResult> Results, DateTimeOffset PublicityEndsAt, Guid By, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>异议: a bidder objected to the proposed award during its publicity, with a reason.</summary>
public sealed record ObjectionLodged(Guid ChallengeId, Guid ObjectionId, Guid OrganisationId, string Reason, Guid By, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>The bureau answered an objection: upheld sends the challenge back to review; dismissed keeps the proposal,
/// with the reason recorded.</summary>
public sealed record ObjectionAnswered(Guid ChallengeId, Guid ObjectionId, bool Upheld, string Answer, Guid By, DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>揭榜: the award became final after its publicity — the top bid (single winner) or the top N (horse race).</summary>
public sealed record ChallengeAwarded(Guid ChallengeId, IReadOnlyList<BidResult> Results, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>赛马制 stage gate: the bureau reviewed stage N and continued or eliminated each team still in the race; what the
/// eliminated teams had not been released goes back to the funders, or to the continuing teams (Reallocation).</summary>
public sealed record StageGateReviewed(
    Guid ChallengeId, int Stage, IReadOnlyList<StageDecision> Decisions, Guid By, DateTimeOffset At, Reallocation? Reallocation = null)
    : ChallengeEvent(ChallengeId, At);

/// <summary>成果交付: a winning team submitted its delivered results — a report and files — for the funders to judge;
/// a later delivery of the same team in the same round replaces the earlier one.</summary>
public sealed record ResultsDelivered(
    Guid ChallengeId, Guid DeliveryId, Guid BidId, string Label, Guid OrganisationId, string Report, IReadOnlyList<DeliveredFile> Files, Guid By,
    DateTimeOffset At)
    : ChallengeEvent(ChallengeId, At);

/// <summary>市场判题: an enterprise that funds the challenge accepted the final results — in a horse race with its verdict
/// on each team and the team whose result it adopts; 车间验题 when validated on the production floor (Site).</summary>
public sealed record ResultsAccepted(
    Guid ChallengeId, Guid EnterpriseId, Guid By, DateTimeOffset At, Guid? AdoptedBidId = null, IReadOnlyList<TeamVerdict>? Teams = null,
    SiteValidation? Site = null)
    : ChallengeEvent(ChallengeId, At);

/// <summary>市场判题不通过: a funding enterprise rejected the results with a reason; the bureau decides what follows.</summary>
public sealed record ResultsRejected(Guid ChallengeId, Guid EnterpriseId, string Reason, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>After a rejection the bureau let the winners work on until a new date; the results are delivered and judged
/// again from the start.</summary>
public sealed record JudgementResumed(Guid ChallengeId, DateTimeOffset DeliverBy, string Reason, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

public sealed record ChallengeCompleted(Guid ChallengeId, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

public sealed record ChallengeFailed(Guid ChallengeId, string Reason, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>重新发榜: no bid reached the pass mark (or none came), so the bureau opened bidding again until a later
/// deadline; the earlier close, its review and its feedback no longer count.</summary>
public sealed record ChallengeRepublished(Guid ChallengeId, DateTimeOffset ClosesAt, string Reason, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);

/// <summary>流榜: no bid reached the pass mark (or none came), and the bureau closed the challenge without a winner.</summary>
public sealed record ChallengeUnfilled(Guid ChallengeId, string Reason, Guid By, DateTimeOffset At) : ChallengeEvent(ChallengeId, At);
