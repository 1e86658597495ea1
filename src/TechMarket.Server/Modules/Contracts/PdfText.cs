using System.Globalization;
using System.Text;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>
/// A one-page PDF of text lines in Chinese and Latin, written by hand: PDF 1.7 with Adobe's standard CJK font
/// STSong-Light in the UniGB-UCS2-H encoding. Every conforming reader supplies that font itself (it is one of the
/// fonts a PDF may name without embedding), so the file needs no font file, stays a few kilobytes, and is the same
/// on every machine. Text is UCS-2 (characters outside the Basic Multilingual Plane become "?").
/// </summary>
public sealed class PdfText(string title)
{
    private const double PageWidth = 595, PageHeight = 842, Margin = 64;
    private readonly List<(string Text, double Size, double Gap)> _lines = [];

    /// <summary>Adds text, wrapped to the page width, with extra space above it.</summary>
    public PdfText Line(string text, double size = 11, double gap = 4)
    {
        var first = true;
        foreach (var line in Wrap(text, size))
        {
            _lines.Add((line, size, first ? gap : 2));
            first = false;
        }

        return this;
    }

    public byte[] ToBytes()
    {
        var content = new StringBuilder();
        var y = PageHeight - Margin;
        foreach (var (text, size, gap) in _lines)
        {
            y -= size + gap;
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size:0.#} Tf {Margin:0} {y:0.##} Td <{Hex(text)}> Tj ET\n");
        }

        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth:0} {PageHeight:0}] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            + "/FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
            + "/CapHeight 880 /StemV 93 >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content.ToString())} >>\nstream\n{content}\nendstream",
            $"<< /Title <FEFF{Hex(title)}> /Producer (TechMarket) >>",
        };
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        foreach (var (body, i) in objects.Select((o, i) => (o, i)))
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{body}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 8 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>UCS-2 big-endian, as hex digits (what UniGB-UCS2-H reads, and what a UTF-16 text string holds).</summary>
    public static string Hex(string text)
    {
        var hex = new StringBuilder(text.Length * 4);
        foreach (var c in text)
        {
            hex.Append(((int)(char.IsSurrogate(c) ? '?' : c)).ToString("X4", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>Breaks text into lines that fit the page: CJK characters are one em wide, Latin ones half.</summary>
    private static IEnumerable<string> Wrap(string text, double size)
    {
        var width = (PageWidth - (2 * Margin)) / size;
        var line = new StringBuilder();
        double used = 0;
        foreach (var c in text)
        {
            var w = c < 0x2E80 ? 0.5 : 1.0;
            if (used + w > width)
            {
                yield return line.ToString();
                (line, used) = (new StringBuilder(), 0);
            }

            line.Append(c);
            used += w;
        }

        yield return line.ToString();
    }
}
