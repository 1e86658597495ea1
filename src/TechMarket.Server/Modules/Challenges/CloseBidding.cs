using TechMarket.Server.Infrastructure.Domain;

namespace TechMarket.Server.Modules.Challenges;

/// <summary>At the deadline bidding closes by itself (<see cref="BiddingCloser"/>): the commitments of the bids that
/// stand are published and each bid gets a blind label (A, B, C… in commitment order, which says nothing about who or
/// when). A joint bid a member of which has not confirmed by then is not valid and takes no part (its lead's view says
/// why).</summary>
public sealed record CloseBidding(DateTimeOffset Now)
{
    public static Decision Decide(Challenge challenge, CloseBidding command, IReadOnlyList<ChallengeBid> bids)
    {
        if (challenge.Status != ChallengeStatus.Published)
        {
            return DomainError.Conflict("invalid-transition", "Only a published challenge closes for bids.");
        }

        if (command.Now < challenge.Terms.ClosesAt)
        {
            return DomainError.Conflict("deadline-not-reached", "The bidding deadline has not passed yet.");
        }

        var commitments = bids
            .Where(b => b.Standing && b.Valid)
            .OrderBy(b => b.Commitment, StringComparer.Ordinal)
            .Select((b, i) => new PublishedCommitment(Label(i), b.BidId, b.Commitment, b.LastChangedAt))
            .ToList();
        return Decision.Accept(new BiddingClosed(challenge.Id, commitments, command.Now));
    }

    /// <summary>A, B, …, Z, AA, AB, … like spreadsheet columns.</summary>
    public static string Label(int index)
    {
        var label = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }

        return label;
    }
}
