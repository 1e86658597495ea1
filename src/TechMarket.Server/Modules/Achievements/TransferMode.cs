namespace TechMarket.Server.Modules.Achievements;

/// <summary>How an achievement may change hands (成果转化方式).</summary>
public enum TransferMode
{
    /// <summary>转让</summary>
    Transfer,

    /// <summary>许可</summary>
    Licence,

    /// <summary>合作开发</summary>
    CoDevelopment,
}
