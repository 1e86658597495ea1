using System.IO.Compression;
using TechMarket.Server.Modules.Bids;

namespace TechMarket.UnitTests.Bids;

/// <summary>A file is what its bytes say, not what its name says.</summary>
public class FileTypesTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private static bool Is(string extension, byte[] bytes) => FileTypes.Matches(FileTypes.ByExtension[extension], new MemoryStream(bytes));

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<xml/>");
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_pdf_starts_with_its_signature() =>
        (Is(".pdf", "%PDF-1.7 申报书"u8.ToArray()), Is(".pdf", "%PDF"u8.ToArray()), Is(".pdf", "<html>%PDF-"u8.ToArray())).ShouldBe((true, false, false));

    [Fact]
    public void Png_bytes_named_pdf_are_not_a_pdf() => (Is(".pdf", Png), Is(".png", Png)).ShouldBe((false, true));

    [Fact]
    public void A_jpeg_starts_with_ff_d8_ff() =>
        (Is(".jpg", [0xFF, 0xD8, 0xFF, 0xE0]), Is(".jpeg", [0xFF, 0xD8, 0xFF, 0xE1]), Is(".jpg", [0xFF, 0xD8])).ShouldBe((true, true, false));

    [Fact]
    public void Office_files_are_zips_holding_their_main_part()
    {
        Is(".docx", Zip("[Content_Types].xml", "word/document.xml")).ShouldBeTrue();
        Is(".xlsx", Zip("[Content_Types].xml", "xl/workbook.xml")).ShouldBeTrue();
        Is(".pptx", Zip("[Content_Types].xml", "ppt/presentation.xml")).ShouldBeTrue();
        Is(".docx", Zip("[Content_Types].xml", "xl/workbook.xml")).ShouldBeFalse();
        Is(".docx", Zip("word/document.xml")).ShouldBeFalse();
    }

    [Fact]
    public void Any_well_formed_zip_is_a_zip_but_a_truncated_one_is_not()
    {
        var zip = Zip("readme.txt");

        Is(".zip", zip).ShouldBeTrue();
        Is(".zip", zip[..(zip.Length / 2)]).ShouldBeFalse();
        Is(".docx", "PK\u0003\u0004 not really"u8.ToArray()).ShouldBeFalse();
    }

    [Fact]
    public void The_check_leaves_the_stream_at_its_start_for_storing()
    {
        var file = new MemoryStream(Png);
        file.Position = 5;

        FileTypes.Matches(FileTypes.ByExtension[".png"], file).ShouldBeTrue();

        file.Position.ShouldBe(0);
    }
}
