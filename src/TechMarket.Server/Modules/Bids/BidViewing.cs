using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>The views of a bid each reader gets: in full, blind (by label), or the bidder's own line.</summary>
public static class BidViewing
{
    public static string? LabelOf(ChallengeDetails challenge, Guid bidId) =>
        challenge.Commitments.FirstOrDefault(c => c.BidId == bidId)?.Label;

    public static BidView ToView(BidDetails bid, ChallengeDetails challenge) => new(
        bid.Id, bid.Version, bid.ChallengeId, bid.OrganisationId, bid.OrganisationName, bid.Status, LabelOf(challenge, bid.Id),
        bid.Content, bid.Salt, bid.Commitment, bid.Receipts, bid.FirstSubmittedAt, bid.LastChangedAt, JointOf(bid), ExclusionOf(bid, challenge),
        bid.ReceiptFormat);

    public static JointView? JointOf(BidDetails bid) =>
        bid.Members.Count == 0 ? null : new JointView(bid.OrganisationName, bid.LeadRole, bid.LeadShare, bid.Members);

    /// <summary>Why a bid that stood at the close has no label: a member had not confirmed (confirmations end with
    /// bidding, so what the bid shows now is what the close saw).</summary>
    public static BidExclusion? ExclusionOf(BidDetails bid, ChallengeDetails challenge) =>
        challenge.ClosedAt is not null && bid.Status == BidStatus.Submitted && LabelOf(challenge, bid.Id) is null
        && bid.Members.Any(m => m.Answer != MemberAnswer.Confirmed)
            ? BidExclusion.UnconfirmedMembers
            : null;

    public static BlindBidView ToBlind(BidDetails bid, ChallengeDetails challenge)
    {
        var label = LabelOf(challenge, bid.Id) ?? throw new InvalidOperationException("Only bids that took part are shown blind.");
        var content = bid.Content;
        var attachments = content.Attachments.Select((a, i) => new BlindAttachment(
            i + 1, BlindName(i + 1, a.FileName), a.ContentType, a.Size, a.Sha256, $"/api/challenges/{challenge.Id}/bids/{label}/attachments/{i + 1}")).ToList();
        return new BlindBidView(label, bid.Commitment, new BlindContent(content.TechnicalApproach, content.Team, content.Budget, content.Schedule, attachments));
    }

    /// <summary>附件1.pdf: the number and the type, nothing of the original name.</summary>
    public static string BlindName(int number, string fileName) => $"附件{number}{Path.GetExtension(fileName).ToLowerInvariant()}";

    public static MyBid ToMine(BidDetails bid, ChallengeDetails challenge, Guid reader)
    {
        var result = challenge.Results.FirstOrDefault(r => r.BidId == bid.Id);
        var feedback = challenge.Feedback.GetValueOrDefault(bid.Id);
        var own = result is null
            ? null
            : new OwnResult(result.Rank, decimal.Round(result.Score, 2), result.Won, result.Funding, result.Averages, feedback?.Reason, feedback?.Comment);
        return new MyBid(
            bid.Id, bid.ChallengeId, challenge.Terms.Title, challenge.Status, bid.Status, bid.Commitment, bid.LastChangedAt, challenge.Terms.ClosesAt, own,
            bid.OrganisationId == reader, JointOf(bid), ExclusionOf(bid, challenge));
    }
}
