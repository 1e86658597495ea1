namespace TechMarket.Server.Modules.ReferenceData;

public enum RegionLevel
{
    /// <summary>省.</summary>
    Province,

    /// <summary>市 (设区的市).</summary>
    City,

    /// <summary>区/县/县级市 (and development zones the city counts as districts).</summary>
    District,
}
