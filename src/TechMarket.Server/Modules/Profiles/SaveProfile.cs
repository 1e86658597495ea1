using FluentValidation;
using Marten;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Profiles;

public sealed class ProfileContentValidator : AbstractValidator<ProfileContent>
{
    public ProfileContentValidator(ReferenceCatalog catalog)
    {
        RuleFor(p => p.Summary).NotNull().TrimmedLength(10, 2000);
        RuleFor(p => p.Fields).NotNull().Must(f => f is { Count: >= 1 and <= 10 }).WithMessage("Name 1 to 10 technical fields.");
        RuleForEach(p => p.Fields).Must(catalog.IsField).WithMessage("Unknown technical field code.");
        RuleFor(p => p.Strengths).NotNull().Must(s => s is null || s.Count <= 20).WithMessage("At most 20 strengths.");
        RuleForEach(p => p.Strengths).ChildRules(s =>
        {
            s.RuleFor(x => x.Name).NotNull().TrimmedLength(2, 60);
            s.RuleFor(x => x.Description).NotNull().TrimmedLength(2, 1000);
        });
        RuleFor(p => p.Teams).NotNull().Must(t => t is null || t.Count <= 20).WithMessage("At most 20 teams.");
        RuleForEach(p => p.Teams).ChildRules(t =>
        {
            t.RuleFor(x => x.Name).NotNull().TrimmedLength(2, 60);
            t.RuleFor(x => x.Leader).NotNull().TrimmedLength(2, 40);
            t.RuleFor(x => x.Description).NotNull().TrimmedLength(2, 1000);
        });
        RuleFor(p => p.Products).NotNull().Must(p => p is null || p.Count <= 20).WithMessage("At most 20 products.");
        RuleForEach(p => p.Products).ChildRules(p =>
        {
            p.RuleFor(x => x.Name).NotNull().TrimmedLength(2, 60);
            p.RuleFor(x => x.Description).NotNull().TrimmedLength(2, 1000);
        });
    }
}

/// <summary>An organisation's user publishes its profile (三张清单: strengths and teams, or products).</summary>
public sealed record SaveProfile(Guid ProfileId, ProfileContent Content, Actor Actor, DateTimeOffset Now);

public static class SaveProfileOperation
{
    public static Decision Decide(Profile? state, SaveProfile command, Organisation? organisation)
    {
        if (organisation is null || !command.Actor.BelongsTo(organisation.Id))
        {
            return DomainError.Forbidden("not-your-organisation", "Only the organisation's own users publish its profile.");
        }

        if (!organisation.IsApproved)
        {
            return DomainError.Conflict("organisation-not-approved", "Your organisation's registration has not been approved yet.");
        }

        var content = Normalise(command.Content);
        if (organisation.Kind == OrganisationKind.Enterprise && (content.Strengths.Count > 0 || content.Teams.Count > 0))
        {
            return DomainError.Invalid("strengths", "An enterprise lists its products; strengths and teams are a university's or an institute's lists.");
        }

        if (organisation.Kind != OrganisationKind.Enterprise && content.Products.Count > 0)
        {
            return DomainError.Invalid("products", "A university or institute lists strengths and teams; products are an enterprise's list.");
        }

        if (state is not null && state.Content.Says(content))
        {
            return Decision.Accept();
        }

        return Decision.Accept(new ProfileSaved(
            command.ProfileId, organisation.Id, organisation.Name, organisation.Kind, organisation.District, content, command.Actor.UserId, command.Now));
    }

    internal static ProfileContent Normalise(ProfileContent content) => new(
        content.Summary.Trim(),
        content.Fields.Distinct(StringComparer.Ordinal).ToList(),
        content.Strengths.Select(s => new Strength(s.Name.Trim(), s.Description.Trim())).ToList(),
        content.Teams.Select(t => new Team(t.Name.Trim(), t.Leader.Trim(), t.Description.Trim())).ToList(),
        content.Products.Select(p => new Product(p.Name.Trim(), p.Description.Trim())).ToList());

    public static RouteGroupBuilder MapSaveProfile(this RouteGroupBuilder group)
    {
        group.MapPut("/mine", async (ProfileContent request, Actor actor, IDocumentSession session, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var organisation = actor.OrganisationId is { } id ? await session.LoadAsync<Organisation>(id, ct) : null;
                var profileId = ProfileIds.ForOrganisation(actor.OrganisationId ?? Guid.Empty);
                var command = new SaveProfile(profileId, request, actor, clock.GetUtcNow());
                return await session.ExecuteOrStart<Profile>(http, profileId, state => Decide(state, command, organisation), ct);
            })
            .RequireAuthorization(Policies.Bidder)
            .Validate<ProfileContent>()
            .WithSummary("Publish your organisation's profile for the three lists (三张清单); send If-Match with the ETag to update safely");
        return group;
    }
}
