namespace TechMarket.Server.Modules.Challenges;

/// <summary>The read model's one fold, which Marten runs inline with the challenge's events.</summary>
public static class ChallengeDetailsProjection
{
    public static ChallengeDetails? Evolve(ChallengeDetails? details, ChallengeEvent e)
    {
        if (e is ChallengeDrafted drafted)
        {
            return details ?? Created(drafted);
        }

        if (details is null)
        {
            return null;
        }

        details.Status = Challenge.StatusAfter(e) ?? details.Status;
        switch (e)
        {
            case FundingConfirmed x:
                details.Funding = [.. details.Funding.Select(f => f.EnterpriseId == x.EnterpriseId ? f with { Confirmed = true } : f)];
                break;
            case ChallengePublished:
                details.PublishedAt = e.At;
                break;
            case NdaAccepted x:
                details.Disclosures.Add(new Disclosure(x.OrganisationId, x.OrganisationName, x.UserId, x.UserName, x.At));
                break;
            case BiddingClosed x:
                details.Commitments = [.. x.Commitments];
                details.ClosedAt = e.At;
                break;
            case ChallengeCancelled x:
                details.CancellationReason = x.Reason;
                break;
            case ExpertAssigned x:
                details.Experts.Add(x.ExpertId);
                details.Alternates.RemoveAll(a => a.ExpertId == x.ExpertId);
                break;
            case ExpertsDrawn x:
                details.Draws.Add(x);
                details.Alternates = [.. x.Alternates];
                break;
            case ExpertDeclined x:
                details.Experts.Remove(x.ExpertId);
                details.Declines.Add(x);
                break;
            case ExpertRecused x:
                details.Scores.RemoveAll(s => s.BidId == x.BidId && s.ExpertId == x.ExpertId);
                details.Recusals.Add(x);
                break;
            case BidScored x:
                details.Scores.RemoveAll(s => s.BidId == x.BidId && s.ExpertId == x.ExpertId);
                details.Scores.Add(new ExpertScores(x.BidId, x.ExpertId, x.Scores));
                break;
            case FeedbackRecorded x:
                details.Feedback[x.BidId] = x;
                break;
            case AwardProposed x:
                details.Results = [.. x.Results];
                details.PublicityEndsAt = x.PublicityEndsAt;
                break;
            case ObjectionLodged x:
                details.Objections.Add(new Objection(x.ObjectionId, x.OrganisationId, x.Reason, x.At));
                break;
            case ObjectionAnswered x:
                details.Objections = [.. details.Objections.Select(o => o.Id == x.ObjectionId ? o with { Upheld = x.Upheld, Answer = x.Answer, AnsweredAt = x.At } : o)];
                if (x.Upheld)
                {
                    details.Results = [];
                    details.PublicityEndsAt = null;
                }

                break;
            case ChallengeAwarded x:
                details.Results = [.. x.Results];
                details.AwardedAt = e.At;
                break;
            case StageGateReviewed x:
                PassGate(details, x);
                break;
            case ResultsDelivered x:
                details.Deliveries.RemoveAll(d => d.BidId == x.BidId && d.Round == details.JudgementRound);
                details.Deliveries.Add(new Delivery(x.DeliveryId, details.JudgementRound, x.BidId, x.Label, x.OrganisationId, x.Report, x.Files, x.At));
                break;
            case ResultsAccepted x:
                details.Verdicts.Add(new Verdict(
                    details.JudgementRound, x.EnterpriseId, true, null, details.Results.FirstOrDefault(r => r.BidId == x.AdoptedBidId)?.Label, x.Teams ?? [], x.Site, x.At));
                break;
            case ResultsRejected x:
                details.Verdicts.Add(new Verdict(details.JudgementRound, x.EnterpriseId, false, x.Reason, null, [], null, x.At));
                break;
            case JudgementResumed x:
                details.JudgementRound++;
                details.DeliverBy = x.DeliverBy;
                details.Resumptions.Add(new Resumption(x.DeliverBy, x.Reason, x.At));
                break;
            case ChallengeFailed x:
                details.FailureReason = x.Reason;
                break;
            case ChallengeRepublished x:
                details.Republications.Add(new Republication(details.Terms.ClosesAt, x.ClosesAt, x.Reason, x.At));
                details.Terms = details.Terms with { ClosesAt = x.ClosesAt };
                details.Commitments = [];
                details.Experts = [];
                details.Alternates = [];
                details.Scores = [];
                details.Feedback = [];
                details.ClosedAt = null;
                break;
            case ChallengeUnfilled x:
                details.UnfilledReason = x.Reason;
                break;
        }

        details.UpdatedAt = e.At;
        return details;
    }

    private static ChallengeDetails Created(ChallengeDrafted e) => new()
    {
        Id = e.ChallengeId,
        District = e.District,
        Status = ChallengeStatus.Draft,
        Terms = e.Terms,
        Funding = [.. e.Funding.Select(f => new FundingView(f.NeedId, f.EnterpriseId, f.EnterpriseName, f.Amount, false))],
        FunderIds = [.. e.Funding.Select(f => f.EnterpriseId).Distinct()],
        Bounty = e.Funding.Sum(f => f.Amount) + e.Terms.GovernmentSubsidy,
        CreatedAt = e.At,
        UpdatedAt = e.At,
    };

    private static void PassGate(ChallengeDetails details, StageGateReviewed gate)
    {
        details.StagesReviewed = Math.Max(details.StagesReviewed, gate.Stage);
        if (gate.Reallocation is { } reallocation)
        {
            details.Reallocations.Add(new GateReallocation(gate.Stage, reallocation.Reason, reallocation.Shares, gate.At));
        }

        foreach (var decision in gate.Decisions)
        {
            if (decision.Outcome == StageOutcome.Eliminate)
            {
                details.Eliminated.Add(decision.BidId);
            }
            else
            {
                details.GatesPassed[decision.BidId] = details.GatesPassed.GetValueOrDefault(decision.BidId) + 1;
            }
        }
    }
}
