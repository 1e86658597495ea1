using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TechMarket.Server.Modules.Bids;

/// <summary>
/// A bid's receipt: SHA-256 over a canonical serialization of the bid and a random salt. The serialization
/// is a list of fields in a fixed order, each written as <c>name:length:value\n</c> where length is the
/// value's UTF-8 byte count — unambiguous, and easy to reproduce in any language (docs/COMMITMENTS.md).
/// </summary>
public static class BidCommitment
{
    /// <summary>Format 1: the content only. Receipts of joint bids given before format 2 did not cover the members.</summary>
    public const int LegacyFormat = 1;

    /// <summary>Format 2: a joint bid's receipt also covers its lead's role and share and every member on its terms, so a
    /// dispute can prove who was named. A solo bid's text is the same in both formats.</summary>
    public const int CurrentFormat = 2;

    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Compute(Guid challengeId, Guid organisationId, BidContent content, string salt, Consortium? consortium = null) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(challengeId, organisationId, content, salt, consortium))));

    public static string Canonical(Guid challengeId, Guid organisationId, BidContent content, string salt, Consortium? consortium = null)
    {
        var text = new StringBuilder();
        Field(text, "challengeId", challengeId.ToString("D"));
        Field(text, "organisationId", organisationId.ToString("D"));
        Field(text, "technicalApproach", content.TechnicalApproach);
        Field(text, "team", content.Team);
        Field(text, "budget", Amount(content.Budget));
        Field(text, "schedule", content.Schedule);
        foreach (var attachment in content.Attachments)
        {
            Field(text, "attachment", attachment.Sha256);
        }

        if (consortium is { Members.Count: > 0 })
        {
            Field(text, "leadRole", consortium.LeadRole);
            Field(text, "leadShare", Amount(consortium.LeadShare));
            // In the order of their ids: naming the same members in another order is the same bid (and appends nothing).
            foreach (var member in consortium.Members.OrderBy(m => m.OrganisationId.ToString("D"), StringComparer.Ordinal))
            {
                Field(text, "member", member.OrganisationId.ToString("D"));
                Field(text, "memberRole", member.Role);
                Field(text, "memberShare", Amount(member.Share));
            }
        }

        Field(text, "salt", salt);
        return text.ToString();
    }

    private static string Amount(decimal yuan) => yuan.ToString("F2", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name).Append(':').Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}

/// <summary>What a joint bid's receipt covers besides its content: the lead's terms and each member's (not their answers,
/// which come later and change no receipt).</summary>
public sealed record Consortium(string LeadRole, decimal LeadShare, IReadOnlyList<ConsortiumMember> Members)
{
    public static Consortium? Of(JointRequest? joint, IReadOnlyList<BidMember>? members) =>
        joint is null || members is null ? null : new(joint.LeadRole.Trim(), joint.LeadShare, [.. members.Select(m => new ConsortiumMember(m.OrganisationId, m.Role, m.Share))]);
}

public sealed record ConsortiumMember(Guid OrganisationId, string Role, decimal Share);
