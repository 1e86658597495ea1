namespace TechMarket.Server.Modules.Profiles;

/// <summary>The read model's one fold, which Marten runs inline with the broker's interest events.</summary>
public static class BrokerInterestDetailsProjection
{
    public static BrokerInterestDetails? Evolve(BrokerInterestDetails? details, BrokerInterestEvent e)
    {
        if (e is not BrokerInterestsChanged changed)
        {
            return details;
        }

        details ??= new BrokerInterestDetails { Id = changed.InterestId, BrokerId = changed.BrokerId };
        details.BrokerName = changed.BrokerName;
        details.Fields = [.. changed.Fields];
        details.Districts = [.. changed.Districts];
        return details;
    }
}
