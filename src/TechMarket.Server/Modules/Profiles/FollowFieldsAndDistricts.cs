using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>What a broker wants to hear about: needs and challenges in these fields or these districts.</summary>
public sealed record BrokerInterestsRequest(IReadOnlyList<string> Fields, IReadOnlyList<string> Districts);

public sealed class BrokerInterestsValidator : AbstractValidator<BrokerInterestsRequest>
{
    public const int MaxFollowed = 20;

    public BrokerInterestsValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Fields).NotNull().Must(f => f is null || f.Count <= MaxFollowed).WithMessage($"At most {MaxFollowed} fields.");
        RuleForEach(r => r.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(r => r.Districts).NotNull().Must(d => d is null || d.Count <= MaxFollowed).WithMessage($"At most {MaxFollowed} districts.");
        RuleForEach(r => r.Districts).Must(catalog.IsDistrict).WithMessage("Unknown district code.");
        RuleFor(r => r).Must(r => r.Fields is null || r.Districts is null || r.Fields.Count + r.Districts.Count > 0)
            .WithName("fields").WithMessage("Follow at least one field or district.");
    }
}

/// <summary>A broker (技术经纪人) follows fields and districts; each list replaces the one before.</summary>
public sealed record FollowFieldsAndDistricts(Guid InterestId, IReadOnlyList<string> Fields, IReadOnlyList<string> Districts, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(BrokerInterests? state, FollowFieldsAndDistricts command)
    {
        if (!command.Actor.IsIn(Roles.Broker))
        {
            return DomainError.Forbidden("not-a-broker", "Only brokers follow fields and districts.");
        }

        List<string> fields = [.. command.Fields.Distinct(StringComparer.Ordinal)];
        List<string> districts = [.. command.Districts.Distinct(StringComparer.Ordinal)];
        return state is not null && state.Fields.SequenceEqual(fields) && state.Districts.SequenceEqual(districts)
            ? Decision.Accept()
            : Decision.Accept(new BrokerInterestsChanged(command.InterestId, command.Actor.UserId, command.Actor.Name, fields, districts, command.Now));
    }
}

public static class FollowFieldsAndDistrictsEndpoint
{
    public static RouteGroupBuilder MapFollowFieldsAndDistricts(this RouteGroupBuilder brokers)
    {
        brokers.MapPut("/me/interests", Handle)
            .RequireAuthorization(Policies.Broker)
            .Validate<BrokerInterestsRequest>()
            .WithSummary("Follow fields and districts (技术经纪人): you are told of matching needs and challenges");
        return brokers;
    }

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(BrokerInterestsRequest body, [AsParameters] RequestContext request)
    {
        var id = ProfileIds.ForBroker(request.Actor.UserId);
        var command = new FollowFieldsAndDistricts(id, body.Fields, body.Districts, request.Actor, request.Now);
        return request.ExecuteOrStart<BrokerInterests, NoContent>(id, state => FollowFieldsAndDistricts.Decide(state, command), _ => TypedResults.NoContent());
    }
}
