namespace TechMarket.Server.Modules.Needs;

public enum NeedStatus
{
    Draft,
    Submitted,
    Accepted,
    Rejected,
    Withdrawn,
}

/// <summary>The state a decision about a need depends on, folded from its events.</summary>
public sealed record Need(Guid Id, Guid OrganisationId, string District, NeedStatus Status, NeedContent Content)
{
    public static Need Create(NeedDrafted e) => new(e.NeedId, e.OrganisationId, e.District, NeedStatus.Draft, e.Content);

    /// <summary>Editing a rejected need reopens it as a draft, so the enterprise can revise and resubmit.</summary>
    public Need Apply(NeedEdited e) => this with { Content = e.Content, Status = NeedStatus.Draft };

    public Need Apply(NeedSubmitted e) => this with { Status = NeedStatus.Submitted };

    public Need Apply(NeedWithdrawn e) => this with { Status = NeedStatus.Withdrawn };

    public Need Apply(NeedAccepted e) =>
        this with { Status = NeedStatus.Accepted, Content = Content with { Title = e.Title, Field = e.Field } };

    public Need Apply(NeedRejected e) => this with { Status = NeedStatus.Rejected };

    /// <summary>The challenges built on this need; it stays accepted and listed.</summary>
    public IReadOnlyList<Guid> Challenges { get; init; } = [];

    public Need Apply(NeedTakenIntoChallenge e) => this with { Challenges = [.. Challenges, e.ChallengeId] };
}
