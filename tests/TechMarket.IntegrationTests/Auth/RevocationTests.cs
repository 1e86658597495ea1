using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>
/// A revoked access token stops opening the API within the configured revocation poll (here 0.3 s; the slack
/// allows for a busy machine), long before it expires: after refresh-token reuse, logout, a disabled account and a
/// suspended organisation. Each test first shows the token working, so none can pass by refusing everything.
/// </summary>
public sealed partial class RevocationTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Reusing_a_refresh_token_revokes_the_access_tokens_of_its_chain()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var first = await Accounts.TokensAsync(browser, Demo.Expert, SignIn.DemoPassword);
        var second = await Accounts.RefreshAsync(browser, first.RefreshToken!);
        using var api = Host.CreateApiClient(second.AccessToken!);
        (await api.GetAsync("/api/reviews/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var replay = await Accounts.RefreshAsync(browser, first.RefreshToken!);

        replay.Error.ShouldBe("invalid_grant");
        await ShouldBeRefusedSoonAsync(api, "/api/reviews/mine");
        using var firstApi = Host.CreateApiClient(first.AccessToken!);
        (await firstApi.GetAsync("/api/reviews/mine")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.GetAsync("/connect/userinfo")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Accounts.RefreshAsync(browser, second.RefreshToken!)).Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_revocation_on_one_node_reaches_the_other_within_the_poll()
    {
        await using var secondNode = new SecondNode(Host);
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var first = await Accounts.TokensAsync(browser, Demo.Expert, SignIn.DemoPassword);
        var second = await Accounts.RefreshAsync(browser, first.RefreshToken!);
        using var elsewhere = secondNode.CreateApiClient(second.AccessToken!);
        (await elsewhere.GetAsync("/api/reviews/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Accounts.RefreshAsync(browser, first.RefreshToken!)).Error.ShouldBe("invalid_grant");

        await ShouldBeRefusedSoonAsync(elsewhere, "/api/reviews/mine");
    }

    [Fact]
    public async Task Signing_out_revokes_the_session_s_tokens_but_not_another_session_s()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        using var otherDevice = Host.CreateBrowser(Host.NextAddress());
        var tokens = await Accounts.TokensAsync(browser, Demo.Broker, SignIn.DemoPassword);
        var otherTokens = await Accounts.TokensAsync(otherDevice, Demo.Broker, SignIn.DemoPassword);
        using var api = Host.CreateApiClient(tokens.AccessToken!);
        using var otherApi = Host.CreateApiClient(otherTokens.AccessToken!);
        (await api.GetAsync("/connect/userinfo")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A GET only asks; following a link signs nobody out.
        var confirm = await browser.GetAsync("/connect/logout");
        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await confirm.Content.ReadAsStringAsync();
        page.ShouldContain("method=\"post\"");
        (await AuthorizeSilentlyAsync(browser)).ShouldContainKey("code");

        var forged = await browser.PostAsync("/connect/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await AuthorizeSilentlyAsync(browser)).ShouldContainKey("code");

        var signedOut = await browser.PostAsync("/connect/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
        }));

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ShouldBeRefusedSoonAsync(api, "/connect/userinfo");
        (await Accounts.RefreshAsync(browser, tokens.RefreshToken!)).Error.ShouldBe("invalid_grant");
        (await AuthorizeSilentlyAsync(browser))["error"].ToString().ShouldBe("login_required");
        (await otherApi.GetAsync("/connect/userinfo")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Accounts.RefreshAsync(otherDevice, otherTokens.RefreshToken!)).AccessToken.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_disabled_account_loses_its_tokens_and_cannot_sign_in()
    {
        var account = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var tokens = await Accounts.TokensAsync(browser, account);
        using var api = Host.CreateApiClient(tokens.AccessToken!);
        (await api.GetAsync("/api/needs/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // What an operator does to disable an account: lock it out for good.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(account.Email))!;
            (await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }

        await ShouldBeRefusedSoonAsync(api, "/api/needs/mine");
        (await Accounts.RefreshAsync(browser, tokens.RefreshToken!)).Error.ShouldBe("invalid_grant");
        using var again = Host.CreateBrowser(Host.NextAddress());
        var authorize = await again.GetAsync(SignIn.AuthorizeUrl(Pkce.New().Challenge));
        var login = await SignIn.SubmitLoginAsync(again, SignIn.PathOf(authorize.Headers.Location!), account.Email, account.Password);
        login.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await login.Content.ReadAsStringAsync()).ShouldContain("The account is disabled.");
    }

    [Fact]
    public async Task A_suspended_organisation_s_users_lose_access_until_it_is_reinstated()
    {
        var bureau = await AsAsync(Demo.ZhenhaiBureau);
        var account = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var tokens = await Accounts.TokensAsync(browser, account);
        using var api = Host.CreateApiClient(tokens.AccessToken!);
        using var neighbour = await AsAsync(Demo.Enterprise);
        (await api.GetAsync("/api/needs/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await (await AsAsync(Demo.HaishuBureau)).PostAsync($"/api/organisations/{account.OrganisationId}/suspend", new { reason = "越权" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "outside-jurisdiction");
        await (await bureau.PostAsync($"/api/organisations/{account.OrganisationId}/suspend", new { reason = "营业执照被吊销" })).ShouldBeOkAsync();

        await ShouldBeRefusedSoonAsync(api, "/api/needs/mine");
        (await neighbour.GetAsync("/api/needs/mine")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Accounts.RefreshAsync(browser, tokens.RefreshToken!)).Error.ShouldBe("invalid_grant");
        (await AuthorizeSilentlyAsync(browser))["error"].ToString().ShouldBe("access_denied");
        var organisation = await bureau.GetJsonAsync<Organisation>($"/api/organisations/{account.OrganisationId}");
        (organisation.Status, organisation.SuspensionReason).ShouldBe((OrganisationStatus.Suspended, "营业执照被吊销"));

        await (await bureau.PostAsync($"/api/organisations/{account.OrganisationId}/reinstate")).ShouldBeOkAsync();
        await (await bureau.PostAsync($"/api/organisations/{account.OrganisationId}/reinstate"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "not-suspended");

        using var afterwards = Host.CreateBrowser(Host.NextAddress());
        using var reinstated = Host.CreateApiClient((await Accounts.TokensAsync(afterwards, account)).AccessToken!);
        await ShouldBeAcceptedSoonAsync(reinstated, "/api/needs/mine");
        (await api.GetAsync("/api/needs/mine")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Asks the API until it answers 401, for at most the revocation poll plus slack.</summary>
    /// <summary>Reinstatement reaches each node's cache with its next poll, as a revocation does.</summary>
    private static async Task ShouldBeAcceptedSoonAsync(HttpClient api, string url)
    {
        var watch = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await api.GetAsync(url)).StatusCode;
            if (status == HttpStatusCode.OK)
            {
                return;
            }

            status.ShouldBe(HttpStatusCode.Unauthorized);
            await Task.Delay(50);
        }
        while (watch.Elapsed < TechMarketHost.RevocationPoll + Slack);

        status.ShouldBe(HttpStatusCode.OK, $"The reinstated organisation's new token still did not open {url} after {watch.Elapsed}.");
    }

    private static async Task ShouldBeRefusedSoonAsync(HttpClient api, string url)
    {
        var watch = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            var response = await api.GetAsync(url);
            status = response.StatusCode;
            if (status == HttpStatusCode.Unauthorized)
            {
                response.Headers.WwwAuthenticate.ToString().ShouldContain("invalid_token");
                return;
            }

            status.ShouldBe(HttpStatusCode.OK);
            await Task.Delay(50);
        }
        while (watch.Elapsed < TechMarketHost.RevocationPoll + Slack);

        status.ShouldBe(HttpStatusCode.Unauthorized, $"The revoked token still opened {url} after {watch.Elapsed}.");
    }

    /// <summary>An authorization request with prompt=none: the redirect's query (a code, or an error).</summary>
    private static async Task<Dictionary<string, Microsoft.Extensions.Primitives.StringValues>> AuthorizeSilentlyAsync(HttpClient browser)
    {
        var response = await browser.GetAsync(SignIn.AuthorizeUrl(Pkce.New().Challenge) + "&prompt=none");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(TechMarketHost.RedirectUri);
        return QueryHelpers.ParseQuery(response.Headers.Location.Query);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();
}
