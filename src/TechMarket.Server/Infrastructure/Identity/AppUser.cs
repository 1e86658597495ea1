using Microsoft.AspNetCore.Identity;

namespace TechMarket.Server.Infrastructure.Identity;

/// <summary>An account. Enterprise and university users belong to an organisation; bureau officers have a jurisdiction.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid? OrganisationId { get; set; }

    /// <summary>For bureau officers: a district code, or <see cref="Jurisdictions.City"/> for the whole city.</summary>
    public string? Jurisdiction { get; set; }
}

public static class Jurisdictions
{
    public const string City = "city";
}
