using TechMarket.Server.Modules.Bids;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>The bytes of contract files, in a table of their own (<c>contract_file_content</c>).</summary>
public sealed class ContractFileContent(IAttachmentContent inner)
{
    public const string TableName = "contract_file_content";

    public IAttachmentContent Bytes { get; } = inner;
}
