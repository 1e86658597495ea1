using FluentValidation;
using TechMarket.Server.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;

namespace TechMarket.Server.Modules.Rounds;

/// <summary>A named call for needs, e.g. 2024年区级"揭榜挂帅"需求征集, open from Opens to Closes (both included).</summary>
public sealed record OpenRoundRequest(string Name, RoundLevel Level, DateOnly Opens, DateOnly Closes);

public sealed class OpenRoundValidator : AbstractValidator<OpenRoundRequest>
{
    public OpenRoundValidator(TimeProvider clock)
    {
        RuleFor(r => r.Name).NotEmpty().TrimmedLength(4, 100);
        RuleFor(r => r.Level).IsInEnum();
        RuleFor(r => r.Opens).Must(d => d >= clock.Today()).WithMessage("The opening date is in the past.");
        RuleFor(r => r.Closes).GreaterThanOrEqualTo(r => r.Opens).WithMessage("The closing date is before the opening date.");
    }
}

/// <summary>A bureau opens a round of its own level: the city bureau city rounds, a district bureau district rounds for
/// its district. The dates' shape is the validator's; who may open which level is this decision's.</summary>
public sealed record OpenRound(Guid RoundId, OpenRoundRequest Request, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(OpenRound command)
    {
        var (request, actor) = (command.Request, command.Actor);
        if (!actor.IsIn(Roles.Bureau) || actor.Jurisdiction is not { } bureau)
        {
            return DomainError.Forbidden("not-a-bureau", "Only a bureau opens collection rounds.");
        }

        if (CollectionRound.LevelOf(bureau) != request.Level)
        {
            return DomainError.Forbidden("wrong-round-level", request.Level == RoundLevel.City
                ? "Only the city bureau opens city rounds."
                : "The city bureau opens city rounds; district rounds are opened by the district's bureau.");
        }

        if (request.Closes < request.Opens || request.Opens < command.Now.DateInChina())
        {
            return DomainError.Invalid("opens", "A round opens today or later and closes on or after its opening day.");
        }

        return Decision.Accept(new RoundOpened(
            command.RoundId, bureau, request.Level, request.Name.Trim(), request.Opens, request.Closes, actor.UserId, command.Now));
    }
}

public static class OpenRoundEndpoint
{
    public static RouteGroupBuilder MapOpenRound(this RouteGroupBuilder group)
    {
        group.MapPost("/", (OpenRoundRequest body, [AsParameters] RequestContext request) =>
            {
                var id = Guid.CreateVersion7();
                return request.Start<CollectionRound>(id, OpenRound.Decide(new OpenRound(id, body, request.Actor, request.Now)), $"/api/rounds/{id}");
            })
            .RequireAuthorization(Policies.Bureau)
            .Validate<OpenRoundRequest>()
            .WithSummary("Open a collection round (需求征集) of your level, with an opening and a closing date");
        return group;
    }
}
