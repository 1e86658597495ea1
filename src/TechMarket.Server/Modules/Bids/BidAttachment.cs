using System.Security.Cryptography;
using Marten;
using Microsoft.AspNetCore.Http.Features;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Bids;

/// <summary>A file uploaded for a bid. It is as sealed as the bid: only its organisation reads it before close.</summary>
public sealed class BidAttachment
{
    public Guid Id { get; set; }

    public Guid ChallengeId { get; set; }

    public Guid OrganisationId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public byte[] Data { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }

    public AttachmentRef ToRef() => new(Id, FileName, ContentType, Size, Sha256);
}

public static class BidAttachments
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Documents, spreadsheets, slides, images and archives a 申报书 usually comes with.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".zip"] = "application/zip",
    };

    public static IServiceCollection AddBidAttachmentLimits(this IServiceCollection services) =>
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxBytes + (64 * 1024));

    public static RouteGroupBuilder MapBidAttachments(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/attachments", async Task<IResult> (
                Guid id, IFormFile file, Actor actor, IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
            {
                var extension = Path.GetExtension(file.FileName);
                if (!AllowedTypes.TryGetValue(extension, out var contentType) || !string.Equals(file.ContentType, contentType, StringComparison.OrdinalIgnoreCase))
                {
                    return Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported file type",
                        $"Attach PDF, Word, Excel, PowerPoint, PNG, JPEG or ZIP files with their proper content type ({string.Join(", ", AllowedTypes.Keys)}).");
                }

                if (file.Length is 0 or > MaxBytes)
                {
                    return Problems.Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "File too large",
                        $"An attachment holds 1 byte to {MaxBytes / 1024 / 1024} MiB.");
                }

                if (await session.LoadAsync<Challenges.ChallengeDetails>(id, ct) is not { } challenge)
                {
                    return Problems.NotFound("The challenge");
                }

                if (BidRules.WindowOpen(challenge, clock.GetUtcNow()) is { } closed)
                {
                    return Problems.From(closed);
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var data = buffer.ToArray();
                var attachment = new BidAttachment
                {
                    Id = Guid.CreateVersion7(),
                    ChallengeId = id,
                    OrganisationId = actor.OrganisationId!.Value,
                    FileName = Path.GetFileName(file.FileName),
                    ContentType = contentType,
                    Size = data.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(data)),
                    Data = data,
                    UploadedAt = clock.GetUtcNow(),
                };
                session.Store(attachment);
                await session.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/bids/attachments/{attachment.Id}", attachment.ToRef());
            })
            .RequireAuthorization(Policies.Bidder)
            .RefusesIfMatch()
            .DisableAntiforgery()
            .WithSummary("Upload a file for your bid (sealed like the bid; 5 MiB at most)");
        return challenges;
    }
}
