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
    public static string NewSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Compute(Guid challengeId, Guid organisationId, BidContent content, string salt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(challengeId, organisationId, content, salt))));

    public static string Canonical(Guid challengeId, Guid organisationId, BidContent content, string salt)
    {
        var text = new StringBuilder();
        Field(text, "challengeId", challengeId.ToString("D"));
        Field(text, "organisationId", organisationId.ToString("D"));
        Field(text, "technicalApproach", content.TechnicalApproach);
        Field(text, "team", content.Team);
        Field(text, "budget", content.Budget.ToString("F2", CultureInfo.InvariantCulture));
        Field(text, "schedule", content.Schedule);
        foreach (var attachment in content.Attachments)
        {
            Field(text, "attachment", attachment.Sha256);
        }

        Field(text, "salt", salt);
        return text.ToString();
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name).Append(':').Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
