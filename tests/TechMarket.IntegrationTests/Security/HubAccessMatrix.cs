using static TechMarket.IntegrationTests.Security.HubAccessFixture;

namespace TechMarket.IntegrationTests.Security;

/// <summary>
/// The hub's part of the access matrix: for every channel a client may ask to watch, who is entitled to it; everyone
/// else is refused with the code the matrix names, and stays connected. Who may open a connection at all, and the
/// other hub methods (Unwatch, CatchUp), are in <see cref="HubAccessMatrixTests"/>; a channel kind or a hub method
/// without an entry here fails there.
/// </summary>
public static class HubAccessMatrix
{
    /// <summary>Every account with a role: each of them may connect.</summary>
    public static readonly string[] Users =
    [
        Enterprise, OtherEnterprise, University, Institute, Expert, Broker, ZhenhaiBureau, HaishuBureau, CityBureau, Admin,
    ];

    /// <summary>A channel, who may watch it, and the refusal everyone else gets.</summary>
    public sealed record WatchEntry(string Kind, string What, Func<HubAccessFixture, string> Channel, string[] Entitled, string Refusal);

    public static readonly IReadOnlyList<WatchEntry> Watch =
    [
        new("board", "a published challenge's board", f => $"board:{f.PublishedChallenge}", Users, ""),
        new("board", "a cancelled challenge's board (its page stays readable)", f => $"board:{f.CancelledChallenge}", Users, ""),
        new("board", "a draft's board — not even its own bureau or funder watches it live", f => $"board:{f.DraftChallenge}", [], "not-found"),
        new("board", "an unknown challenge", _ => $"board:{Guid.NewGuid()}", [], "not-found"),
        new("board", "a malformed id", _ => "board:not-a-guid", [], "not-found"),
        new("organisation", "甬江新材料's own channel", f => $"organisation:{f.EnterpriseOrganisation}", [Enterprise], "not-your-organisation"),
        new("organisation", "甬城大学's own channel", f => $"organisation:{f.UniversityOrganisation}", [University], "not-your-organisation"),
        new("ticker", "镇海区's ticker", _ => "ticker:330211", [ZhenhaiBureau, CityBureau], "outside-jurisdiction"),
        new("ticker", "海曙区's ticker", _ => "ticker:330203", [HaishuBureau, CityBureau], "outside-jurisdiction"),
        new("ticker", "the whole city's ticker", _ => "ticker:city", [CityBureau], "outside-jurisdiction"),
        new("ticker", "a district the city does not have", _ => "ticker:999999", [], "not-found"),
        new("bids", "the live bids of a published challenge: sealed", f => $"bids:{f.PublishedChallenge}", [], "sealed"),
        new("user", "somebody's personal channel (one's own is joined on connecting)", _ => $"user:{Guid.NewGuid():N}", [], "unknown-channel"),
        new("", "no channel at all", _ => "no-kind-no-id", [], "unknown-channel"),
    ];
}
