using Marten.Events.Aggregation;
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

public sealed class ProfileDetailsProjection : SingleStreamProjection<ProfileDetails, Guid>
{
    public static ProfileDetails Create(ProfileSaved e) => new()
    {
        Id = e.ProfileId,
        OrganisationId = e.OrganisationId,
        OrganisationName = e.OrganisationName,
        Kind = e.Kind,
        District = e.District,
        Content = e.Content,
        UpdatedAt = e.At,
    };

    public static void Apply(ProfileSaved e, ProfileDetails details)
    {
        details.OrganisationName = e.OrganisationName;
        details.District = e.District;
        details.Content = e.Content;
        details.UpdatedAt = e.At;
    }
}

/// <summary>What a broker follows, read by the matcher (which brokers to tell about a need or a challenge).</summary>
public sealed class BrokerInterestDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid BrokerId { get; set; }

    public string BrokerName { get; set; } = string.Empty;

    public List<string> Fields { get; set; } = [];

    public List<string> Districts { get; set; } = [];
}

public sealed class BrokerInterestDetailsProjection : SingleStreamProjection<BrokerInterestDetails, Guid>
{
    public static BrokerInterestDetails Create(BrokerInterestsChanged e) => new()
    {
        Id = e.InterestId, BrokerId = e.BrokerId, BrokerName = e.BrokerName, Fields = [.. e.Fields], Districts = [.. e.Districts],
    };

    public static void Apply(BrokerInterestsChanged e, BrokerInterestDetails details)
    {
        details.BrokerName = e.BrokerName;
        details.Fields = [.. e.Fields];
        details.Districts = [.. e.Districts];
    }
}
