using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

/// <summary>Everything that happens to a need: the closed set of events on its stream.</summary>
public abstract record NeedEvent(Guid NeedId, DateTimeOffset At);

/// <summary>An enterprise started writing a technology need (技术需求草稿). Imported: a bureau officer (By) imported it
/// from a spreadsheet of needs collected offline, for the organisation named here.</summary>
public sealed record NeedDrafted(
    Guid NeedId, Guid OrganisationId, string OrganisationName, string District, NeedContent Content, Guid By, DateTimeOffset At,
    bool Imported = false)
    : NeedEvent(NeedId, At);

public sealed record NeedEdited(Guid NeedId, NeedContent Content, Guid By, DateTimeOffset At) : NeedEvent(NeedId, At);

/// <summary>需求征集: the need went to the district bureau, into a collection round (RoundId) or, where the bureau allows
/// standing collection, outside one; PosterKind is the posting organisation's kind at submission (the share 来自企业).
/// Both are null on needs submitted before rounds existed. Imported: the officer (By) imported it into the round.</summary>
public sealed record NeedSubmitted(
    Guid NeedId, Guid By, DateTimeOffset At, Guid? RoundId = null, OrganisationKind? PosterKind = null, bool Imported = false)
    : NeedEvent(NeedId, At);

public sealed record NeedWithdrawn(Guid NeedId, string? Reason, Guid By, DateTimeOffset At) : NeedEvent(NeedId, At);

/// <summary>凝练: the bureau accepted the need, possibly refining its title and field. It is now listed publicly. RoundId and
/// PosterKind repeat the submission's, so a round's report counts the acceptance from this event alone.</summary>
public sealed record NeedAccepted(
    Guid NeedId, string Title, string Field, Guid By, DateTimeOffset At, Guid? RoundId = null, OrganisationKind? PosterKind = null)
    : NeedEvent(NeedId, At);

/// <summary>凝练: what the bureau rewrote of the need when it accepted it, each part before and after.</summary>
public sealed record NeedRefined(Guid NeedId, NeedContent Content, IReadOnlyList<NeedChange> Changes, Guid By, DateTimeOffset At) : NeedEvent(NeedId, At);

/// <summary>The enterprise asked the bureau to release its need from the published challenge that holds it.</summary>
public sealed record NeedWithdrawalRequested(Guid NeedId, string Reason, Guid By, DateTimeOffset At) : NeedEvent(NeedId, At);

public sealed record NeedRejected(Guid NeedId, string Reason, Guid By, DateTimeOffset At) : NeedEvent(NeedId, At);

/// <summary>立题: the bureau built a challenge on this accepted need; the enterprise is asked to fund its share. RoundId is
/// the need's round: the challenge counts as refined from it.</summary>
public sealed record NeedTakenIntoChallenge(Guid NeedId, Guid ChallengeId, string ChallengeTitle, Guid By, DateTimeOffset At, Guid? RoundId = null)
    : NeedEvent(NeedId, At);
