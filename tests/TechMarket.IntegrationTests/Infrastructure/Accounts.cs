using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Infrastructure;

/// <summary>An organisation's first account, registered through the API for one test, so that a test may disable,
/// suspend or throttle it without touching the demo accounts other tests sign in with.</summary>
public sealed record TestAccount(string Email, string Password, string OrganisationId);

public static class Accounts
{
    public const string Password = Organisations.Password;

    /// <summary>Registers an enterprise in the district (pending approval).</summary>
    public static async Task<TestAccount> PendingAsync(TechMarketHost host, string district)
    {
        var email = $"account-{Guid.NewGuid():N}@example.cn";
        using var anonymous = host.CreateBrowser(host.NextAddress());
        var registration = await anonymous.PostAsync(
            "/api/organisations/registrations", Organisations.Registration(OrganisationKind.Enterprise, district, $"宁波账户测试{Guid.NewGuid():N}"[..16], email));
        registration.StatusCode.ShouldBe(HttpStatusCode.Created, await registration.Content.ReadAsStringAsync());
        var id = (await registration.ShouldBeOkAsync<RegistrationReceipt>()).Id.ToString();
        return new TestAccount(email, Password, id);
    }

    /// <summary>Registers an enterprise in 镇海区 and has the city bureau approve it.</summary>
    public static async Task<TestAccount> ApprovedAsync(TechMarketHost host, HttpClient cityBureau)
    {
        var account = await PendingAsync(host, "330211");
        await (await cityBureau.PostAsync($"/api/organisations/{account.OrganisationId}/approve")).ShouldBeOkAsync();
        return account;
    }

    /// <summary>Adds an account the API has no endpoint for — a second user of an organisation, a bureau officer of a
    /// district no demo officer covers — straight through the server's user manager; its e-mail (password
    /// <see cref="Password"/>).</summary>
    public static async Task<string> AddUserAsync(TechMarketHost host, string role, Guid? organisationId = null, string? jurisdiction = null)
    {
        var email = $"user-{Guid.NewGuid():N}@example.cn";
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"测试用户 {role}",
            OrganisationId = organisationId, Jurisdiction = jurisdiction,
        };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return email;
    }

    /// <summary>Signs in through the login page in the given browser (which keeps the login cookie) and redeems the code.</summary>
    public static async Task<TokenResponse> TokensAsync(HttpClient browser, TestAccount account) =>
        await TokensAsync(browser, account.Email, account.Password);

    public static async Task<TokenResponse> TokensAsync(HttpClient browser, string email, string password)
    {
        var pkce = Pkce.New();
        var code = await SignIn.CodeAsync(browser, email, password, pkce);
        var tokens = await SignIn.RedeemAsync(browser, code, pkce.Verifier);
        tokens.AccessToken.ShouldNotBeNull(tokens.ErrorDescription);
        tokens.RefreshToken.ShouldNotBeNull();
        return tokens;
    }

    public static Task<TokenResponse> RefreshAsync(HttpClient browser, string refreshToken) =>
        SignIn.TokenAsync(browser, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = SignIn.ClientId,
        });
}
