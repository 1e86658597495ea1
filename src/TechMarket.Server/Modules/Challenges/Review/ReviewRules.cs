using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Challenges.Review;

/// <summary>The checks review and award decisions share beyond ChallengeRules: which bid, comments, labels.</summary>
public static class ReviewRules
{
    /// <summary>Longest free-text comment or note a reviewer or officer may attach.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Only an expert assigned to the challenge may act on its review (score, recuse, decline).</summary>
    public static DomainError? AssignedOnly(Challenge challenge, Actor expert, string action) =>
        challenge.Experts.Contains(expert.UserId)
            ? null
            : DomainError.Forbidden("not-assigned", $"Only an expert assigned to this challenge may {action}.");

    /// <summary>Only bids whose commitment was published at close took part; anything else is unknown here.</summary>
    public static DomainError? RequireCommitment(Challenge challenge, Guid bidId) =>
        challenge.Commitments.Any(c => c.BidId == bidId)
            ? null
            : DomainError.NotFound("bid-not-found", "No bid with this id took part in the challenge.");

    /// <summary>The bid that took part under this blind label; experts know bids by nothing else.</summary>
    public static DomainError? RequireLabel(Challenge challenge, string label, out PublishedCommitment? commitment)
    {
        commitment = challenge.Commitments.FirstOrDefault(c => c.Label == label);
        return commitment is null
            ? DomainError.NotFound("bid-not-found", "No bid with this label took part in the challenge.")
            : null;
    }

    /// <summary>A free-text comment as it is stored: trimmed, blank as none. Its length is the validator's business.</summary>
    public static string? Comment(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

    /// <summary>Blind labels in a message, e.g. "A, C".</summary>
    public static string Labels(IEnumerable<PublishedCommitment> commitments) =>
        string.Join(", ", commitments.Select(c => c.Label));
}
