using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Bids;

/// <summary>A file received from a multipart form, in a temporary file that is deleted when it is disposed.</summary>
public sealed class ReceivedFile(FileStream content, string fileName, string contentType, long size, string sha256) : IAsyncDisposable
{
    /// <summary>The bytes, positioned at their start.</summary>
    public FileStream Content { get; } = content;

    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    public long Size { get; } = size;

    public string Sha256 { get; } = sha256;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Reads the file of a multipart/form-data upload as a stream: it goes to a temporary file on disk while its size is
/// counted (413 the moment it passes the limit) and its SHA-256 computed, and its type is then checked from its bytes
/// (<see cref="FileTypes"/>). Memory holds a buffer, never the file. Bid attachments and contract files both use it.
/// </summary>
public static class FileUploads
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>The file in the field named <c>file</c>, or the problem to answer with.</summary>
    public static async Task<(ReceivedFile? File, Results<ValidationProblem, ProblemHttpResult>? Problem)> ReceiveAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary) is not { Length: > 0 } boundary)
        {
            return (null, Unsupported("Send the file as multipart/form-data, in a field named file."));
        }

        try
        {
            if (await FileSectionAsync(request.Body, boundary.Value!, ct) is not { } found)
            {
                return (null, FileProblem("The form has no file in a field named file."));
            }

            var (section, fileName) = found;
            if (TextRules.Problem(fileName, longText: false) is { } badName)
            {
                return (null, FileProblem("The file name: " + badName));
            }

            var extension = Path.GetExtension(fileName);
            if (!FileTypes.ByExtension.TryGetValue(extension, out var type) || !string.Equals(section.ContentType, type.ContentType, StringComparison.OrdinalIgnoreCase))
            {
                return (null, Unsupported($"Attach PDF, Word, Excel, PowerPoint, PNG, JPEG or ZIP files with their proper content type ({string.Join(", ", FileTypes.ByExtension.Keys)})."));
            }

            var file = TemporaryFile();
            var copied = await CopyAtMostAsync(section.Body, file, maxBytes, ct);
            Results<ValidationProblem, ProblemHttpResult>? problem = copied switch
            {
                null => Problems.Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "File too large",
                    string.Create(CultureInfo.InvariantCulture, $"A file holds at most {maxBytes / (1024 * 1024)} MiB.")),
                { Size: 0 } => FileProblem("The file is empty."),
                _ when !FileTypes.Matches(type, file) => Unsupported($"The file's content is not what a {extension.ToLowerInvariant()} file holds."),
                _ => null,
            };
            if (problem is not null)
            {
                await file.DisposeAsync();
                return (null, problem);
            }

            return (new ReceivedFile(file, Path.GetFileName(fileName), type.ContentType, copied!.Value.Size, copied.Value.Sha256), null);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest })
        {
            return (null, FileProblem("The multipart/form-data body is malformed."));
        }
    }

    private static ValidationProblem FileProblem(string message) => Problems.Validation(new Dictionary<string, string[]> { ["file"] = [message] });

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
