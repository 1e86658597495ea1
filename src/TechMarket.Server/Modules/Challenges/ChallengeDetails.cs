using Marten.Events.Aggregation;
using TechMarket.Server.Modules.Reviews;

namespace TechMarket.Server.Modules.Challenges;

public sealed record FundingView(Guid NeedId, Guid EnterpriseId, string EnterpriseName, decimal Amount, bool Confirmed);

public sealed record Disclosure(Guid OrganisationId, string OrganisationName, Guid UserId, string UserName, DateTimeOffset At);

/// <summary>Everything about one challenge, kept inline with its events; queries cut it per reader.</summary>
public sealed class ChallengeDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string District { get; set; } = string.Empty;

    public ChallengeStatus Status { get; set; }

    public ChallengeTerms Terms { get; set; } = null!;

    public List<FundingView> Funding { get; set; } = [];

    public decimal Bounty { get; set; }

    public List<Disclosure> Disclosures { get; set; } = [];

    public List<PublishedCommitment> Commitments { get; set; } = [];

    public List<Guid> Experts { get; set; } = [];

    public List<BidResult> Results { get; set; } = [];

    /// <summary>Feedback for bids that will not win, by bid; each bidder reads its own.</summary>
    public Dictionary<Guid, FeedbackRecorded> Feedback { get; set; } = [];

    public int StagesReviewed { get; set; }

    public List<Guid> Eliminated { get; set; } = [];

    public string? CancellationReason { get; set; }

    public string? FailureReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? AwardedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Funding enterprises, for the query that lists an enterprise's challenges.</summary>
    public List<Guid> FunderIds { get; set; } = [];
}

public sealed class ChallengeDetailsProjection : SingleStreamProjection<ChallengeDetails, Guid>
{
    public static ChallengeDetails Create(ChallengeDrafted e) => new()
    {
        Id = e.ChallengeId,
        District = e.District,
        Status = ChallengeStatus.Draft,
        Terms = e.Terms,
        Funding = e.Funding.Select(f => new FundingView(f.NeedId, f.EnterpriseId, f.EnterpriseName, f.Amount, false)).ToList(),
        FunderIds = e.Funding.Select(f => f.EnterpriseId).Distinct().ToList(),
        Bounty = e.Funding.Sum(f => f.Amount) + e.Terms.GovernmentSubsidy,
        CreatedAt = e.At,
        UpdatedAt = e.At,
    };

    public static void Apply(FundingConfirmed e, ChallengeDetails c)
    {
        c.Funding = c.Funding.Select(f => f.EnterpriseId == e.EnterpriseId ? f with { Confirmed = true } : f).ToList();
        c.UpdatedAt = e.At;
    }

    public static void Apply(ChallengePublished e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.Published;
        c.PublishedAt = e.At;
        c.UpdatedAt = e.At;
    }

    public static void Apply(NdaAccepted e, ChallengeDetails c)
    {
        c.Disclosures.Add(new Disclosure(e.OrganisationId, e.OrganisationName, e.UserId, e.UserName, e.At));
        c.UpdatedAt = e.At;
    }

    public static void Apply(BiddingClosed e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.BiddingClosed;
        c.Commitments = e.Commitments.ToList();
        c.ClosedAt = e.At;
        c.UpdatedAt = e.At;
    }

    public static void Apply(ChallengeCancelled e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.Cancelled;
        c.CancellationReason = e.Reason;
        c.UpdatedAt = e.At;
    }

    public static void Apply(ExpertAssigned e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.UnderReview;
        c.Experts.Add(e.ExpertId);
        c.UpdatedAt = e.At;
    }

    public static void Apply(FeedbackRecorded e, ChallengeDetails c)
    {
        c.Feedback[e.BidId] = e;
        c.UpdatedAt = e.At;
    }

    public static void Apply(ChallengeAwarded e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.Awarded;
        c.Results = e.Results.ToList();
        c.AwardedAt = e.At;
        c.UpdatedAt = e.At;
    }

    public static void Apply(StageGateReviewed e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.InProgress;
        c.StagesReviewed = Math.Max(c.StagesReviewed, e.Stage);
        c.Eliminated.AddRange(e.Decisions.Where(d => d.Outcome == StageOutcome.Eliminate).Select(d => d.BidId));
        c.UpdatedAt = e.At;
    }

    public static void Apply(ChallengeCompleted e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.Completed;
        c.UpdatedAt = e.At;
    }

    public static void Apply(ChallengeFailed e, ChallengeDetails c)
    {
        c.Status = ChallengeStatus.Failed;
        c.FailureReason = e.Reason;
        c.UpdatedAt = e.At;
    }
}
