namespace TechMarket.Server.Modules.Bids;

/// <summary>A file attached to a bid; its SHA-256 is part of the bid's commitment.</summary>
public sealed record AttachmentRef(Guid AttachmentId, string FileName, string ContentType, long Size, string Sha256);

/// <summary>What a bidder proposes (揭榜申报书).</summary>
public sealed record BidContent(
    string TechnicalApproach,
    string Team,
    decimal Budget,
    string Schedule,
    IReadOnlyList<AttachmentRef> Attachments);

/// <summary>A university or institute submitted its sealed bid; the commitment is its receipt.</summary>
public sealed record BidSubmitted(
    Guid BidId, Guid ChallengeId, Guid OrganisationId, string OrganisationName, BidContent Content, string Salt, string Commitment, Guid By, DateTimeOffset At);

public sealed record BidAmended(Guid BidId, BidContent Content, string Salt, string Commitment, Guid By, DateTimeOffset At);

public sealed record BidWithdrawn(Guid BidId, Guid By, DateTimeOffset At);
