namespace TechMarket.Server.Modules.Rounds;

public enum RoundLevel
{
    /// <summary>市级: run by the city bureau, open to needs from every district.</summary>
    City,

    /// <summary>区级: run by a district bureau, for needs of its district only.</summary>
    District,
}

/// <summary>Where a round stands on a given day.</summary>
public enum RoundStatus
{
    /// <summary>Its opening day has not come yet.</summary>
    Upcoming,

    Open,

    /// <summary>Its closing day has passed, or the bureau closed it early.</summary>
    Closed,
}
