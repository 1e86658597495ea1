using TechMarket.Server.Modules.Challenges;

namespace TechMarket.Server.Modules.Bids;

/// <summary>A bid with who made it: for the bidder always, for the bureau after close. Salt and receipts let
/// the bidder (and, after close, anyone shown the bid) recompute the commitment.</summary>
public sealed record BidView(
    Guid Id, long Version, Guid ChallengeId, Guid OrganisationId, string OrganisationName, BidStatus Status, string? Label,
    BidContent Content, string Salt, string Commitment, IReadOnlyList<string> Receipts, DateTimeOffset FirstSubmittedAt, DateTimeOffset LastChangedAt);

/// <summary>
/// What a reviewing expert sees: the bid under its label and nothing that identifies it — no bid id, no attachment id,
/// no file name. Attachments are numbered and named neutrally (附件1.pdf) and downloaded by challenge, label and number.
/// </summary>
public sealed record BlindBidView(string Label, string Commitment, BlindContent Content);

public sealed record BlindContent(string TechnicalApproach, string Team, decimal Budget, string Schedule, IReadOnlyList<BlindAttachment> Attachments);

/// <summary>An attachment in the blind view; its SHA-256 is the one in the commitment.</summary>
public sealed record BlindAttachment(int Number, string Name, string ContentType, long Size, string Sha256, string Download);

/// <summary>The bidder's own result after the award: rank, score, per-criterion averages and the feedback.</summary>
public sealed record OwnResult(int Rank, decimal Score, bool Won, decimal Funding, IReadOnlyList<CriterionAverage> Averages, FeedbackReason? Reason, string? Comment);

public sealed record MyBid(
    Guid Id, Guid ChallengeId, string ChallengeTitle, ChallengeStatus ChallengeStatus, BidStatus Status, string Commitment,
    DateTimeOffset LastChangedAt, DateTimeOffset ClosesAt, OwnResult? Result);

public static class BidViewing
{
    public static string? LabelOf(ChallengeDetails challenge, Guid bidId) =>
        challenge.Commitments.FirstOrDefault(c => c.BidId == bidId)?.Label;

    public static BidView ToView(BidDetails bid, ChallengeDetails challenge) => new(
        bid.Id, bid.Version, bid.ChallengeId, bid.OrganisationId, bid.OrganisationName, bid.Status, LabelOf(challenge, bid.Id),
        bid.Content, bid.Salt, bid.Commitment, bid.Receipts, bid.FirstSubmittedAt, bid.LastChangedAt);

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

    public static MyBid ToMine(BidDetails bid, ChallengeDetails challenge)
    {
        var result = challenge.Results.FirstOrDefault(r => r.BidId == bid.Id);
        var feedback = challenge.Feedback.GetValueOrDefault(bid.Id);
        var own = result is null
            ? null
            : new OwnResult(result.Rank, decimal.Round(result.Score, 2), result.Won, result.Funding, result.Averages, feedback?.Reason, feedback?.Comment);
        return new MyBid(bid.Id, bid.ChallengeId, challenge.Terms.Title, challenge.Status, bid.Status, bid.Commitment, bid.LastChangedAt, challenge.Terms.ClosesAt, own);
    }
}
