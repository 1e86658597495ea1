namespace TechMarket.Server.Modules.Matching;

/// <summary>What was published and set the matching off.</summary>
public enum MatchSubjectKind
{
    /// <summary>An accepted need (技术需求): universities, institutes and brokers are ranked for it.</summary>
    Need,

    /// <summary>A published challenge (榜单): universities, institutes and brokers are ranked for it.</summary>
    Challenge,

    /// <summary>A published achievement (科技成果): enterprises with open needs are ranked for it.</summary>
    Achievement,
}

/// <summary>Who was found for it.</summary>
public enum MatchCounterpartKind
{
    /// <summary>A university or a research institute (its profile and achievements matched).</summary>
    University,

    /// <summary>An enterprise (one of its open needs matched).</summary>
    Enterprise,

    /// <summary>A broker (技术经纪人) following the field or the district.</summary>
    Broker,
}

/// <summary>Why a match was made; the values say the particulars (the client words them in its language).</summary>
public enum MatchReasonKind
{
    /// <summary>Words both texts use; values: the words, most telling first.</summary>
    MatchedTerms,

    /// <summary>The same second-level field; value: its code.</summary>
    SameSubField,

    /// <summary>The same top-level field; value: its code.</summary>
    SameField,

    /// <summary>The achievement is as mature as wanted or more; values: its TRL, the TRL wanted.</summary>
    TrlMeets,

    /// <summary>Less mature than wanted; values: its TRL, the TRL wanted.</summary>
    TrlBelow,

    /// <summary>Asking price within the budget; values: price, budget ceiling.</summary>
    PriceWithinBudget,

    /// <summary>Asking price above the budget by at most half; values: price, budget ceiling.</summary>
    PriceNearBudget,

    /// <summary>Asking price well above the budget; values: price, budget ceiling.</summary>
    PriceAboveBudget,

    /// <summary>No asking price: negotiable (面议).</summary>
    PriceNegotiable,

    /// <summary>Both sides in the same district; value: its code.</summary>
    SameDistrict,

    /// <summary>The achievement can be used first and paid later (先用后转).</summary>
    UseFirstPayLater,

    /// <summary>The broker follows this field; value: the code followed.</summary>
    FollowsField,

    /// <summary>The broker follows this district; value: its code.</summary>
    FollowsDistrict,
}

public sealed record MatchReason(MatchReasonKind Kind, IReadOnlyList<string> Values)
{
    /// <summary>Two reasons are the same when they say the same: kind and values, in order.</summary>
    public bool Equals(MatchReason? other) => other is not null && Kind == other.Kind && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Kind, string.Join('\u001f', Values));
}

public enum MatchSide
{
    /// <summary>Whoever published the subject: the need's enterprise, the achievement's university, the challenge's bureau.</summary>
    Subject,

    /// <summary>Whoever was found for it.</summary>
    Counterpart,
}

public enum MatchAnswer
{
    /// <summary>跟进: worth talking about.</summary>
    FollowUp,

    /// <summary>Not of interest.</summary>
    Dismiss,
}

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

/// <summary>One side followed the match up or dismissed it (it may change its mind).</summary>
public sealed record MatchAnswered(Guid MatchId, MatchSide Side, MatchAnswer Answer, Guid By, DateTimeOffset At) : MatchEvent(MatchId, At);
