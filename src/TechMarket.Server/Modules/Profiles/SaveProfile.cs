using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Profiles;

/// <summary>The body is the <see cref="ProfileContent"/> itself; its shape is checked here, the state rules in the decision.</summary>
public sealed class ProfileContentValidator : AbstractValidator<ProfileContent>
{
    public const int MaxFields = 10;
    public const int MaxEntries = 20;

    public ProfileContentValidator(ReferenceCatalog catalog)
    {
        RuleFor(p => p.Summary).NotNull().TrimmedLength(10, 2000);
        RuleFor(p => p.Fields).NotNull().Must(f => f is { Count: >= 1 and <= MaxFields }).WithMessage($"Name 1 to {MaxFields} technical fields.");
        RuleForEach(p => p.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(p => p.Strengths).NotNull().Must(s => s is null || s.Count <= MaxEntries).WithMessage($"At most {MaxEntries} strengths.");
        RuleForEach(p => p.Strengths).ChildRules(s =>
        {
            s.RuleFor(x => x.Name).NotNull().TrimmedLength(2, 60);
            s.RuleFor(x => x.Description).NotNull().TrimmedLength(2, 1000);
        });
        RuleFor(p => p.Teams).NotNull().Must(t => t is null || t.Count <= MaxEntries).WithMessage($"At most {MaxEntries} teams.");
        RuleForEach(p => p.Teams).ChildRules(t =>
        {
            t.RuleFor(x => x.Name).NotNull().TrimmedLength(2, 60);
            t.RuleFor(x => x.Leader).NotNull().TrimmedLength(2, 40);
            t.RuleFor(x => x.Description).NotNull().TrimmedLength(2, 1000);
        });
        RuleFor(p => p.Products).NotNull().Must(p => p is null || p.Count <= MaxEntries).WithMessage($"At most {MaxEntries} products.");
        RuleForEach(p => p.Products).ChildRules(p =>
        {
            p.RuleFor(x => x.Name).NotNull().TrimmedLength(2, 60);
            p.RuleFor(x => x.Description).NotNull().TrimmedLength(2, 1000);
        });
    }
}

/// <summary>An organisation's user publishes its profile (三张清单: strengths and teams, or products).</summary>
public sealed record SaveProfile(Guid ProfileId, ProfileContent Content, Actor Actor, DateTimeOffset Now)
{
    public static Decision Decide(Profile? state, SaveProfile command, Organisation? organisation)
    {
        if (organisation is null || !command.Actor.BelongsTo(organisation.Id))
        {
            return DomainError.Forbidden("not-your-organisation", "Only the organisation's own users publish its profile.");
        }

        if (ActingOrganisation.Approved(organisation) is { } notApproved)
        {
            return notApproved;
        }

        var content = command.Content.Normalised();
        var enterprise = organisation.Kind == OrganisationKind.Enterprise;
        if (enterprise && (content.Strengths.Count > 0 || content.Teams.Count > 0))
        {
            return DomainError.Invalid("strengths", "An enterprise lists its products; strengths and teams are a university's or an institute's lists.");
        }

        if (!enterprise && content.Products.Count > 0)
        {
            return DomainError.Invalid("products", "A university or institute lists strengths and teams; products are an enterprise's list.");
        }

        return state is not null && state.Content.Says(content)
            ? Decision.Accept()
            : Decision.Accept(new ProfileSaved(
                command.ProfileId, organisation.Id, organisation.Name, organisation.Kind, organisation.District, content, command.Actor.UserId, command.Now));
    }
}

public static class SaveProfileEndpoint
{
    public static RouteGroupBuilder MapSaveProfile(this RouteGroupBuilder group)
    {
        group.MapPut("/mine", Handle)
            .RequireAuthorization(Policies.Bidder)
            .Validate<ProfileContent>()
            .WithSummary("Publish your organisation's profile for the three lists (三张清单); send If-Match with the ETag to update safely");
        return group;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(ProfileContent body, [AsParameters] RequestContext request)
    {
        var organisation = request.Actor.OrganisationId is { } id ? await request.Session.LoadAsync<Organisation>(id, request.Cancellation) : null;
        var profileId = ProfileIds.ForOrganisation(request.Actor.OrganisationId ?? Guid.Empty);
        var command = new SaveProfile(profileId, body, request.Actor, request.Now);
        return await request.ExecuteOrStart<Profile, NoContent>(profileId, state => SaveProfile.Decide(state, command, organisation), _ => TypedResults.NoContent());
    }
}
