using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Reviews;

/// <summary>The checks review decisions share beyond ChallengeRules: which bid, comments, labels.</summary>
public static class ReviewRules
{
    /// <summary>A bid's ranking means little on fewer reviews; the bureau may ask for more, never award on fewer.</summary>
    public const int DefaultMinimumReviews = 3;

    /// <summary>Longest free-text comment or note a reviewer or officer may attach.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Only bids whose commitment was published at close took part; anything else is unknown here.</summary>
    public static DomainError? RequireCommitment(Challenge challenge, Guid bidId, out PublishedCommitment? commitment)
    {
        commitment = challenge.Commitments.FirstOrDefault(c => c.BidId == bidId);
        return commitment is null
            ? DomainError.NotFound("bid-not-found", "No bid with this id took part in the challenge.")
            : null;
    }

    /// <summary>The bid that took part under this blind label; experts know bids by nothing else.</summary>
    public static DomainError? RequireLabel(Challenge challenge, string label, out PublishedCommitment? commitment)
    {
        commitment = challenge.Commitments.FirstOrDefault(c => c.Label == label);
        return commitment is null
            ? DomainError.NotFound("bid-not-found", "No bid with this label took part in the challenge.")
            : null;
    }

    /// <summary>Trims a free-text comment; blank becomes null. Refuses one longer than <see cref="MaxCommentLength"/>.</summary>
    public static DomainError? NormaliseComment(string field, string? comment, out string? normalised)
    {
        normalised = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return normalised is { Length: > MaxCommentLength }
            ? DomainError.Invalid(field, $"Must be at most {MaxCommentLength} characters.")
            : null;
    }

    /// <summary>Blind labels in a message, e.g. "A, C".</summary>
    public static string Labels(IEnumerable<PublishedCommitment> commitments) =>
        string.Join(", ", commitments.Select(c => c.Label));
}
