using System.Collections.Immutable;
using TechMarket.Server.Modules.Reviews;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>The state every decision about a challenge depends on — publication, bidding window, review, award and
/// stages — folded from its events.</summary>
public sealed record Challenge(
    Guid Id,
    string District,
    ChallengeStatus Status,
    ChallengeTerms Terms,
    IReadOnlyList<FundingShare> Funding,
    ImmutableHashSet<Guid> ConfirmedFunders,
    ImmutableHashSet<Guid> NdaOrganisations,
    IReadOnlyList<PublishedCommitment> Commitments,
    ImmutableHashSet<Guid> Experts,
    ImmutableDictionary<(Guid BidId, Guid ExpertId), IReadOnlyList<CriterionScore>> Scores,
    ImmutableDictionary<Guid, FeedbackRecorded> Feedback,
    IReadOnlyList<BidResult> Results,
    int StagesReviewed,
    ImmutableHashSet<Guid> Eliminated,
    ImmutableHashSet<Guid> AcceptedBy)
{
    /// <summary>榜额: the enterprises' funding plus the government subsidy.</summary>
    public decimal Bounty => Funding.Sum(f => f.Amount) + Terms.GovernmentSubsidy;

    public IEnumerable<Guid> Enterprises => Funding.Select(f => f.EnterpriseId).Distinct();

    public bool IsFundedBy(Guid organisationId) => Funding.Any(f => f.EnterpriseId == organisationId);

    public static Challenge Create(ChallengeDrafted e) => new(
        e.ChallengeId, e.District, ChallengeStatus.Draft, e.Terms, e.Funding,
        [], [], [], [], ImmutableDictionary<(Guid, Guid), IReadOnlyList<CriterionScore>>.Empty,
        ImmutableDictionary<Guid, FeedbackRecorded>.Empty, [], 0, [], []);

    public Challenge Apply(FundingConfirmed e) => this with { ConfirmedFunders = ConfirmedFunders.Add(e.EnterpriseId) };

    public Challenge Apply(ChallengePublished e) => this with { Status = ChallengeStatus.Published };

    public Challenge Apply(NdaAccepted e) => this with { NdaOrganisations = NdaOrganisations.Add(e.OrganisationId) };

    public Challenge Apply(BiddingClosed e) => this with { Status = ChallengeStatus.BiddingClosed, Commitments = e.Commitments };

    public Challenge Apply(ChallengeCancelled e) => this with { Status = ChallengeStatus.Cancelled };

    public Challenge Apply(ExpertAssigned e) => this with { Status = ChallengeStatus.UnderReview, Experts = Experts.Add(e.ExpertId) };

    public Challenge Apply(BidScored e) => this with { Scores = Scores.SetItem((e.BidId, e.ExpertId), e.Scores) };

    public Challenge Apply(FeedbackRecorded e) => this with { Feedback = Feedback.SetItem(e.BidId, e) };

    public Challenge Apply(ChallengeAwarded e) => this with { Status = ChallengeStatus.Awarded, Results = e.Results };

    public Challenge Apply(StageGateReviewed e) => this with
    {
        Status = ChallengeStatus.InProgress,
        StagesReviewed = Math.Max(StagesReviewed, e.Stage),
        Eliminated = Eliminated.Union(e.Decisions.Where(d => d.Outcome == StageOutcome.Eliminate).Select(d => d.BidId)),
    };

    public Challenge Apply(ResultsAccepted e) => this with { AcceptedBy = AcceptedBy.Add(e.EnterpriseId) };

    public Challenge Apply(ChallengeCompleted e) => this with { Status = ChallengeStatus.Completed };

    public Challenge Apply(ChallengeFailed e) => this with { Status = ChallengeStatus.Failed };
}
