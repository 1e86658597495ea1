namespace TechMarket.Server.Modules.Profiles;

/// <summary>What a broker follows, read by the matcher (which brokers to tell about a need or a challenge) and by the
/// broker itself — nobody else.</summary>
public sealed class BrokerInterestDetails
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid BrokerId { get; set; }

    public string BrokerName { get; set; } = string.Empty;

    public List<string> Fields { get; set; } = [];

    public List<string> Districts { get; set; } = [];
}
