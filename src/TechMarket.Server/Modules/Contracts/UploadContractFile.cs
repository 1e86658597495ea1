using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Bids;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Contracts;

/// <summary>A party uploads a file for its contract (PDF, Office, images or ZIP, checked from its bytes), to refer to
/// it as delivery evidence or as a bank-transfer receipt.</summary>
public static class UploadContractFile
{
    public static DomainError? Admit(ContractDetails? contract, Organisation? own, Actor actor, int held, ContractFileOptions options)
    {
        if (ActingOrganisation.Refusal(actor, own) is { } suspended)
        {
            return suspended;
        }

        if (contract is null || !ContractRules.IsOrganisationUser(actor) || !contract.IsParty(actor.OrganisationId))
        {
            return DomainError.NotFound("not-found", "The contract was not found.");
        }

        if (contract.Status == ContractStatus.Terminated)
        {
            return DomainError.Conflict("invalid-transition", "A terminated contract takes no more files.");
        }

        return held >= options.MaxFilesPerContract
            ? DomainError.Conflict("upload-quota", $"A contract holds at most {options.MaxFilesPerContract} files.")
            : null;
    }

    public static RouteGroupBuilder MapUploadContractFile(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/files", UploadAsync)
            .RequireAuthorization(Policies.Bidder)
            .RefusesIfMatch()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a file for the contract (delivery evidence, a bank-transfer receipt); 10 MiB at most");
        return contracts;
    }

    private static async Task<Results<Created<ContractFileRef>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, [AsParameters] RequestContext rc, HttpRequest request, ContractFileContent store, IOptions<ContractFileOptions> options)
    {
        var (contract, own) = await rc.LoadWithOwnAsync<ContractDetails>(id);
        var held = await rc.Session.Query<ContractFile>().CountAsync(f => f.ContractId == id, rc.Cancellation);
        if (Admit(contract, own, rc.Actor, held, options.Value) is { } refused)
        {
            return Problems.Refuse<Created<ContractFileRef>>(refused);
        }

        var (received, problem) = await FileUploads.ReceiveAsync(request, options.Value.MaxFileBytes, rc.Cancellation);
        if (received is null)
        {
            return problem!.As<Created<ContractFileRef>>();
        }

        await using var file = received;
        var record = new ContractFile
        {
            Id = Guid.NewGuid(), ContractId = id, OrganisationId = rc.Actor.OrganisationId!.Value, FileName = file.FileName,
            ContentType = file.ContentType, Size = file.Size, Sha256 = file.Sha256, UploadedAt = rc.Now,
        };
        await store.Bytes.WriteAsync(record.Id, file.Content, record.UploadedAt, rc.Cancellation);
        rc.Session.Store(record);
        await rc.Session.SaveChangesAsync(rc.Cancellation);
        return TypedResults.Created($"/api/contracts/{id}/files/{record.Id}", record.ToRef());
    }
}
