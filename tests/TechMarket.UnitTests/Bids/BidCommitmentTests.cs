using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TechMarket.Server.Modules.Bids;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Bids;

/// <summary>The receipt as docs/COMMITMENTS.md defines it, so that anyone can recompute it outside the platform.</summary>
public class BidCommitmentTests
{
    private const string ProposalSha256 = "ecd1378bc9dc130008f00d58db5d26f60db55934a49b949af7e6f6a8da2a2beb"; // sha256("proposal")
    private const string BudgetSheetSha256 = "62621bc8aef9b9b1d1276be59be6fe1559b50c2effc01dea02916cecfe2f0bac"; // sha256("budget sheet")
    private const string KnownSalt = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private static readonly Guid ChallengeId = Guid.Parse("0195F3A0-7C1E-7000-8000-00000000C001");
    private static readonly Guid OrganisationId = Guid.Parse("0195f3a0-7c1e-7000-8000-00000000a002");

    /// <summary>Chinese text, and a colon and a new line inside a value: the length prefix keeps it unambiguous.</summary>
    private static readonly BidContent Known = new(
        TechnicalApproach: "石墨烯氧化层: 分两步\n第二步: 中试",
        Team: "李教授团队",
        Budget: 750_000m,
        Schedule: "12个月",
        Attachments: [Given.Attachment("方案.pdf", ProposalSha256), Given.Attachment("budget.xlsx", BudgetSheetSha256)]);

    /// <summary>Written out by hand from the table in docs/COMMITMENTS.md; lengths are UTF-8 bytes (3 per Chinese character).</summary>
    private const string KnownCanonical =
        "challengeId:36:0195f3a0-7c1e-7000-8000-00000000c001\n" +
        "organisationId:36:0195f3a0-7c1e-7000-8000-00000000a002\n" +
        "technicalApproach:47:石墨烯氧化层: 分两步\n第二步: 中试\n" +
        "team:15:李教授团队\n" +
        "budget:9:750000.00\n" +
        "schedule:8:12个月\n" +
        "attachment:64:" + ProposalSha256 + "\n" +
        "attachment:64:" + BudgetSheetSha256 + "\n" +
        "salt:64:" + KnownSalt + "\n";

    /// <summary>The same vector through the Python snippet of docs/COMMITMENTS.md.</summary>
    private const string KnownCommitment = "b686990ffce3d31e570d6a5d11094925a403fc669fee207931a60ababbbea78e";

    private static string Compute(BidContent content, string salt = KnownSalt) => BidCommitment.Compute(ChallengeId, OrganisationId, content, salt);

    [Fact]
    public void The_canonical_text_follows_the_documented_fields_in_order() =>
        BidCommitment.Canonical(ChallengeId, OrganisationId, Known, KnownSalt).ShouldBe(KnownCanonical);

