using System.Text;
using TechMarket.Server.Modules.Contracts;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Contracts;

public class RegistrationCertificateTests
{
    [Fact]
    public void The_certificate_is_a_pdf_that_names_the_registration_number_and_the_parties_in_Chinese()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered("2026330212000042");
        var details = story.History.Aggregate((ContractDetails?)null, ContractDetailsProjection.Evolve)!;

        var pdf = Encoding.ASCII.GetString(RegistrationCertificate.Render(details, Catalog.Real));

        pdf.ShouldStartWith("%PDF-1.7");
        pdf.ShouldEndWith("%%EOF\n");
        pdf.ShouldContain("/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H");
        pdf.ShouldContain(PdfText.Hex("登记编号：2026330212000042"));
        pdf.ShouldContain(PdfText.Hex(RegistrationCertificate.Title));
        pdf.ShouldContain(PdfText.Hex(story.Seller.Name));
    }

    [Fact]
    public void Every_object_sits_where_the_cross_reference_table_says()
    {
        var story = new ContractStory().Drafted().SignedByBoth().Registered();
        var details = story.History.Aggregate((ContractDetails?)null, ContractDetailsProjection.Evolve)!;
        var pdf = Encoding.ASCII.GetString(RegistrationCertificate.Render(details, Catalog.Real));

        var xref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        var entries = pdf[xref..].Split('\n').Skip(3).TakeWhile(l => l.EndsWith(" n ", StringComparison.Ordinal)).ToList();

        entries.Count.ShouldBe(8);
        entries.Select((e, i) => pdf[int.Parse(e[..10])..].StartsWith($"{i + 1} 0 obj", StringComparison.Ordinal)).ShouldAllBe(ok => ok);
    }

    [Fact]
    public void Flags_read_as_the_bureau_names_them()
    {
        RegistrationCertificate.Flags(new RegistrationFlags(true, true, true, true)).ShouldBe(["重大合同", "涉外合同", "可申请税收优惠", "关联交易"]);
        RegistrationCertificate.Flags(new RegistrationFlags(false, false, false, false)).ShouldBeEmpty();
    }
}
