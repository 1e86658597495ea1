using JasperFx.Core;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Modules.Rounds;

/// <summary>A collection round, kept inline as a document: a need's submission reads it (is it open, does it collect
/// this district), and the round lists show it.</summary>
public sealed record CollectionRound(
    Guid Id, string Bureau, RoundLevel Level, string Name, DateOnly Opens, DateOnly Closes, DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedEarlyAt = null, string? CloseReason = null)
{
    /// <summary>The one fold of a round's stream: Marten's inline document, the demo's and the tests'.</summary>
    [JasperFxIgnore] // Marten's source generator takes a method named Evolve for its own instance convention.
    public static CollectionRound? Evolve(CollectionRound? state, RoundEvent e) => (state, e) switch
    {
        (null, RoundOpened x) => new CollectionRound(x.RoundId, x.Bureau, x.Level, x.Name, x.Opens, x.Closes, x.At),
        ({ } round, RoundClosedEarly x) => round with { ClosedEarlyAt = x.At, CloseReason = x.Reason },
        _ => state,
    };

    /// <summary>Open from its opening day to its closing day, both included (China's date), unless closed early.</summary>
    public RoundStatus StatusOn(DateOnly today) =>
        ClosedEarlyAt is not null || today > Closes ? RoundStatus.Closed
        : today < Opens ? RoundStatus.Upcoming
        : RoundStatus.Open;

    /// <summary>A city round collects needs from every district; a district round only from its own.</summary>
    public bool Collects(string district) => Level == RoundLevel.City || Bureau == district;

    /// <summary>The level a bureau of this jurisdiction runs: the city bureau city rounds, a district bureau district rounds.</summary>
    public static RoundLevel LevelOf(string jurisdiction) => jurisdiction == Jurisdictions.City ? RoundLevel.City : RoundLevel.District;
}
