using JasperFx.Core;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Rounds;

/// <summary>A bureau's collection policy, kept inline as a document: whether it accepts needs outside an open round
/// (常态化征集). A bureau that never set it keeps <see cref="DefaultStandingCollection"/>.</summary>
public sealed record CollectionPolicy(Guid Id, string Bureau, bool StandingCollection)
{
    /// <summary>Needs were accepted at any time before rounds existed; a bureau turns that off when it collects only in rounds.</summary>
    public const bool DefaultStandingCollection = true;

    /// <summary>The policy's stream id: one per bureau, found again by its jurisdiction; it never leaves the server.</summary>
    public static Guid IdFor(string bureau) => DeterministicGuid.From($"collection-policy/{bureau}");

    public static bool AllowsStanding(CollectionPolicy? policy) => policy?.StandingCollection ?? DefaultStandingCollection;

    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static CollectionPolicy? Evolve(CollectionPolicy? state, CollectionPolicyEvent e) => e switch
    {
        StandingCollectionSet x => new CollectionPolicy(x.PolicyId, x.Bureau, x.Allowed),
        _ => state,
    };
}
