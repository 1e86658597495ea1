namespace TechMarket.Server.Modules.Bids;

/// <summary>联合答题: an organisation a joint bid names besides its lead, with its role and its share of the budget.</summary>
public sealed record BidMember(Guid OrganisationId, string OrganisationName, string Role, decimal Share)
{
    /// <summary>Whether two namings ask the same of the organisation: a member named again on the same terms keeps its
    /// answer; one whose role or share changed is asked again.</summary>
    public bool SameTermsAs(Guid organisationId, string role, decimal share) =>
        OrganisationId == organisationId && Role == role && Share == share;
}

/// <summary>A member's answer to being named: until it confirms, the joint bid is not valid at the close.</summary>
public enum MemberAnswer
{
    Pending,
    Confirmed,
    Declined,
}

/// <summary>A member as the bid's decisions read it: who, on what terms, and its answer.</summary>
public sealed record JointMember(Guid OrganisationId, string Role, decimal Share, MemberAnswer Answer);
