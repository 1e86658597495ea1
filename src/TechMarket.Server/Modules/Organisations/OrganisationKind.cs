namespace TechMarket.Server.Modules.Organisations;

public enum OrganisationKind
{
    /// <summary>企业</summary>
    Enterprise,

    /// <summary>高校</summary>
    University,

    /// <summary>科研院所</summary>
    Institute,

    /// <summary>医院: posts needs, as enterprises and institutes do.</summary>
    Hospital,
}