    [Fact]
    public void The_commitment_is_the_lower_case_hex_sha256_of_the_canonical_text()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KnownCanonical)));

        Compute(Known).ShouldBe(expected);
        Compute(Known).ShouldBe(KnownCommitment);
    }

    [Fact]
    public void Different_salts_give_different_commitments()
    {
        Compute(Known, KnownSalt).ShouldNotBe(Compute(Known, KnownSalt.Replace("00", "01", StringComparison.Ordinal)));
        Compute(Known, BidCommitment.NewSalt()).ShouldNotBe(Compute(Known, BidCommitment.NewSalt()));
    }

    [Fact]
    public void Each_id_is_part_of_the_commitment()
    {
        BidCommitment.Compute(Guid.CreateVersion7(), OrganisationId, Known, KnownSalt).ShouldNotBe(KnownCommitment);
        BidCommitment.Compute(ChallengeId, Guid.CreateVersion7(), Known, KnownSalt).ShouldNotBe(KnownCommitment);
    }

    [Fact]
    public void Attachments_count_by_their_hashes_in_the_bid_s_order()
    {
        var swapped = Known with { Attachments = [Known.Attachments[1], Known.Attachments[0]] };
        var renamed = Known with { Attachments = [.. Known.Attachments.Select(a => a with { FileName = "renamed.pdf", AttachmentId = Guid.CreateVersion7() })] };
        var without = Known with { Attachments = [] };

        Compute(swapped).ShouldNotBe(KnownCommitment);
        Compute(renamed).ShouldBe(KnownCommitment);
        BidCommitment.Canonical(ChallengeId, OrganisationId, without, KnownSalt)
            .ShouldBe(KnownCanonical.Replace($"attachment:64:{ProposalSha256}\nattachment:64:{BudgetSheetSha256}\n", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("750000", "budget:9:750000.00\n")]
    [InlineData("750000.00", "budget:9:750000.00\n")]
    [InlineData("1234.5", "budget:7:1234.50\n")]
    [InlineData("0", "budget:4:0.00\n")]
    [InlineData("100000000000", "budget:15:100000000000.00\n")]
    public void The_budget_is_written_with_two_decimals_and_no_grouping(string budget, string field)
    {
        var content = Known with { Budget = decimal.Parse(budget, CultureInfo.InvariantCulture) };

        BidCommitment.Canonical(ChallengeId, OrganisationId, content, KnownSalt).ShouldContain("\n" + field);
    }

    [Fact]
    public void The_budget_is_written_with_a_dot_whatever_the_server_s_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Compute(Known).ShouldBe(KnownCommitment);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static readonly Guid InstituteId = Guid.Parse("0195f3a0-7c1e-7000-8000-00000000b003");
    private static readonly Guid EnterpriseId = Guid.Parse("0195f3a0-7c1e-7000-8000-00000000a001");

    /// <summary>A joint bid (format 2): the lead's terms, then the members in the order of their ids, whatever order they were named in.</summary>
    private static readonly Consortium Joint = new("牵头单位", 400_000m,
        [new ConsortiumMember(InstituteId, "联合研发", 250_000m), new ConsortiumMember(EnterpriseId, "中试验证", 100_000m)]);

    private const string JointFields =
        "leadRole:12:牵头单位\n" +
        "leadShare:9:400000.00\n" +
        "member:36:0195f3a0-7c1e-7000-8000-00000000a001\n" +
        "memberRole:12:中试验证\n" +
        "memberShare:9:100000.00\n" +
        "member:36:0195f3a0-7c1e-7000-8000-00000000b003\n" +
        "memberRole:12:联合研发\n" +
        "memberShare:9:250000.00\n";

    [Fact]
    public void A_joint_bid_s_text_adds_the_lead_s_terms_and_each_member_s_before_the_salt()
    {
        var canonical = BidCommitment.Canonical(ChallengeId, OrganisationId, Known, KnownSalt, Joint);

        canonical.ShouldBe(KnownCanonical.Replace("salt:64:", JointFields + "salt:64:", StringComparison.Ordinal));
        BidCommitment.Compute(ChallengeId, OrganisationId, Known, KnownSalt, Joint)
            .ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
    }

    [Fact]
    public void A_solo_bid_s_receipt_is_the_same_in_both_formats() =>
        BidCommitment.Compute(ChallengeId, OrganisationId, Known, KnownSalt, new Consortium(string.Empty, 0m, [])).ShouldBe(KnownCommitment);

    [Fact]
    public void Every_member_and_its_terms_and_the_lead_s_terms_are_part_of_a_joint_receipt()
    {
        string Of(Consortium joint) => BidCommitment.Compute(ChallengeId, OrganisationId, Known, KnownSalt, joint);
        var receipt = Of(Joint);
        var (institute, enterprise) = (Joint.Members[0], Joint.Members[1]);

        receipt.ShouldNotBe(KnownCommitment);
        Of(Joint with { Members = [enterprise, institute] }).ShouldBe(receipt);
        Of(Joint with { LeadRole = "联合牵头" }).ShouldNotBe(receipt);
        Of(Joint with { LeadShare = 399_999.99m }).ShouldNotBe(receipt);
        Of(Joint with { Members = [institute with { OrganisationId = Guid.CreateVersion7() }, enterprise] }).ShouldNotBe(receipt);
        Of(Joint with { Members = [institute with { Role = "检测" }, enterprise] }).ShouldNotBe(receipt);
        Of(Joint with { Members = [institute with { Share = 250_000.01m }, enterprise] }).ShouldNotBe(receipt);
        Of(Joint with { Members = [institute] }).ShouldNotBe(receipt);
    }

    [Fact]
    public void A_new_salt_is_32_random_bytes_in_lower_case_hex()
    {
        var salts = Enumerable.Range(0, 20).Select(_ => BidCommitment.NewSalt()).ToList();

        salts.ShouldAllBe(s => s.Length == 64 && s.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)));
        salts.Distinct().Count().ShouldBe(20);
    }
}
