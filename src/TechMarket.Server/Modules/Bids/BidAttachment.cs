namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// A file uploaded for a bid: who uploaded it, for which challenge, and what it is. The bytes live in the attachment
/// content store, not here. It is as sealed as the bid: only its organisation reads it before close. The id is
/// random (v4), so it tells nobody when the file was uploaded.
/// </summary>
public sealed class BidAttachment
{
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    public AttachmentRef ToRef() => new(Id, FileName, ContentType, Size, Sha256);
}
