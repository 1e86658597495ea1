namespace TechMarket.Server.Modules.Needs;

/// <summary>The read model's one fold, which Marten runs inline with the need's events.</summary>
public static class NeedDetailsProjection
{
    public static NeedDetails? Evolve(NeedDetails? details, NeedEvent e)
    {
        if (e is NeedDrafted drafted)
        {
            return Created(drafted);
        }

        if (details is null)
        {
            return null;
        }

        switch (e)
        {
            case NeedEdited x:
                SetContent(details, x.Content);
                details.Status = NeedStatus.Draft;
                details.RejectionReason = null;
                break;
            case NeedSubmitted x:
                details.Status = NeedStatus.Submitted;
                details.SubmittedAt = e.At;
                details.RoundId = x.RoundId;
                details.PosterKind = x.PosterKind;
                break;
            case NeedWithdrawn x:
                details.Status = NeedStatus.Withdrawn;
                details.WithdrawalReason = x.Reason;
                details.WithdrawalRequest = null;
                break;
            case NeedRefined x:
                SetContent(details, x.Content);
                details.Refinements.AddRange(x.Changes.Select(c => new NeedRefinementRecord(c.Part, c.Before, c.After, x.At)));
                break;
            case NeedWithdrawalRequested x:
                details.WithdrawalRequest = new NeedWithdrawalAsk(x.Reason, x.At);
                break;
            case NeedAccepted x:
                Accept(details, x);
                break;
            case NeedRejected x:
                details.Status = NeedStatus.Rejected;
                details.RejectionReason = x.Reason;
                break;
            case NeedTakenIntoChallenge x:
                details.Challenges.Add(new NeedChallenge(x.ChallengeId, x.ChallengeTitle, x.At));
                break;
        }

        details.UpdatedAt = e.At;
        return details;
    }

    private static NeedDetails Created(NeedDrafted e)
    {
        var details = new NeedDetails
        {
            Id = e.NeedId,
            OrganisationId = e.OrganisationId,
            OrganisationName = e.OrganisationName,
            District = e.District,
            Status = NeedStatus.Draft,
            CreatedAt = e.At,
            UpdatedAt = e.At,
        };
        SetContent(details, e.Content);
        return details;
    }

    /// <summary>The enterprise's own wording is kept where the bureau refined it (凝练).</summary>
    private static void Accept(NeedDetails details, NeedAccepted e)
    {
        details.OriginalTitle = e.Title == details.Title ? details.OriginalTitle : details.Title;
        details.OriginalField = e.Field == details.Field ? details.OriginalField : details.Field;
        (details.Title, details.Field) = (e.Title, e.Field);
        details.Status = NeedStatus.Accepted;
        details.AcceptedAt = e.At;
    }

    private static void SetContent(NeedDetails details, NeedContent content)
    {
        details.Title = content.Title;
        details.Description = content.Description;
        details.Field = content.Field;
        details.BudgetMin = content.BudgetMin;
        details.BudgetMax = content.BudgetMax;
        details.DesiredDelivery = content.DesiredDelivery;
        details.PublicSummary = content.PublicSummary;
        details.ConfidentialDetails = content.ConfidentialDetails;
        details.Indicators = content.Indicators;
    }
}
