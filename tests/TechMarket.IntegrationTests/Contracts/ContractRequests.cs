using System.Net.Http.Headers;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Contracts;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Settlement;

namespace TechMarket.IntegrationTests.Contracts;

/// <summary>Steps of a contract over HTTP, with the server's own request and response records.</summary>
public static class ContractRequests
{
    public static ContractTermsRequest Terms(
        DateOnly today, decimal amount = 1_000_000m, decimal technology = 800_000m, ContractType type = ContractType.Development, Guid? broker = null,
        bool related = false, params decimal[] milestones) =>
        new($"正极材料包覆工艺开发{Random.Shared.Next(1000, 9999)}", type, "0401", amount, technology,
            [.. (milestones.Length == 0 ? [400_000m, 600_000m] : milestones).Select((m, i) => new MilestoneTerms($"第{i + 1}阶段交付", m, today.AddMonths(i + 3)))],
            broker, null, related);

    public static async Task<Guid> OrganisationIdAsync(HttpClient client) =>
        (await client.GetJsonAsync<Organisation>("/api/organisations/mine")).Id;

    public static async Task<Guid> DraftAsync(HttpClient buyer, Guid seller, ContractTermsRequest terms) =>
        (await buyer.PostAsync<CreatedResource>("/api/contracts", new DraftContractRequest(PartySide.Buyer, seller, terms))).Id;

    public static async Task SignAsync(Guid contractId, params HttpClient[] parties)
    {
        foreach (var party in parties)
        {
            await (await party.PostJsonAsync($"/api/contracts/{contractId}/sign")).ShouldBeOkAsync();
        }
    }

    public static RegisterContractRequest Registration(ContractType type = ContractType.Development, decimal technology = 800_000m) =>
        new($"2026{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}", type, technology);

    public static async Task RegisterAsync(HttpClient bureau, Guid contractId, RegisterContractRequest? registration = null) =>
        await (await bureau.PostJsonAsync($"/api/contracts/{contractId}/register", registration ?? Registration())).ShouldBeOkAsync();

    public static async Task<Guid> UploadAsync(HttpClient party, Guid contractId, string name = "交付报告.pdf")
    {
        var file = new ByteArrayContent("%PDF-1.7 交付物"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return (await (await party.PostAsync($"/api/contracts/{contractId}/files", form)).ReadAsync<ContractFileRef>()).FileId;
    }

    public static async Task DeliverAsync(HttpClient seller, Guid contractId, int milestone)
    {
        var evidence = await UploadAsync(seller, contractId);
        await (await seller.PostJsonAsync($"/api/contracts/{contractId}/milestones/{milestone}/deliver", new DeliverMilestoneRequest("提交阶段成果报告", [evidence])))
            .ShouldBeOkAsync();
    }

    public static async Task AcceptAsync(HttpClient buyer, Guid contractId, int milestone) =>
        await (await buyer.PostJsonAsync($"/api/contracts/{contractId}/milestones/{milestone}/accept")).ShouldBeOkAsync();

    public static async Task DeliverAndAcceptAsync(HttpClient seller, HttpClient buyer, Guid contractId, int milestone)
    {
        await DeliverAsync(seller, contractId, milestone);
        await AcceptAsync(buyer, contractId, milestone);
    }

    /// <summary>A direct contract between the buyer and the seller, signed, registered and with milestone 1 accepted.</summary>
    public static async Task<Guid> ReadyToPayAsync(HttpClient buyer, HttpClient seller, HttpClient bureau, ContractTermsRequest terms)
    {
        var id = await DraftAsync(buyer, await OrganisationIdAsync(seller), terms);
        await SignAsync(id, buyer, seller);
        await RegisterAsync(bureau, id, Registration(terms.Type, terms.TechnologyAmount));
        await DeliverAndAcceptAsync(seller, buyer, id, 1);
        return id;
    }

    public static async Task<Guid> TransferAsync(HttpClient buyer, Guid contractId, int milestone, decimal amount, DateOnly paidOn)
    {
        var receipt = await UploadAsync(buyer, contractId, "银行回单.pdf");
        return (await buyer.PostAsync<PaymentOpenedAnswer>($"/api/contracts/{contractId}/milestones/{milestone}/payments/transfer",
            new TransferRequest(amount, $"CMB{Random.Shared.Next(100000, 999999)}", receipt, paidOn))).PaymentId;
    }
}
