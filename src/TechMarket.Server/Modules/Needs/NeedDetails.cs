using Marten.Events.Aggregation;

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

public sealed class NeedDetailsProjection : SingleStreamProjection<NeedDetails, Guid>
{
    public static NeedDetails Create(NeedDrafted e)
    {
        var details = new NeedDetails
        {
            Id = e.NeedId,
            OrganisationId = e.OrganisationId,
            OrganisationName = e.OrganisationName,
            District = e.District,
            Status = NeedStatus.Draft,
            CreatedAt = e.At,
        };
        SetContent(details, e.Content, e.At);
        return details;
    }

    public static void Apply(NeedEdited e, NeedDetails details)
    {
        SetContent(details, e.Content, e.At);
        details.Status = NeedStatus.Draft;
        details.RejectionReason = null;
    }

    public static void Apply(NeedSubmitted e, NeedDetails details)
    {
        details.Status = NeedStatus.Submitted;
        details.SubmittedAt = e.At;
        details.UpdatedAt = e.At;
    }

    public static void Apply(NeedWithdrawn e, NeedDetails details)
    {
        details.Status = NeedStatus.Withdrawn;
        details.WithdrawalReason = e.Reason;
        details.UpdatedAt = e.At;
    }

    public static void Apply(NeedAccepted e, NeedDetails details)
    {
        if (e.Title != details.Title)
        {
            details.OriginalTitle = details.Title;
            details.Title = e.Title;
        }

        if (e.Field != details.Field)
        {
            details.OriginalField = details.Field;
            details.Field = e.Field;
        }

        details.Status = NeedStatus.Accepted;
        details.AcceptedAt = e.At;
        details.UpdatedAt = e.At;
    }

    public static void Apply(NeedRejected e, NeedDetails details)
    {
        details.Status = NeedStatus.Rejected;
        details.RejectionReason = e.Reason;
        details.UpdatedAt = e.At;
    }

    public static void Apply(NeedTakenIntoChallenge e, NeedDetails details)
    {
        details.Challenges.Add(new NeedChallenge(e.ChallengeId, e.ChallengeTitle, e.At));
        details.UpdatedAt = e.At;
    }

    private static void SetContent(NeedDetails details, NeedContent content, DateTimeOffset at)
    {
        details.Title = content.Title;
        details.Description = content.Description;
        details.Field = content.Field;
        details.BudgetMin = content.BudgetMin;
        details.BudgetMax = content.BudgetMax;
        details.DesiredDelivery = content.DesiredDelivery;
        details.PublicSummary = content.PublicSummary;
        details.ConfidentialDetails = content.ConfidentialDetails;
        details.UpdatedAt = at;
    }
}
