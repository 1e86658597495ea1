namespace TechMarket.Server.Modules.Contracts;

/// <summary>A file kept with a contract (delivery evidence, a bank-transfer receipt).</summary>
public sealed record ContractFileRef(Guid FileId, string FileName, string ContentType, long Size, string Sha256);
