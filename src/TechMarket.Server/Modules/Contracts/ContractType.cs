namespace TechMarket.Server.Modules.Contracts;

/// <summary>技术合同 types, as the registration rules (技术合同认定规则) name them.</summary>
public enum ContractType
{
    /// <summary>技术开发: the seller develops new technology for the buyer.</summary>
    Development,

    /// <summary>技术转让: the seller transfers a patent or other technology.</summary>
    Transfer,

    /// <summary>技术许可: the seller licenses a patent or other technology.</summary>
    Licence,

    /// <summary>技术咨询: feasibility studies, technical forecasts, evaluations.</summary>
    Consulting,

    /// <summary>技术服务: solving a specific technical problem with technical knowledge (testing included).</summary>
    Service,
}
