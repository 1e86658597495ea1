namespace TechMarket.Server.Modules.Contracts;

/// <summary>Settings for contract files (section <c>Contracts</c>).</summary>
public sealed class ContractFileOptions
{
    public const long MiB = 1024 * 1024;

    public long MaxFileBytes { get; set; } = 10 * MiB;

    public int MaxFilesPerContract { get; set; } = 100;
}
