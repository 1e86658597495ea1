namespace TechMarket.Server.Modules.Search;

/// <summary>The kinds of thing the index holds.</summary>
public enum SearchKind
{
    /// <summary>技术需求: an accepted need, public summary only.</summary>
    Need,

    /// <summary>榜单: a published challenge, public terms only.</summary>
    Challenge,

    /// <summary>科技成果: a published achievement.</summary>
    Achievement,

    /// <summary>An organisation's profile (三张清单).</summary>
    Profile,
}
