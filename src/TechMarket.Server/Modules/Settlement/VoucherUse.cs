namespace TechMarket.Server.Modules.Settlement;

/// <summary>What a voucher may pay for.</summary>
public enum VoucherUse
{
    /// <summary>技术咨询 contracts.</summary>
    Consulting,

    /// <summary>技术服务 contracts.</summary>
    TechnicalService,

    /// <summary>检验检测与大型仪器共享: service contracts with one of the voucher's listed providers.</summary>
    TestingAndInstruments,
}
