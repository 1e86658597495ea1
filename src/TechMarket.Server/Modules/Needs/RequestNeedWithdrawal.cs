using FluentValidation;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.Server.Modules.Needs;

public sealed record NeedWithdrawalRequest([LongText] string Reason);

public sealed class NeedWithdrawalRequestValidator : AbstractValidator<NeedWithdrawalRequest>
{
    public NeedWithdrawalRequestValidator() => RuleFor(r => r.Reason).Reason();
}

/// <summary>
/// A need held by a published challenge cannot be withdrawn: bidders are working on it. Its enterprise asks the bureau
/// instead, with a reason; the bureau reads the request on the need and may cancel the challenge with its own reason,
/// after which the need may be withdrawn.
/// </summary>
/// <param name="Own">The caller's organisation as read with the stream (<see cref="ActingOrganisation"/>).</param>
public sealed record RequestNeedWithdrawal(string Reason, Actor Actor, DateTimeOffset Now, Organisation? Own = null)
{
    /// <param name="holding">The titles of the challenges that hold the need (<see cref="INeedChallenges"/>).</param>
    public static Decision Decide(Need need, RequestNeedWithdrawal command, IReadOnlyList<string> holding) =>
        ActingOrganisation.Refusal(command.Actor, command.Own)
        ?? NeedRules.OwnerOnly(need, command.Actor)
        ?? NeedRules.RequireStatus(need, "asked to be withdrawn", NeedStatus.Accepted)
        ?? (holding.Count == 0
            ? DomainError.Conflict("not-held", "No published challenge holds this need; withdraw it directly.")
            : Decision.Accept(new NeedWithdrawalRequested(need.Id, command.Reason.Trim(), command.Actor.UserId, command.Now)));
}

public static class RequestNeedWithdrawalEndpoint
{
    public static RouteGroupBuilder MapRequestNeedWithdrawal(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/withdrawal-request", async (Guid id, NeedWithdrawalRequest body, INeedChallenges challenges, [AsParameters] RequestContext request) =>
            {
                var holding = await challenges.HoldingNeedAsync(request.Session, id, request.Cancellation);
                return await request.Execute<Need, Organisation?>(id, "The need", request.OwnOrganisation(),
                    (n, own) => RequestNeedWithdrawal.Decide(n, new RequestNeedWithdrawal(body.Reason, request.Actor, request.Now, own), holding));
            })
            .RequireAuthorization(Policies.NeedPoster)
            .Validate<NeedWithdrawalRequest>()
            .WithSummary("Ask the bureau to release a need held by a published challenge (it may cancel the challenge)");
        return group;
    }
}
