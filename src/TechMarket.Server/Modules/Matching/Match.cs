using JasperFx.Core;

namespace TechMarket.Server.Modules.Matching;

/// <summary>The two sides of a match.</summary>
public enum MatchSide
{
    /// <summary>Whoever published the subject: the need's enterprise, the achievement's university, the challenge's bureau.</summary>
    Subject,

    /// <summary>Whoever was found for it.</summary>
    Counterpart,
}

/// <summary>How a side answered a match.</summary>
public enum MatchAnswer
{
    /// <summary>跟进: worth talking about.</summary>
    FollowUp,

    /// <summary>Not of interest.</summary>
    Dismiss,
}

/// <summary>What a decision about a match reads: who is on which side, and how each side answered.</summary>
public sealed record Match(
    Guid Id, MatchSubjectKind SubjectKind, Guid? SubjectOrganisationId, string SubjectDistrict, MatchCounterpartKind CounterpartKind,
    Guid CounterpartId, MatchAnswer? SubjectAnswer, MatchAnswer? CounterpartAnswer)
{
    /// <summary>The one fold of a match's stream: Marten's and the tests'.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Match? Evolve(Match? state, MatchEvent e) => (state, e) switch
    {
        (null, MatchFound f) => new Match(f.MatchId, f.SubjectKind, f.SubjectOrganisationId, f.SubjectDistrict, f.CounterpartKind, f.CounterpartId, null, null),
        ({ } match, MatchAnswered { Side: MatchSide.Subject } a) => match with { SubjectAnswer = a.Answer },
        ({ } match, MatchAnswered a) => match with { CounterpartAnswer = a.Answer },
        _ => state,
    };
}
