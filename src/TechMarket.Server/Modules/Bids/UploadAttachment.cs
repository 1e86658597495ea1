using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// Uploads a file for a bid. The request body is read as a stream: the file goes to a temporary file on disk while
/// its size is counted (413 the moment it passes the limit) and its SHA-256 computed, its type is then checked from
/// its bytes, and it is streamed on into the content store. Memory holds a buffer, never the file.
/// </summary>
public static class UploadAttachment
{
    private const int BufferBytes = 64 * 1024;

    public static RouteGroupBuilder MapUploadAttachment(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{id:guid}/attachments", UploadAsync)
            .RequireAuthorization(Policies.Bidder)
            .RefusesIfMatch()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a file for your bid (sealed like the bid; PDF, Office, PNG, JPEG or ZIP, checked from its bytes; 5 MiB at most)");
        return challenges;
    }

    private static async Task<Results<Created<AttachmentRef>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, Actor actor, HttpRequest request, IDocumentSession session, IAttachmentContent contents, IOptions<AttachmentOptions> options,
        TimeProvider clock, CancellationToken ct)
    {
        var limits = options.Value;
        var organisationId = actor.OrganisationId!.Value;
        var batch = session.CreateBatchQuery();
        var loadingChallenge = batch.Load<ChallengeDetails>(id);
        var loadingOrganisation = batch.Load<Organisation>(organisationId);
        var loadingHeld = batch.Query<BidAttachment>().Where(a => a.ChallengeId == id && a.OrganisationId == organisationId).Select(a => a.Size).ToList();
        await batch.Execute(ct);
        if (await loadingChallenge is not { } challenge)
        {
            return Problems.NotFound("The challenge");
        }

        if (UploadRules.Admit(challenge, await loadingOrganisation, actor, await loadingHeld, limits, clock.GetUtcNow()) is { } refused)
        {
            return Problems.Refuse<Created<AttachmentRef>>(refused);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary) is not { Length: > 0 } boundary)
        {
            return Unsupported("Send the file as multipart/form-data, in a field named file.");
        }

        try
        {
            if (await FileSectionAsync(request.Body, boundary.Value!, ct) is not { } found)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["The form has no file in a field named file."] });
            }

            var (section, fileName) = found;
            if (TextRules.Problem(fileName, longText: false) is { } badName)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["The file name: " + badName] });
            }

            var extension = Path.GetExtension(fileName);
            if (!FileTypes.ByExtension.TryGetValue(extension, out var type) || !string.Equals(section.ContentType, type.ContentType, StringComparison.OrdinalIgnoreCase))
            {
                return Unsupported("Attach PDF, Word, Excel, PowerPoint, PNG, JPEG or ZIP files with their proper content type "
                    + $"({string.Join(", ", FileTypes.ByExtension.Keys)}).");
            }

            await using var file = TemporaryFile();
            if (await CopyAtMostAsync(section.Body, file, limits.MaxFileBytes, ct) is not { } copied)
            {
                return Problems.Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "File too large",
                    string.Create(CultureInfo.InvariantCulture, $"An attachment holds at most {limits.MaxFileBytes / AttachmentOptions.MiB} MiB."));
            }

            var (size, sha256) = copied;
            if (size == 0)
            {
                return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["The file is empty."] });
            }

            if (!FileTypes.Matches(type, file))
            {
                return Unsupported($"The file's content is not what a {extension.ToLowerInvariant()} file holds.");
            }

            var attachment = new BidAttachment
            {
                Id = Guid.NewGuid(), ChallengeId = id, OrganisationId = organisationId, FileName = Path.GetFileName(fileName),
                ContentType = type.ContentType, Size = size, Sha256 = sha256, UploadedAt = clock.GetUtcNow(),
            };
            await contents.WriteAsync(attachment.Id, file, attachment.UploadedAt, ct);
            if (await RecordAsync(session, attachment, limits, ct) is { } full)
            {
                await contents.DeleteAsync([attachment.Id], ct);
                return Problems.Refuse<Created<AttachmentRef>>(full);
            }

            return TypedResults.Created($"/api/bids/attachments/{attachment.Id}", attachment.ToRef());
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest })
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = ["The multipart/form-data body is malformed."] });
        }
    }

    /// <summary>The quota is checked again under a lock per organisation and challenge, so that two uploads at once
    /// cannot both squeeze past it; the metadata is written in that transaction.</summary>
    private static async Task<DomainError?> RecordAsync(IDocumentSession session, BidAttachment attachment, AttachmentOptions limits, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) x", ct, $"upload/{attachment.ChallengeId}/{attachment.OrganisationId}");
        var held = await session.Query<BidAttachment>()
            .Where(a => a.ChallengeId == attachment.ChallengeId && a.OrganisationId == attachment.OrganisationId).Select(a => a.Size).ToListAsync(ct);
        if (UploadRules.Quota(held, attachment.Size, limits) is { } full)
        {
            return full;
        }

        session.Store(attachment);
        await session.SaveChangesAsync(ct);
        return null;
    }

    private static async Task<(MultipartSection Section, string FileName)?> FileSectionAsync(Stream body, string boundary, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition()
                && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName);
                return (section, name.Value ?? string.Empty);
            }
        }

        return null;
    }

    /// <summary>Copies at most <paramref name="max"/> bytes, hashing as it goes; null as soon as there are more.</summary>
    private static async Task<(long Size, string Sha256)?> CopyAtMostAsync(Stream from, Stream to, long max, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            long total = 0;
            int read;
            while ((read = await from.ReadAsync(buffer.AsMemory(0, BufferBytes), ct)) > 0)
            {
                total += read;
                if (total > max)
                {
                    return null;
                }

                hash.AppendData(buffer, 0, read);
                await to.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            await to.FlushAsync(ct);
            to.Position = 0;
            return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"techmarket-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
        BufferBytes, FileOptions.Asynchronous | FileOptions.DeleteOnClose);

    private static ProblemHttpResult Unsupported(string detail) =>
        Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported file type", detail);
}
