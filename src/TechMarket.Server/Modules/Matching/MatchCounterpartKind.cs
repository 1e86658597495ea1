namespace TechMarket.Server.Modules.Matching;

/// <summary>Who was found for it.</summary>
public enum MatchCounterpartKind
{
    /// <summary>A university or a research institute (its profile and achievements matched).</summary>
    University,

    /// <summary>An enterprise (one of its open needs matched).</summary>
    Enterprise,

    /// <summary>A broker (技术经纪人) following the field or the district.</summary>
    Broker,
}
