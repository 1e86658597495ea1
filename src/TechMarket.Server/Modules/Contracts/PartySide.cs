namespace TechMarket.Server.Modules.Contracts;

public enum PartySide
{
    /// <summary>委托方 / 受让方 / 被许可方: pays; its district counts the contract as absorbed (吸纳).</summary>
    Buyer,

    /// <summary>研究开发方 / 让与方 / 许可方: delivers and registers where it is; its district counts it as output (输出).</summary>
    Seller,
}
