namespace TechMarket.Server.Modules.Matching;

/// <summary>What was published and set the matching off.</summary>
public enum MatchSubjectKind
{
    /// <summary>An accepted need (技术需求): universities, institutes and brokers are ranked for it.</summary>
    Need,

    /// <summary>A published challenge (榜单): universities, institutes and brokers are ranked for it.</summary>
    Challenge,

    /// <summary>A published achievement (科技成果): enterprises with open needs are ranked for it.</summary>
    Achievement,
}
