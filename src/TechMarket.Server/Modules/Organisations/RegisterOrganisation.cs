using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>An enterprise, university or institute registers itself and its first account; it waits for approval.</summary>
public sealed record RegisterOrganisation(
    string Name, OrganisationKind Kind, string District, string CreditCode, string ContactName, string Email, string Password);

public sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator(ReferenceCatalog catalog)
    {
        RuleFor(r => r.Name).NotEmpty().TrimmedLength(2, 100);
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.District).Must(catalog.IsDistrict).WithMessage("Unknown district code.");
        RuleFor(r => r.CreditCode).Must(code => CreditCode.IsValid(CreditCode.Normalise(code)))
            .WithMessage("Not a valid unified social credit code (18 characters with a matching check character).");
        RuleFor(r => r.ContactName).NotEmpty().TrimmedLength(1, 50);
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(200);
        RuleFor(r => r.Password).NotEmpty().MinimumLength(8).MaximumLength(200);
    }
}

public static class RegisterOrganisationEndpoint
{
    public static RouteGroupBuilder MapRegisterOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/registrations", Handle).AllowAnonymous().RequireRateLimiting(RateLimits.Registration).RefusesIfMatch().Validate<RegisterOrganisation>()
            .WithSummary("Register an organisation and its first account (pending approval by the district bureau)");
        return group;
    }

    private static async Task<IResult> Handle(
        RegisterOrganisation request, IDocumentSession session, UserManager<AppUser> users, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var creditCode = CreditCode.Normalise(request.CreditCode)!;
        if (await session.Query<Organisation>().AnyAsync(o => o.CreditCode == creditCode, ct))
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "duplicate-credit-code", "Already registered",
                "An organisation with this unified social credit code is already registered.");
        }

        var organisationId = Guid.CreateVersion7();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            DisplayName = request.ContactName.Trim(),
            OrganisationId = organisationId,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return AccountProblem(created);
        }

        await users.AddToRoleAsync(user, Organisation.RoleFor(request.Kind));
        try
        {
            session.Events.StartStream<Organisation>(organisationId, new OrganisationRegistered(
                organisationId, request.Name.Trim(), request.Kind, request.District, creditCode, user.Id, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            await users.DeleteAsync(user);
            throw;
        }

        http.Response.SetETag(1);
        return TypedResults.Created($"/api/organisations/{organisationId}", new { id = organisationId, userId = user.Id });
    }

    private static IResult AccountProblem(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "duplicate-email", "Already registered",
                "An account with this e-mail already exists.");
        }

        return Problems.Validation(new Dictionary<string, string[]>
        {
            [nameof(RegisterOrganisation.Password)] = result.Errors.Select(e => e.Description).ToArray(),
        });
    }
}
