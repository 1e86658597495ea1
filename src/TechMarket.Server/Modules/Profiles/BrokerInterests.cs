using JasperFx.Core;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>What a broker follows, as its decisions need it.</summary>
public sealed record BrokerInterests(Guid Id, Guid BrokerId, IReadOnlyList<string> Fields, IReadOnlyList<string> Districts)
{
    /// <summary>The one fold of a broker's interest stream.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static BrokerInterests? Evolve(BrokerInterests? state, BrokerInterestEvent e) => (state, e) switch
    {
        (null, BrokerInterestsChanged changed) => new BrokerInterests(changed.InterestId, changed.BrokerId, changed.Fields, changed.Districts),
        ({ } interests, BrokerInterestsChanged changed) => interests with { Fields = changed.Fields, Districts = changed.Districts },
        _ => state,
    };
}
