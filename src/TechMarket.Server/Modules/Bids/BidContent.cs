namespace TechMarket.Server.Modules.Bids;

/// <summary>What a bidder proposes (揭榜申报书).</summary>
public sealed record BidContent(
    string TechnicalApproach,
    string Team,
    decimal Budget,
    string Schedule,
    IReadOnlyList<AttachmentRef> Attachments);

/// <summary>A file attached to a bid; its SHA-256 is part of the bid's commitment.</summary>
public sealed record AttachmentRef(Guid AttachmentId, string FileName, string ContentType, long Size, string Sha256);
