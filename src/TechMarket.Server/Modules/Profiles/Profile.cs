using JasperFx.Core;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>The state a decision about a profile reads: whose it is, what kind of organisation, and what it says (a
/// save that says the same again changes nothing).</summary>
public sealed record Profile(Guid Id, Guid OrganisationId, OrganisationKind Kind, ProfileContent Content)
{
    /// <summary>The one fold of a profile's stream: Marten's, the demo's and the tests'.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Profile? Evolve(Profile? state, ProfileEvent e) => (state, e) switch
    {
        (null, ProfileSaved saved) => new Profile(saved.ProfileId, saved.OrganisationId, saved.Kind, saved.Content),
        ({ } profile, ProfileSaved saved) => profile with { Content = saved.Content },
        _ => state,
    };
}
