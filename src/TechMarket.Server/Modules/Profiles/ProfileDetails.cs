using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>An organisation's published profile, kept inline with its stream; the lists and the search index read it.</summary>
public sealed class ProfileDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid OrganisationId { get; set; }

    public string OrganisationName { get; set; } = string.Empty;

    public OrganisationKind Kind { get; set; }

    public string District { get; set; } = string.Empty;

    public ProfileContent Content { get; set; } = new(string.Empty, [], [], [], []);

    public DateTimeOffset UpdatedAt { get; set; }
}
