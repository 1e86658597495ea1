namespace TechMarket.Server.Modules.Challenges;

/// <summary>A file of a delivery (成果交付): an upload of the winning organisation, checked from its bytes like a bid's.</summary>
public sealed record DeliveredFile(Guid AttachmentId, string FileName, string ContentType, long Size, string Sha256);
