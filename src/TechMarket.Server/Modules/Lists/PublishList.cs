using FluentValidation;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Challenges;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Lists;

/// <summary>A list of the challenges refined from one round, under a number of the bureau's (e.g. 2024-01).</summary>
public sealed record PublishListRequest(Guid RoundId, string Number, string Title, IReadOnlyList<Guid> ChallengeIds);

public sealed class PublishListValidator : AbstractValidator<PublishListRequest>
{
    public const int MaxChallenges = 100;

    public PublishListValidator()
    {
        RuleFor(r => r.RoundId).NotEmpty();
        RuleFor(r => r.Number).NotEmpty().Matches(@"^\d{4}-\d{2,3}$").WithMessage("A list number is the year and a sequence, e.g. 2024-01.");
        RuleFor(r => r.Title).NotEmpty().TrimmedLength(4, 100);
        RuleFor(r => r.ChallengeIds).NotEmpty().Must(ids => ids.Count <= MaxChallenges).WithMessage($"At most {MaxChallenges} challenges.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("A challenge is named twice.");
        RuleForEach(r => r.ChallengeIds).NotEmpty();
    }
}

/// <summary>发布榜单: every challenge must be refined from the round's needs and publishable by the existing publish
/// decision (<see cref="PublishChallenge"/>); one refusal refuses the list, and nothing is written. The events: the list's
/// <see cref="ListPublished"/> first, then each challenge's <see cref="ChallengePublished"/>, each for its own stream.</summary>
public sealed record PublishList(Guid ListId, PublishListRequest Request, Actor Actor, DateTimeOffset Now)
{
    /// <param name="challenges">The challenges named by the request, in its order (null where there is none such).</param>
    /// <param name="roundOf">The round each challenge was refined from, where it was from one.</param>
    /// <param name="numberTaken">Whether the bureau already published a list under this number (the unique index
    /// still decides between two lists published at the same moment).</param>
    public static Decision Decide(
        PublishList command, CollectionRound? round, IReadOnlyList<Challenge?> challenges, IReadOnlyDictionary<Guid, Guid> roundOf, bool numberTaken = false)
    {
        var (request, actor) = (command.Request, command.Actor);
        if (round is null || round.Id != request.RoundId)
        {
            return DomainError.NotFound("round-not-found", "The collection round was not found.");
        }

        if (!actor.IsIn(Roles.Bureau) || actor.Jurisdiction != round.Bureau)
        {
            return DomainError.Forbidden("not-your-round", "Only the bureau that ran the round publishes its lists.");
        }

        if (numberTaken)
        {
            return NumberTaken(request.Number);
        }

        var published = new List<object>();
        for (var i = 0; i < request.ChallengeIds.Count; i++)
        {
            if (challenges[i] is not { } challenge)
            {
                return DomainError.NotFound("challenge-not-found", $"The challenge {request.ChallengeIds[i]} was not found.");
            }

            if (roundOf.GetValueOrDefault(challenge.Id) != round.Id)
            {
                return DomainError.Conflict("challenge-not-in-round", $"「{challenge.Terms.Title}」 was not refined from the needs of this round.");
            }

            var decision = PublishChallenge.Decide(challenge, new PublishChallenge(actor, command.Now));
            if (decision.Error is { } refused)
            {
                return refused with { Detail = $"「{challenge.Terms.Title}」: {refused.Detail}" };
            }

            published.AddRange(decision.Events);
        }

        var listed = challenges.Select(c => new ListedChallenge(c!.Id, c.Terms.Title)).ToList();
        var list = new ListPublished(
            command.ListId, round.Bureau, round.Id, round.Name, request.Number.Trim(), request.Title.Trim(), command.Now.DateInChina(), listed,
            actor.UserId, command.Now);
        return Decision.Accept([list, .. published]);
    }

    public static DomainError NumberTaken(string number) =>
        DomainError.Conflict("list-number-taken", $"Your bureau already published a list numbered {number.Trim()}.");
}

public static class PublishListEndpoint
{
    public static RouteGroupBuilder MapPublishList(this RouteGroupBuilder group)
    {
        group.MapPost("/", Publish)
            .RequireAuthorization(Policies.Bureau)
            .Validate<PublishListRequest>()
            .WithSummary("Publish the challenges refined from one round together as a numbered list (发布榜单)");
        return group;
    }

    private static async Task<Results<Created<CreatedResource>, ValidationProblem, ProblemHttpResult>> Publish(
        PublishListRequest body, [AsParameters] RequestContext request)
    {
        if (ETags.RefuseOnCreate(request.Http.Request) is { } refusedCreate)
        {
            return refusedCreate.As<Created<CreatedResource>>();
        }

        var (session, ct) = (request.Session, request.Cancellation);
        var round = await session.LoadAsync<CollectionRound>(body.RoundId, ct);
        var entries = await session.LoadManyAsync<RoundChallengeEntry>(ct, body.ChallengeIds);
        var streams = new Dictionary<Guid, IEventStream<Challenge>>();
        foreach (var id in body.ChallengeIds)
        {
            streams[id] = await session.Events.FetchForWriting<Challenge>(id, ct);
        }

        var number = body.Number.Trim();
        var taken = await session.Query<PublishedList>().AnyAsync(l => l.Bureau == request.Actor.Jurisdiction && l.Number == number, ct);
        var listId = Guid.CreateVersion7();
        var decision = PublishList.Decide(
            new PublishList(listId, body, request.Actor, request.Now), round, [.. body.ChallengeIds.Select(id => streams[id].Aggregate)],
            entries.ToDictionary(e => e.Id, e => e.RoundId), taken);
        if (decision.Error is { } error)
        {
            return Problems.Refuse<Created<CreatedResource>>(error);
        }

        session.Events.StartStream<PublishedList>(listId, decision.Events.OfType<ListPublished>().Single());
        foreach (var published in decision.Events.OfType<ChallengePublished>())
        {
            streams[published.ChallengeId].AppendOne(published);
        }

        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (NumberTaken(e))
        {
            return Problems.Refuse<Created<CreatedResource>>(PublishList.NumberTaken(number));
        }
        catch (Exception e) when (e is JasperFx.ConcurrencyException)
        {
            return Problems.ConcurrentWrite();
        }

        request.Http.Response.SetETag(1);
        return TypedResults.Created($"/api/lists/{listId}", new CreatedResource(listId));
    }

    /// <summary>The list's document lost to the unique index on (bureau, number).</summary>
    private static bool NumberTaken(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
