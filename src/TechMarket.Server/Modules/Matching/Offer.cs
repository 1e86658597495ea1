namespace TechMarket.Server.Modules.Matching;

/// <summary>What kind of thing is offered.</summary>
public enum OfferKind
{
    Achievement,
    Profile,
}

/// <summary>What is offered — an achievement, or a university's profile (strengths and teams: no TRL, no price).
/// An achievement without a price is negotiable (面议).</summary>
public sealed record Offer(
    OfferKind Kind, IReadOnlyList<string> Terms, IReadOnlyList<string> Fields, int? Trl, decimal? Price, bool UseFirstPayLater, string District);
