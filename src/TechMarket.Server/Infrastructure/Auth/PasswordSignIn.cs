using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.Server.Infrastructure.Auth;

public abstract record LoginOutcome
{
    public sealed record SignedIn : LoginOutcome;

    /// <summary>Unknown e-mail or wrong password: one answer for both.</summary>
    public sealed record WrongCredentials : LoginOutcome;

    public sealed record Throttled(TimeSpan Wait) : LoginOutcome;

    /// <summary>The right password for an account that may not sign in now (disabled, organisation suspended).</summary>
    public sealed record Refused(string Reason) : LoginOutcome;
}

/// <summary>The login form's check: throttled per e-mail and address, the same work and the same answer for unknown
/// and known e-mails, and a login session id on the cookie that the tokens carry, so that signing out revokes them.</summary>
public sealed class PasswordSignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInEligibility eligibility, LoginThrottle throttle)
{
    /// <summary>Kept in the cookie's properties, which survive Identity's periodic security-stamp refresh of its claims.</summary>
    public const string SessionProperty = "techmarket.session";

    private static string? _decoyHash;

    public static string? SessionOf(AuthenticateResult login) => login.Succeeded ? login.Properties?.GetString(SessionProperty) : null;

    public async Task<LoginOutcome> SignInAsync(string? email, string? password, IPAddress? address, CancellationToken ct)
    {
        email = email?.Trim() ?? string.Empty;
        password ??= string.Empty;
        if (throttle.Wait(email, address) is { } wait)
        {
            return new LoginOutcome.Throttled(wait);
        }

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        var matches = user is null ? VerifyDecoy(password) : await users.CheckPasswordAsync(user, password);
        if (user is null || !matches)
        {
            throttle.Failed(email, address);
            return new LoginOutcome.WrongCredentials();
        }

        throttle.Succeeded(email, address);
        if (await eligibility.RefusalAsync(user, ct) is { } refusal)
        {
            return new LoginOutcome.Refused(refusal);
        }

        var properties = new AuthenticationProperties();
        properties.SetString(SessionProperty, WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)));
        await signIn.SignInAsync(user, properties);
        return new LoginOutcome.SignedIn();
    }

    /// <summary>An unknown e-mail costs one password hash verification, like a known one, so the time of the answer
    /// does not tell which e-mails have accounts.</summary>
    private bool VerifyDecoy(string password)
    {
        var nobody = new AppUser();
        _decoyHash ??= users.PasswordHasher.HashPassword(nobody, WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16)));
        users.PasswordHasher.VerifyHashedPassword(nobody, _decoyHash, password);
        return false;
    }
}
