using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.ReferenceData;

namespace TechMarket.Server.Modules.Organisations;

/// <summary>An enterprise, university or institute registers itself and its first account; it waits for approval.</summary>
[OpenApiSchemaName("RegisterOrganisation")]
public sealed record RegisterOrganisationRequest(
    string Name, OrganisationKind Kind, string District, string CreditCode, string ContactName, string Email, string Password);

public sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisationRequest>
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

/// <summary>The answer to a registration: the organisation's id and its first account's.</summary>
public sealed record RegistrationReceipt(Guid Id, Guid UserId);

/// <summary>注册: the organisation enters as pending, registered by its first account. That a credit code registers
/// once is checked before (a 409 naming the duplicate) and held by the document's unique index.</summary>
public sealed record RegisterOrganisation(
    Guid OrganisationId, string Name, OrganisationKind Kind, string District, string CreditCode, Guid FirstUserId, DateTimeOffset Now)
{
    public static Decision Decide(RegisterOrganisation command) => Decision.Accept(new OrganisationRegistered(
        command.OrganisationId, command.Name.Trim(), command.Kind, command.District, command.CreditCode, command.FirstUserId, command.Now));
}

public static class RegisterOrganisationEndpoint
{
    public static RouteGroupBuilder MapRegisterOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/registrations", Handle).AllowAnonymous().RequireRateLimiting(RateLimits.Registration).RefusesIfMatch()
            .Validate<RegisterOrganisationRequest>()
            .WithSummary("Register an organisation and its first account (pending approval by the district bureau)");
        return group;
    }

    /// <summary>The account is created only once the registration is accepted, and removed again if the stream cannot start.</summary>
    private static async Task<Results<Created<RegistrationReceipt>, ValidationProblem, ProblemHttpResult>> Handle(
        RegisterOrganisationRequest body, UserManager<AppUser> users, [AsParameters] RequestContext request)
    {
        var (session, ct) = (request.Session, request.Cancellation);
        var creditCode = CreditCode.Normalise(body.CreditCode)!;
        if (await session.Query<Organisation>().AnyAsync(o => o.CreditCode == creditCode, ct))
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "duplicate-credit-code", "Already registered",
                "An organisation with this unified social credit code is already registered.");
        }

        var command = new RegisterOrganisation(
            Guid.CreateVersion7(), body.Name, body.Kind, body.District, creditCode, Guid.CreateVersion7(), request.Now);
        var decision = RegisterOrganisation.Decide(command);

        var user = new AppUser
        {
            Id = command.FirstUserId,
            UserName = body.Email.Trim(),
            Email = body.Email.Trim(),
            DisplayName = body.ContactName.Trim(),
            OrganisationId = command.OrganisationId,
        };
        var created = await users.CreateAsync(user, body.Password);
        if (!created.Succeeded)
        {
            return AccountProblem(created);
        }

        await users.AddToRoleAsync(user, Organisation.RoleFor(body.Kind));
        try
        {
            session.Events.StartStream<Organisation>(command.OrganisationId, [.. decision.Events]);
            await session.SaveChangesAsync(ct);
        }
        catch
        {
            await users.DeleteAsync(user);
            throw;
        }

        request.Http.Response.SetETag(decision.Events.Count);
        return TypedResults.Created($"/api/organisations/{command.OrganisationId}", new RegistrationReceipt(command.OrganisationId, user.Id));
    }

    private static Results<Created<RegistrationReceipt>, ValidationProblem, ProblemHttpResult> AccountProblem(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            return Problems.Problem(StatusCodes.Status409Conflict, "duplicate-email", "Already registered",
                "An account with this e-mail already exists.");
        }

        return Problems.Validation(new Dictionary<string, string[]>
        {
            [nameof(RegisterOrganisationRequest.Password)] = result.Errors.Select(e => e.Description).ToArray(),
        });
    }
}
