namespace TechMarket.Server.Infrastructure.Auth;

public static class Roles
{
    /// <summary>企业: posts needs, funds challenges, buys achievements.</summary>
    public const string Enterprise = nameof(Enterprise);

    /// <summary>高校 / 科研院所: publishes achievements, bids on challenges.</summary>
    public const string University = nameof(University);

    /// <summary>科技局 officer.</summary>
    public const string Bureau = nameof(Bureau);

    /// <summary>评审专家.</summary>
    public const string Expert = nameof(Expert);

    /// <summary>技术经纪人.</summary>
    public const string Broker = nameof(Broker);

    public const string Admin = nameof(Admin);

    /// <summary>A machine client signed in with client credentials.</summary>
    public const string Integration = nameof(Integration);

    public static readonly IReadOnlyList<string> UserRoles = [Enterprise, University, Bureau, Expert, Broker, Admin];
}

public static class TechMarketClaims
{
    public const string Organisation = "org";
    public const string Jurisdiction = "jurisdiction";

    /// <summary>The login session (the sign-in cookie) a token was issued from, so that signing out revokes it.</summary>
    public const string Session = "sid";
}
