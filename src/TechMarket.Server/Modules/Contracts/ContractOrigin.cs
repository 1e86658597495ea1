namespace TechMarket.Server.Modules.Contracts;

/// <summary>Where a contract came from; statistics cut technology transaction value by it.</summary>
public enum ContractOrigin
{
    /// <summary>From a challenge's award (揭榜挂帅 / 赛马制).</summary>
    Challenge,

    /// <summary>From an achievement: a deal on it, or a 先用后转 trial converted at its end.</summary>
    Achievement,

    /// <summary>Agreed between the organisations directly.</summary>
    Direct,
}
