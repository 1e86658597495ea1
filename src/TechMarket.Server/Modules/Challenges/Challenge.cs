using System.Collections.Immutable;
using JasperFx.Core;

namespace TechMarket.Server.Modules.Challenges;

public enum ChallengeStatus
{
    Draft,
    Published,
    BiddingClosed,
    UnderReview,

    /// <summary>公示: the proposed award is public and open to objections.</summary>
    InPublicity,
    Awarded,
    InProgress,
    Completed,
    Failed,
    Cancelled,

    /// <summary>流榜: closed without a winner, because no bid reached the pass mark.</summary>
    Unfilled,

    /// <summary>市场判题不通过: a funder rejected the results; the bureau resumes the work or fails the challenge.</summary>
    ResultsRejected,
}

/// <summary>
/// What the decisions about a challenge read, folded from its events: who runs it (District) and where it stands
/// (Status, Terms); funding (Funding, ConfirmedFunders — confirm, publish, accept results, conflicts); disclosure
/// (NdaOrganisations — an NDA accepted twice logs once); the close (Commitments — which bids took part, by label);
/// review (Experts, Scores, FeedbackGiven — assign, score, award; Alternates — decline; Recusals — score); the award and after (Results, StagesReviewed,
/// Eliminated, Delivered, AcceptedBy — stage gates, deliveries and 市场判题). What only screens show lives in <see cref="ChallengeDetails"/>.
/// </summary>
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
    ImmutableHashSet<Guid> FeedbackGiven,
    IReadOnlyList<BidResult> Results,
    int StagesReviewed,
    ImmutableHashSet<Guid> Eliminated,
    ImmutableHashSet<Guid> AcceptedBy,
    DateTimeOffset? PublicityEndsAt,
    ImmutableDictionary<Guid, bool> Objections,
    ImmutableHashSet<Guid> Delivered,
    IReadOnlyList<PoolExpert> Alternates,
    ImmutableHashSet<(Guid BidId, Guid ExpertId)> Recusals)
{
    /// <summary>Experts who declined this challenge's review: never drawn for it again (read by the draw).</summary>
    public ImmutableHashSet<Guid> Declined { get; init; } = [];

    /// <summary>Objections the bureau has not answered yet.</summary>
    public IEnumerable<Guid> PendingObjections => Objections.Where(o => !o.Value).Select(o => o.Key);

    /// <summary>榜额: the enterprises' funding plus the government subsidy.</summary>
    public decimal Bounty => Funding.Sum(f => f.Amount) + Terms.GovernmentSubsidy;

    public IEnumerable<Guid> Enterprises => Funding.Select(f => f.EnterpriseId).Distinct();

    public bool IsFundedBy(Guid organisationId) => Funding.Any(f => f.EnterpriseId == organisationId);

    /// <summary>Every expert's latest scores for every bid.</summary>
    public IEnumerable<ExpertScores> Reviews => Scores.Select(s => new ExpertScores(s.Key.BidId, s.Key.ExpertId, s.Value));

    /// <summary>The one fold of a challenge's stream: Marten's, the demo's and the tests'.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Challenge? Evolve(Challenge? state, ChallengeEvent e)
    {
        if (e is ChallengeDrafted drafted)
        {
            return state ?? new Challenge(
                drafted.ChallengeId, drafted.District, ChallengeStatus.Draft, drafted.Terms, drafted.Funding, [], [], [], [],
                ImmutableDictionary<(Guid, Guid), IReadOnlyList<CriterionScore>>.Empty, [], [], 0, [], [],
                null, ImmutableDictionary<Guid, bool>.Empty, [], [], []);
        }

        if (state is null)
        {
            return null;
        }

        var next = StatusAfter(e) is { } status ? state with { Status = status } : state;
        return e switch
        {
            FundingConfirmed x => next with { ConfirmedFunders = next.ConfirmedFunders.Add(x.EnterpriseId) },
            NdaAccepted x => next with { NdaOrganisations = next.NdaOrganisations.Add(x.OrganisationId) },
            BiddingClosed x => next with { Commitments = x.Commitments },
            ExpertAssigned x => next with { Experts = next.Experts.Add(x.ExpertId), Alternates = [.. next.Alternates.Where(a => a.ExpertId != x.ExpertId)] },
            ExpertsDrawn x => next with { Alternates = x.Alternates },
            ExpertDeclined x => next with { Experts = next.Experts.Remove(x.ExpertId), Declined = next.Declined.Add(x.ExpertId) },
            ExpertRecused x => next with { Recusals = next.Recusals.Add((x.BidId, x.ExpertId)), Scores = next.Scores.Remove((x.BidId, x.ExpertId)) },
            BidScored x => next with { Scores = next.Scores.SetItem((x.BidId, x.ExpertId), x.Scores) },
            FeedbackRecorded x => next with { FeedbackGiven = next.FeedbackGiven.Add(x.BidId) },
            AwardProposed x => next with { Results = x.Results, PublicityEndsAt = x.PublicityEndsAt },
            ObjectionLodged x => next with { Objections = next.Objections.SetItem(x.ObjectionId, false) },
            ObjectionAnswered x => next with
            {
                Objections = next.Objections.SetItem(x.ObjectionId, true),
                Results = x.Upheld ? [] : next.Results,
                PublicityEndsAt = x.Upheld ? null : next.PublicityEndsAt,
            },
            ChallengeAwarded x => next with { Results = x.Results },
            StageGateReviewed x => next with
            {
                StagesReviewed = Math.Max(next.StagesReviewed, x.Stage),
                Eliminated = next.Eliminated.Union(x.Decisions.Where(d => d.Outcome == StageOutcome.Eliminate).Select(d => d.BidId)),
            },
            ResultsDelivered x => next with { Delivered = next.Delivered.Add(x.BidId) },
            ResultsAccepted x => next with { AcceptedBy = next.AcceptedBy.Add(x.EnterpriseId) },
            JudgementResumed => next with { Delivered = [], AcceptedBy = [] },
            ChallengeRepublished x => next with
            {
                Terms = next.Terms with { ClosesAt = x.ClosesAt },
                Commitments = [],
                Experts = [],
                Scores = ImmutableDictionary<(Guid, Guid), IReadOnlyList<CriterionScore>>.Empty,
                FeedbackGiven = [],
                Alternates = [],
                Recusals = [],
            },
            _ => next,
        };
    }

    /// <summary>Where an event leaves the challenge, or null when it does not move it: the one lifecycle that the state
    /// and every read model of the stream follow.</summary>
    public static ChallengeStatus? StatusAfter(ChallengeEvent e) => e switch
    {
        ChallengeDrafted => ChallengeStatus.Draft,
        ChallengePublished => ChallengeStatus.Published,
        BiddingClosed => ChallengeStatus.BiddingClosed,
        ChallengeCancelled => ChallengeStatus.Cancelled,
        ExpertAssigned => ChallengeStatus.UnderReview,
        AwardProposed => ChallengeStatus.InPublicity,
        ObjectionAnswered { Upheld: true } => ChallengeStatus.UnderReview,
        ChallengeAwarded => ChallengeStatus.Awarded,
        StageGateReviewed => ChallengeStatus.InProgress,
        ChallengeCompleted => ChallengeStatus.Completed,
        ChallengeFailed => ChallengeStatus.Failed,
        ChallengeRepublished => ChallengeStatus.Published,
        ChallengeUnfilled => ChallengeStatus.Unfilled,
        ResultsRejected => ChallengeStatus.ResultsRejected,
        JudgementResumed => ChallengeStatus.InProgress,
        _ => null,
    };
}
