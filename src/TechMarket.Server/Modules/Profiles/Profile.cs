using JasperFx.Core;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>The state a decision about a profile reads: whose it is and what kind of organisation.</summary>
public sealed record Profile(Guid Id, Guid OrganisationId, OrganisationKind Kind, ProfileContent Content)
{
    public static Profile Create(ProfileSaved e) => new(e.ProfileId, e.OrganisationId, e.Kind, e.Content);

    public Profile Apply(ProfileSaved e) => this with { Content = e.Content };

    /// <summary>The one fold of the stream: the tests' (Marten folds with Create/Apply until StreamFold is on main).</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static Profile? Evolve(Profile? state, ProfileEvent e) => (state, e) switch
    {
        (null, ProfileSaved saved) => Create(saved),
        ({ } profile, ProfileSaved saved) => profile.Apply(saved),
        _ => state,
    };
}

/// <summary>What a broker follows, as its decisions need it.</summary>
public sealed record BrokerInterests(Guid Id, Guid BrokerId, IReadOnlyList<string> Fields, IReadOnlyList<string> Districts)
{
    public static BrokerInterests Create(BrokerInterestsChanged e) => new(e.InterestId, e.BrokerId, e.Fields, e.Districts);

    public BrokerInterests Apply(BrokerInterestsChanged e) => this with { Fields = e.Fields, Districts = e.Districts };

    [JasperFxIgnore]
    public static BrokerInterests? Evolve(BrokerInterests? state, BrokerInterestEvent e) => (state, e) switch
    {
        (null, BrokerInterestsChanged changed) => Create(changed),
        ({ } interests, BrokerInterestsChanged changed) => interests.Apply(changed),
        _ => state,
    };
}
