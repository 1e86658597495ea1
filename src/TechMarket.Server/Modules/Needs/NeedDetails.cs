namespace TechMarket.Server.Modules.Needs;

/// <summary>Everything about one need, kept inline with its events; the queries below cut it per reader.</summary>
public sealed class NeedDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OrganisationId { get; set; }

    public string OrganisationName { get; set; } = string.Empty;

    public string District { get; set; } = string.Empty;

    public NeedStatus Status { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Field { get; set; } = string.Empty;

    public decimal BudgetMin { get; set; }

    public decimal BudgetMax { get; set; }

    public DateOnly DesiredDelivery { get; set; }

    public string PublicSummary { get; set; } = string.Empty;

    public string? ConfidentialDetails { get; set; }

    /// <summary>The enterprise's own wording, kept when the bureau refined title or field.</summary>
    public string? OriginalTitle { get; set; }

    public string? OriginalField { get; set; }

    public string? RejectionReason { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Challenges built on this need (shown to the enterprise and the bureau; drafts are not public).</summary>
    public List<NeedChallenge> Challenges { get; set; } = [];
}

public sealed record NeedChallenge(Guid ChallengeId, string Title, DateTimeOffset At);

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
            case NeedSubmitted:
                details.Status = NeedStatus.Submitted;
                details.SubmittedAt = e.At;
                break;
            case NeedWithdrawn x:
                details.Status = NeedStatus.Withdrawn;
                details.WithdrawalReason = x.Reason;
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
    }
}
