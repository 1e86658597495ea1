using Microsoft.AspNetCore.Identity;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>A module's reason to keep an account out, e.g. its organisation is suspended. Registered by the module.</summary>
public interface IAccountStanding
{
    Task<string?> RefusalAsync(AppUser user, CancellationToken ct);
}

/// <summary>Whether an account may get tokens now: asked at login, at authorization and at every token exchange
/// (so a refresh token of a disabled account or a suspended organisation is refused).</summary>
public sealed class SignInEligibility(UserManager<AppUser> users, SignInManager<AppUser> signIn, IEnumerable<IAccountStanding> standings)
{
    public const string Disabled = "The account is disabled.";

    public async Task<string?> RefusalAsync(AppUser user, CancellationToken ct)
    {
        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Disabled;
        }

        foreach (var standing in standings)
        {
            if (await standing.RefusalAsync(user, ct) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
