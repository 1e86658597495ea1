using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>A need read from a row of the sheet, with the id its stream will have.</summary>
public sealed record ImportedNeed(int Row, Guid NeedId, string CreditCode, NeedContent Content);

/// <summary>What an accepted import wrote: how many needs entered the round, and their ids in the sheet's order.</summary>
public sealed record NeedImportReceipt(Guid RoundId, int Imported, IReadOnlyList<Guid> NeedIds);

/// <summary>
/// 需求导入: the officer of the bureau that runs an open round imports the needs it collected offline. Each row becomes
/// a need of its poster — drafted and submitted into the round, the events marked imported and carrying the officer's
/// id — under the poster rules of <see cref="DraftNeed"/> and the round rules of <see cref="SubmitNeed"/>. All or
/// nothing: one bad row refuses the sheet, with every bad cell named.
/// </summary>
public sealed record ImportNeeds(Guid RoundId, IReadOnlyList<ImportedNeed> Needs, Actor Actor, DateTimeOffset Now)
{
    /// <summary>Whether the actor may import into the round at all; checked before the file is read, and again by the decision.</summary>
    public static DomainError? Admit(CollectionRound? round, Guid roundId, Actor actor, DateOnly today)
    {
        if (Runs(round, roundId, actor) is { } refused)
        {
            return refused;
        }

        return round!.StatusOn(today) switch
        {
            RoundStatus.Upcoming => DomainError.Conflict("round-not-open", $"The round 「{round.Name}」 opens on {round.Opens:yyyy-MM-dd}."),
            RoundStatus.Closed => DomainError.Conflict("round-closed", $"The round 「{round.Name}」 is closed."),
            _ => null,
        };
    }

    /// <summary>The round exists and the actor is an officer of the bureau that runs it (a city round: the city's).</summary>
    public static DomainError? Runs(CollectionRound? round, Guid roundId, Actor actor) =>
        round is null || round.Id != roundId ? DomainError.NotFound("round-not-found", "The collection round was not found.")
        : !actor.IsIn(Roles.Bureau) || actor.Jurisdiction != round.Bureau
            ? DomainError.Forbidden("not-your-round", "Only the bureau that runs the round imports needs into it.")
            : null;

    /// <param name="posters">The registered organisations named by the rows' credit codes, by code.</param>
    public static Decision Decide(CollectionRound? round, ImportNeeds command, IReadOnlyDictionary<string, Organisation> posters)
    {
        var today = command.Now.DateInChina();
        if (Admit(round, command.RoundId, command.Actor, today) is { } refused)
        {
            return refused;
        }

        if (command.Needs.Count == 0)
        {
            return DomainError.Invalid("file", "The sheet holds no needs.");
        }

        var open = round!;
        var (errors, events) = (new List<RowError>(), new List<object>());
        foreach (var row in command.Needs)
        {
            if (!posters.TryGetValue(row.CreditCode, out var poster))
            {
                errors.Add(new RowError(row.Row, NeedSheet.CreditCode.Header, RowMessages.UnknownPoster));
                continue;
            }

            var drafted = DraftNeed.Drafted(new DraftNeed(row.NeedId, row.Content, command.Actor, command.Now), poster, imported: true);
            var need = Need.Evolve(null, drafted)!;
            if ((DraftNeed.MayPost(poster) ?? SubmitNeed.Round(need, open.Id, open, today)) is { } error)
            {
                errors.Add(new RowError(row.Row, NeedSheet.CreditCode.Header, Explain(error)));
                continue;
            }

            events.Add(drafted);
            events.Add(new NeedSubmitted(row.NeedId, command.Actor.UserId, command.Now, open.Id, poster.Kind, Imported: true));
        }

        return errors.Count > 0 ? DomainError.InvalidRows(errors) : Decision.Accept([.. events]);
    }

    /// <summary>The poster's refusal as the officer reads it: about the organisation the row names, not "yours" (a fixed
    /// sentence, which the web shows in the reader's language).</summary>
    private static string Explain(DomainError error) => error.Code switch
    {
        "not-a-need-poster" => RowMessages.NotAPoster,
        "organisation-not-approved" => RowMessages.NotApproved,
        "organisation-suspended" => RowMessages.Suspended,
        "round-other-district" => RowMessages.OtherDistrict,
        _ => error.Detail,
    };
}

public static class ImportNeedsEndpoint
{
    public static RouteGroupBuilder MapImportNeeds(this RouteGroupBuilder rounds)
    {
        rounds.MapPost("/{id:guid}/needs/import", ImportAsync)
            .RequireAuthorization(Policies.Bureau)
            .RefusesIfMatch()
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Import a sheet of needs collected offline into your open round (.xlsx or UTF-8 .csv, 2 MiB at most): all rows or none");
        return rounds;
    }

    private static async Task<Results<Ok<NeedImportReceipt>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        Guid id, [AsParameters] RequestContext request, IValidator<NeedContent> validator)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        var round = await session.LoadAsync<CollectionRound>(id, ct);
        if (ImportNeeds.Admit(round, id, request.Actor, request.Now.DateInChina()) is { } refused)
        {
            return Problems.Refuse<Ok<NeedImportReceipt>>(refused);
        }

        var (sheet, problem) = await SheetUpload.ReceiveAsync(request.Http.Request, ct);
        if (sheet is null)
        {
            return problem!.As<Ok<NeedImportReceipt>>();
        }

        var (rows, unreadable) = NeedSheet.Read(sheet.Content, sheet.Format);
        if (unreadable is not null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = [unreadable] }, unreadable);
        }

        var needs = rows.Select(r => new ImportedNeed(r.Row, Guid.CreateVersion7(), r.CreditCode, r.Content)).ToList();
        var shape = rows.SelectMany(r => r.Unreadable.Concat(validator.Validate(r.Content).Errors.Select(e => NeedSheet.ErrorAt(r.Row, e))));
        var codes = needs.Select(n => n.CreditCode).Distinct().ToArray();
        var posters = (await session.Query<Organisation>().Where(o => o.CreditCode.IsOneOf(codes)).ToListAsync(ct)).ToDictionary(o => o.CreditCode);
        var decision = ImportNeeds.Decide(round, new ImportNeeds(id, needs, request.Actor, request.Now), posters);
        if (decision.Error is { RowErrors: null } error)
        {
            return Problems.Refuse<Ok<NeedImportReceipt>>(error);
        }

        // A cell that could not be read, or that the validator refuses, speaks first; the decision's word on the same cell adds nothing.
        var bad = shape.Concat(decision.Error?.RowErrors ?? []).DistinctBy(e => (e.Row, e.Column))
            .OrderBy(e => e.Row).ThenBy(e => NeedSheet.Order(e.Column)).ToList();
        if (bad.Count > 0)
        {
            return Problems.Refuse<Ok<NeedImportReceipt>>(DomainError.InvalidRows(bad));
        }

        // One transaction for every need of the sheet: all of them enter the round, or none.
        foreach (var stream in decision.Events.OfType<NeedEvent>().GroupBy(e => e.NeedId))
        {
            session.Events.StartStream<Need>(stream.Key, [.. stream]);
        }

        await session.SaveChangesAsync(ct);
        return TypedResults.Ok(new NeedImportReceipt(id, needs.Count, [.. needs.Select(n => n.NeedId)]));
    }
}
