using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.Server.Modules.Matching;

/// <summary>Who is a side of a match — the one rule the answers, the lists and the views share.</summary>
public static class MatchSides
{
    /// <summary>Which side of the match the caller is on: the counterpart (its organisation, or the broker itself), or
    /// the subject (the need's enterprise, the achievement's university, the challenge's bureau); null for anyone else.
    /// A broker's match is the broker's alone: what a broker follows is its own business, so the subject's side never
    /// sees, nor answers, the matches that tell brokers about what it published.</summary>
    public static MatchSide? SideOf(Match match, Actor actor)
    {
        if (match.CounterpartKind == MatchCounterpartKind.Broker)
        {
            return actor.IsIn(Roles.Broker) && actor.UserId == match.CounterpartId ? MatchSide.Counterpart : null;
        }

        if (SpeaksFor(actor, match.CounterpartId))
        {
            return MatchSide.Counterpart;
        }

        var subject = match.SubjectOrganisationId is { } organisation
            ? SpeaksFor(actor, organisation)
            : match.SubjectKind == MatchSubjectKind.Challenge && actor.Covers(match.SubjectDistrict);
        return subject ? MatchSide.Subject : null;
    }

    /// <summary>An organisation's enterprise or university users answer for it — not, say, an expert it employs.</summary>
    public static bool SpeaksFor(Actor actor, Guid organisation) =>
        (actor.IsIn(Roles.University) || actor.IsIn(Roles.Enterprise)) && actor.BelongsTo(organisation);
}
