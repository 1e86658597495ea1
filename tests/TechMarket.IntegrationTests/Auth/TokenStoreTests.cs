using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>
/// What OpenIddict relies on its stores for beyond a sign-in (the server's own, on plain SQL): a code or refresh token
/// is redeemed once however many redemptions read it, a revocation in SQL is not undone by a redemption that read the
/// token before, and revoking an authorization takes its tokens and only those. (OpenIddict itself still answers
/// concurrent refreshes with one refresh token, the losers of the race included: it ignores a failed redemption of a
/// refresh token on purpose, OpenIddictServerHandlers.RedeemTokenEntry; a code's losers are refused.) Each test uses an account of its own,
/// and shows the tokens working first, so none passes by refusing everything.
/// </summary>
public sealed class TokenStoreTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Concurrent_redemptions_of_one_authorization_code_give_tokens_once()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var pkce = Pkce.New();
        var code = await SignIn.CodeAsync(browser, await Accounts.AddUserAsync(Host, Roles.Expert), Accounts.Password, pkce);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SignIn.RedeemAsync(browser, code, pkce.Verifier)));

        answers.Count(a => a.AccessToken is not null).ShouldBe(1);
        answers.Where(a => a.AccessToken is null).ShouldAllBe(a => a.Error != null);
    }

    [Fact]
    public async Task Of_two_redemptions_that_read_the_same_refresh_token_only_the_first_is_written()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Expert);
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var tokens = await Accounts.TokensAsync(browser, email, Accounts.Password);
        var subject = await SubjectAsync(email);
        await using var first = Host.Services.CreateAsyncScope();
        await using var second = Host.Services.CreateAsyncScope();
        var (firstManager, firstCopy) = await ValidRefreshTokenAsync(first, subject);
        var (secondManager, secondCopy) = await ValidRefreshTokenAsync(second, subject);

        (await firstManager.TryRedeemAsync(firstCopy)).ShouldBeTrue();
        (await secondManager.TryRedeemAsync(secondCopy)).ShouldBeFalse();

        (await Accounts.RefreshAsync(browser, tokens.RefreshToken!)).Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_redemption_that_read_the_token_before_an_account_was_disabled_does_not_undo_the_revocation()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Expert);
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var tokens = await Accounts.TokensAsync(browser, email, Accounts.Password);
        var subject = await SubjectAsync(email);
        await using var redemption = Host.Services.CreateAsyncScope();
        var (manager, staleCopy) = await ValidRefreshTokenAsync(redemption, subject);

        // Locking the account revokes its tokens in SQL (identity.revoke_subject, from the accounts_locked trigger).
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }

        (await manager.TryRedeemAsync(staleCopy)).ShouldBeFalse();
        await using var reader = Host.Services.CreateAsyncScope();
        var stored = await reader.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>()
            .FindByIdAsync((await manager.GetIdAsync(staleCopy))!);
        (await manager.GetStatusAsync(stored!)).ShouldBe(Statuses.Revoked);
        (await Accounts.RefreshAsync(browser, tokens.RefreshToken!)).Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Revoking_an_authorization_revokes_its_tokens_and_leaves_another_session_s()
    {
        var email = await Accounts.AddUserAsync(Host, Roles.Expert);
        var subject = await SubjectAsync(email);
        using var phone = Host.CreateBrowser(Host.NextAddress());
        using var laptop = Host.CreateBrowser(Host.NextAddress());
        var phoneTokens = await Accounts.TokensAsync(phone, email, Accounts.Password);
        var phoneAuthorization = (await AuthorizationIdsAsync(subject)).ShouldHaveSingleItem();
        var laptopTokens = await Accounts.TokensAsync(laptop, email, Accounts.Password);
        using var phoneApi = Host.CreateApiClient(phoneTokens.AccessToken!);
        using var laptopApi = Host.CreateApiClient(laptopTokens.AccessToken!);
        (await phoneApi.GetAsync("/connect/userinfo")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
            (await authorizations.TryRevokeAsync((await authorizations.FindByIdAsync(phoneAuthorization))!)).ShouldBeTrue();
            (await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().RevokeByAuthorizationIdAsync(phoneAuthorization))
                .ShouldBeGreaterThan(0);
        }

        (await Accounts.RefreshAsync(phone, phoneTokens.RefreshToken!)).Error.ShouldBe("invalid_grant");
        await ShouldBeRefusedSoonAsync(phoneApi);
        (await laptopApi.GetAsync("/connect/userinfo")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Accounts.RefreshAsync(laptop, laptopTokens.RefreshToken!)).AccessToken.ShouldNotBeNull();
    }

    private async Task<string> SubjectAsync(string email)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user!.Id.ToString();
    }

    /// <summary>The subject's one valid refresh token, read through the token manager of the given scope (a request's).</summary>
    private static async Task<(IOpenIddictTokenManager Manager, object Token)> ValidRefreshTokenAsync(AsyncServiceScope scope, string subject)
    {
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var valid = new List<object>();
        await foreach (var token in manager.FindBySubjectAsync(subject))
        {
            if (await manager.HasTypeAsync(token, TokenTypeIdentifiers.RefreshToken) && await manager.HasStatusAsync(token, Statuses.Valid))
            {
                valid.Add(token);
            }
        }

        return (manager, valid.ShouldHaveSingleItem());
    }

    private async Task<List<string>> AuthorizationIdsAsync(string subject)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var ids = new List<string>();
        await foreach (var authorization in manager.FindBySubjectAsync(subject))
        {
            ids.Add((await manager.GetIdAsync(authorization))!);
        }

        return ids;
    }

    /// <summary>Asks the userinfo endpoint until it answers 401, for at most the revocation poll plus slack.</summary>
    private static async Task ShouldBeRefusedSoonAsync(HttpClient api)
    {
        var watch = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await api.GetAsync("/connect/userinfo")).StatusCode;
            if (status == HttpStatusCode.Unauthorized)
            {
                return;
            }

            await Task.Delay(50);
        }
        while (watch.Elapsed < TechMarketHost.RevocationPoll + Slack);

        status.ShouldBe(HttpStatusCode.Unauthorized, $"The revoked token still opened userinfo after {watch.Elapsed}.");
    }
}
