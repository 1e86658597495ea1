using System.IO.Compression;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// The file types a 申报书 usually comes with, and how each is recognised from its bytes rather than from its name:
/// PDF by "%PDF-", PNG and JPEG by their signatures, ZIP by its central directory, and the Office formats as ZIPs
/// holding their main part (word/document.xml, xl/workbook.xml, ppt/presentation.xml). Only the ZIP's directory is
/// read, never an entry's content, so a zip bomb costs nothing.
/// </summary>
public static class FileTypes
{
    public sealed record FileType(string ContentType, Func<Stream, bool> Matches);

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static readonly IReadOnlyDictionary<string, FileType> ByExtension = new Dictionary<string, FileType>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new("application/pdf", f => StartsWith(f, Pdf)),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", f => IsZipWith(f, "word/document.xml")),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f => IsZipWith(f, "xl/workbook.xml")),
        [".pptx"] = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", f => IsZipWith(f, "ppt/presentation.xml")),
        [".png"] = new("image/png", f => StartsWith(f, Png)),
        [".jpg"] = new("image/jpeg", f => StartsWith(f, Jpeg)),
        [".jpeg"] = new("image/jpeg", f => StartsWith(f, Jpeg)),
        [".zip"] = new("application/zip", f => IsZipWith(f, mainPart: null)),
    };

    /// <summary>Whether the seekable stream's bytes are of the type its extension claims; leaves it at position 0.</summary>
    public static bool Matches(FileType type, Stream file)
    {
        file.Position = 0;
        try
        {
            return type.Matches(file);
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static bool StartsWith(Stream file, byte[] signature)
    {
        Span<byte> head = stackalloc byte[signature.Length];
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(signature);
    }

    private static bool IsZipWith(Stream file, string? mainPart)
    {
        if (!StartsWith(file, "PK"u8.ToArray()))
        {
            return false;
        }

        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return mainPart is null
                || (zip.GetEntry(mainPart) is not null && zip.GetEntry("[Content_Types].xml") is not null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
