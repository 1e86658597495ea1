using TechMarket.Server.Modules.Bids;

namespace TechMarket.UnitTests.Fixtures;

public static partial class Given
{
    /// <summary>A salt as the server draws it: 32 bytes, lower-case hex.</summary>
    public const string Salt = "5a17000000000000000000000000000000000000000000000000000000000001";

    public static BidContent BidContent(decimal budget = 750_000m, params AttachmentRef[] attachments) => new(
        TechnicalApproach: "A graphene oxide layer on a polyamide membrane",
        Team: "Prof. Li and four engineers",
        Budget: budget,
        Schedule: "12 months",
        Attachments: attachments);

    public static AttachmentRef Attachment(string fileName, string sha256) =>
        new(Guid.CreateVersion7(), fileName, "application/pdf", 1024, sha256);

    /// <summary>A bid as SubmitBid records it: a random id, the commitment computed.</summary>
    public static BidSubmitted BidSubmitted(
        Guid challengeId, Guid organisationId, BidContent? content = null, string salt = Salt, DateTimeOffset? at = null, string organisationName = "宁波大学")
    {
        var bid = content ?? BidContent();
        return new BidSubmitted(
            Guid.NewGuid(), challengeId, organisationId, organisationName, bid, salt,
            BidCommitment.Compute(challengeId, organisationId, bid, salt), Guid.CreateVersion7(), at ?? Now.AddDays(-1));
    }

    public static BidWithdrawn BidWithdrawn(BidSubmitted submitted, DateTimeOffset? at = null) =>
        new(submitted.BidId, Guid.CreateVersion7(), at ?? submitted.At.AddHours(1));

    /// <summary>The bid's decision state, folded with the bid's own Evolve, as Marten folds it.</summary>
    public static Bid Bid(params BidEvent[] history) => Folded<Bid, BidEvent>(history, Server.Modules.Bids.Bid.Evolve);

    /// <summary>The bid's read model, folded with its projection's Evolve, as Marten projects it inline.</summary>
    public static BidDetails BidDetails(params BidEvent[] history)
    {
        var details = Folded<BidDetails, BidEvent>(history, BidDetailsProjection.Evolve);
        details.Version = history.Length;
        return details;
    }
}
