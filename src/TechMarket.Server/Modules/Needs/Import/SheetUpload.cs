using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>A sheet received from a multipart form, held in memory (it is small: <see cref="SheetUpload.MaxBytes"/>).</summary>
public sealed record UploadedSheet(MemoryStream Content, SheetFormat Format, string FileName);

/// <summary>
/// Receives the one file of an import, in the form field <c>file</c>: an .xlsx workbook (recognised from its bytes, a ZIP
/// holding xl/workbook.xml) or a .csv in UTF-8. Anything else is 415, an empty file 400, and a file over the limit 413
/// the moment it passes it — before anything is read into a need.
/// </summary>
public static class SheetUpload
{
    /// <summary>A sheet of <see cref="NeedSheet.MaxRows"/> needs with long descriptions fits several times over.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>A workbook's XML is some ten times its packed size; more than this is no sheet of 500 needs.</summary>
    private const long MaxUnpackedBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<(UploadedSheet? Sheet, Results<ValidationProblem, ProblemHttpResult>? Problem)> ReceiveAsync(HttpRequest request, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary) is not { Length: > 0 } boundary)
        {
            return (null, Unsupported("Send the sheet as multipart/form-data, in a field named file."));
        }

        // The form around the file is a few hundred bytes; a body declared far larger is refused before it is read.
        if (request.ContentLength > MaxBytes + 64 * 1024)
        {
            return (null, TooLarge());
        }

        try
        {
            var reader = new MultipartReader(boundary.Value!, request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition()
                    && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? string.Empty;
                    return await ReadAsync(section.Body, Path.GetFileName(name), ct);
                }
            }

            return (null, FileProblem("The form has no file in a field named file."));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest })
        {
            return (null, FileProblem("The multipart/form-data body is malformed."));
        }
    }

    private static async Task<(UploadedSheet?, Results<ValidationProblem, ProblemHttpResult>?)> ReadAsync(Stream body, string fileName, CancellationToken ct)
    {
        SheetFormat? format = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".xlsx" => SheetFormat.Xlsx,
            ".csv" => SheetFormat.Csv,
            _ => null,
        };
        if (format is null)
        {
            return (null, Unsupported("Upload the needs as an Excel workbook (.xlsx) or a CSV file in UTF-8 (.csv); the template shows the columns."));
        }

        var content = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (content.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            content.Write(buffer, 0, read);
        }

        if (content.Length == 0)
        {
            return (null, FileProblem("The file is empty."));
        }

        var unpacked = format == SheetFormat.Xlsx ? UnpackedWorkbookSize(content) : content.Length;
        if (unpacked is null)
        {
            return (null, Unsupported("The file's content is not an Excel workbook (.xlsx)."));
        }

        if (unpacked > MaxUnpackedBytes)
        {
            return (null, TooLarge());
        }

        if (format == SheetFormat.Csv && !IsUtf8(content))
        {
            return (null, FileProblem("The CSV file is not in UTF-8; save it as 「CSV UTF-8」 and upload it again."));
        }

        content.Position = 0;
        return (new UploadedSheet(content, format.Value, fileName), null);
    }

    /// <summary>What the workbook's parts take unpacked, as its ZIP directory declares them (.NET refuses an entry that
    /// unpacks to more than it declares), or null when it is no workbook. Only the directory is read here, so a zip bomb
    /// is refused before the sheet is read.</summary>
    private static long? UnpackedWorkbookSize(MemoryStream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("xl/workbook.xml") is null ? null : zip.Entries.Sum(e => e.Length);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8(MemoryStream content)
    {
        try
        {
            StrictUtf8.GetCharCount(content.GetBuffer(), 0, (int)content.Length);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static ValidationProblem FileProblem(string message) => Problems.Validation(new Dictionary<string, string[]> { ["file"] = [message] }, message);

    private static ProblemHttpResult TooLarge() =>
        Problems.Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "File too large",
            string.Create(CultureInfo.InvariantCulture, $"A sheet of needs holds at most {MaxBytes / (1024 * 1024)} MiB; split it into several files."));

    private static ProblemHttpResult Unsupported(string detail) =>
        Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported file type", detail);
}
