using Marten;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A file a party uploaded for a contract (delivery evidence, a bank-transfer receipt); its bytes are in
/// <see cref="ContractFileContent"/>. A delivery or a payment refers to it by id.</summary>
public sealed class ContractFile
{
    /// <summary>Random (v4): says nothing about when or by whom it was uploaded.</summary>
    public Guid Id { get; set; }

    public Guid ContractId { get; set; }

    public Guid OrganisationId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    public ContractFileRef ToRef() => new(Id, FileName, ContentType, Size, Sha256);

    public static void Configure(StoreOptions options) =>
        options.Schema.For<ContractFile>().DocumentAlias("contract_file").Index(f => f.ContractId);

    /// <summary>The files a request names, all of this contract; null (with the position of the first stranger) otherwise.</summary>
    public static async Task<(IReadOnlyList<ContractFileRef>? Files, int Unknown)> ResolveAsync(
        IQuerySession session, Guid contractId, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var found = (await session.LoadManyAsync<ContractFile>(ct, ids.Distinct())).Where(f => f.ContractId == contractId).ToDictionary(f => f.Id);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!found.ContainsKey(ids[i]))
            {
                return (null, i);
            }
        }

        return ([.. ids.Select(id => found[id].ToRef())], -1);
    }
}
