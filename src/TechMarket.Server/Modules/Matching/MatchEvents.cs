namespace TechMarket.Server.Modules.Matching;

/// <summary>Everything that happens to a match between a published subject and a counterpart.</summary>
public abstract record MatchEvent(Guid MatchId, DateTimeOffset At);

/// <summary>
/// The matcher found a counterpart for a subject: its score (0–1), its reasons, and the item of the counterpart that
/// matched best (an achievement or profile of a university, a need of an enterprise; none for a broker). FoundFor is
/// the sequence of the event it was computed for, so a handler interrupted after writing it can tell it again.
/// </summary>
public sealed record MatchFound(
    Guid MatchId,
    MatchSubjectKind SubjectKind,
    Guid SubjectId,
    string SubjectTitle,
    Guid? SubjectOrganisationId,
    string SubjectOrganisationName,
    string SubjectDistrict,
    MatchCounterpartKind CounterpartKind,
    Guid CounterpartId,
    string CounterpartName,
    string CounterpartDistrict,
    Guid? ItemId,
    string? ItemTitle,
    decimal Score,
    IReadOnlyList<MatchReason> Reasons,
    long FoundFor,
    DateTimeOffset At) : MatchEvent(MatchId, At);

/// <summary>
/// The subject changed in what the scoring reads — an achievement repriced (专利明码标价) — and the pair was scored again:
/// its score, reasons and best item as they are now. The pair stays one match, its answers stand, and nobody is told
/// again (only a new pair is news). RescoredFor is the sequence of the event it was computed for.
/// </summary>
public sealed record MatchRescored(Guid MatchId, Guid? ItemId, string? ItemTitle, decimal Score, IReadOnlyList<MatchReason> Reasons, long RescoredFor, DateTimeOffset At)
    : MatchEvent(MatchId, At);

/// <summary>One side followed the match up or dismissed it (it may change its mind).</summary>
public sealed record MatchAnswered(Guid MatchId, MatchSide Side, MatchAnswer Answer, Guid By, DateTimeOffset At) : MatchEvent(MatchId, At);
