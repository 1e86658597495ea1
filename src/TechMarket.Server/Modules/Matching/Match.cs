using JasperFx.Core;

namespace TechMarket.Server.Modules.Matching;

/// <summary>What a decision about a match reads: who is on which side, and how each side answered.</summary>
public sealed record Match(
    Guid Id, MatchSubjectKind SubjectKind, Guid? SubjectOrganisationId, string SubjectDistrict, MatchCounterpartKind CounterpartKind,
    Guid CounterpartId, MatchAnswer? SubjectAnswer, MatchAnswer? CounterpartAnswer)
{
    public static Match Create(MatchFound e) =>
        new(e.MatchId, e.SubjectKind, e.SubjectOrganisationId, e.SubjectDistrict, e.CounterpartKind, e.CounterpartId, null, null);

    public Match Apply(MatchAnswered e) =>
        e.Side == MatchSide.Subject ? this with { SubjectAnswer = e.Answer } : this with { CounterpartAnswer = e.Answer };

    /// <summary>The one fold of a match's stream (Marten folds with Create/Apply until StreamFold is on main).</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Match? Evolve(Match? state, MatchEvent e) => (state, e) switch
    {
        (null, MatchFound found) => Create(found),
        ({ } match, MatchAnswered answered) => match.Apply(answered),
        _ => state,
    };
}
