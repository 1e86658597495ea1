using JasperFx.Core;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

public enum NeedStatus
{
    Draft,
    Submitted,
    Accepted,
    Rejected,
    Withdrawn,
}

/// <summary>The state a decision about a need depends on. <see cref="Challenges"/>: the challenges built on it
/// (it stays accepted and listed). <see cref="RoundId"/> and <see cref="PosterKind"/>: as submitted, repeated on the
/// acceptance and on each challenge taken from it, for the round's report.</summary>
public sealed record Need(
    Guid Id, Guid OrganisationId, string District, NeedStatus Status, NeedContent Content, IReadOnlyList<Guid> Challenges,
    Guid? RoundId = null, OrganisationKind? PosterKind = null)
{
    /// <summary>The one fold of a need's stream: Marten's, the demo's and the tests'.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Need? Evolve(Need? state, NeedEvent e) => (state, e) switch
    {
        (null, NeedDrafted d) => new Need(d.NeedId, d.OrganisationId, d.District, NeedStatus.Draft, d.Content, []),
        // Editing a rejected need reopens it as a draft, so the enterprise can revise and resubmit.
        ({ } need, NeedEdited x) => need with { Content = x.Content, Status = NeedStatus.Draft },
        ({ } need, NeedSubmitted x) => need with { Status = NeedStatus.Submitted, RoundId = x.RoundId, PosterKind = x.PosterKind },
        ({ } need, NeedWithdrawn) => need with { Status = NeedStatus.Withdrawn },
        ({ } need, NeedAccepted x) => need with { Status = NeedStatus.Accepted, Content = need.Content with { Title = x.Title, Field = x.Field } },
        ({ } need, NeedRefined x) => need with { Content = x.Content },
        ({ } need, NeedRejected) => need with { Status = NeedStatus.Rejected },
        ({ } need, NeedTakenIntoChallenge x) => need with { Challenges = [.. need.Challenges, x.ChallengeId] },
        _ => state,
    };
}
