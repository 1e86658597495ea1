using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>What a broker wants to hear about: needs and challenges in these fields or these districts.</summary>
public sealed record BrokerInterestsRequest(IReadOnlyList<string> Fields, IReadOnlyList<string> Districts);

public sealed class BrokerInterestsValidator : AbstractValidator<BrokerInterestsRequest>
{
    public BrokerInterestsValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Fields).NotNull().Must(f => f is null || f.Count <= 20).WithMessage("At most 20 fields.");
        RuleForEach(r => r.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(r => r.Districts).NotNull().Must(d => d is null || d.Count <= 20).WithMessage("At most 20 districts.");
        RuleForEach(r => r.Districts).Must(catalog.IsDistrict).WithMessage("Unknown district code.");
        RuleFor(r => r).Must(r => r.Fields is null || r.Districts is null || r.Fields.Count + r.Districts.Count > 0)
            .WithName("fields").WithMessage("Follow at least one field or district.");
    }
}

public sealed record FollowFieldsAndDistricts(Guid InterestId, BrokerInterestsRequest Request, Actor Actor, DateTimeOffset Now);

public static class FollowFieldsAndDistrictsOperation
{
    public static Decision Decide(BrokerInterests? state, FollowFieldsAndDistricts command)
    {
        if (!command.Actor.IsIn(Roles.Broker))
        {
            return DomainError.Forbidden("not-a-broker", "Only brokers follow fields and districts.");
        }

        var fields = command.Request.Fields.Distinct(StringComparer.Ordinal).ToList();
        var districts = command.Request.Districts.Distinct(StringComparer.Ordinal).ToList();
        if (state is not null && state.Fields.SequenceEqual(fields) && state.Districts.SequenceEqual(districts))
        {
            return Decision.Accept();
        }

        return Decision.Accept(new BrokerInterestsChanged(command.InterestId, command.Actor.UserId, command.Actor.Name, fields, districts, command.Now));
    }

    public static IEndpointRouteBuilder MapFollowFieldsAndDistricts(this IEndpointRouteBuilder app)
    {
        var brokers = app.MapGroup("/api/brokers").WithTags("Profiles");
        brokers.MapPut("/me/interests", async (BrokerInterestsRequest request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var id = ProfileIds.ForBroker(actor.UserId);
                var command = new FollowFieldsAndDistricts(id, request, actor, clock.GetUtcNow());
                return await session.ExecuteOrStart<BrokerInterests>(http, id, state => Decide(state, command), ct);
            })
            .RequireAuthorization(Policies.Broker)
            .Validate<BrokerInterestsRequest>()
            .WithSummary("Follow fields and districts (技术经纪人): you are told of matching needs and challenges");
        brokers.MapGet("/me/interests", async Task<IResult> (Actor actor, IQuerySession session, HttpContext http, CancellationToken ct) =>
            {
                var details = await session.LoadAsync<BrokerInterestDetails>(ProfileIds.ForBroker(actor.UserId), ct);
                if (details is null)
                {
                    return TypedResults.Ok(new BrokerInterestsView([], [], null));
                }

                http.Response.SetETag(details.Version);
                return TypedResults.Ok(new BrokerInterestsView(details.Fields, details.Districts, details.Version));
            })
            .RequireAuthorization(Policies.Broker)
            .Produces<BrokerInterestsView>()
            .WithSummary("What you follow");
        return app;
    }
}

/// <summary>A broker's fields and districts; Version is null until it first follows anything.</summary>
public sealed record BrokerInterestsView(IReadOnlyList<string> Fields, IReadOnlyList<string> Districts, long? Version);
