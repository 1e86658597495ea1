using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Auth;

public sealed class OpenIdConnectTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task A_user_signs_in_with_PKCE_and_the_token_works_on_the_API()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var pkce = Pkce.New();
        var code = await SignIn.CodeAsync(browser, Demo.Enterprise, SignIn.DemoPassword, pkce);
        var tokens = await SignIn.RedeemAsync(browser, code, pkce.Verifier);

        tokens.Error.ShouldBeNull(tokens.ErrorDescription);
        using var api = Host.CreateApiClient(tokens.AccessToken!);
        var organisation = await api.GetJsonAsync<Organisation>("/api/organisations/mine");
        (organisation.Name, organisation.Status).ShouldBe(("宁波甬江新材料科技有限公司", OrganisationStatus.Approved));

        var userInfo = await api.GetFromJsonAsync<JsonElement>("/connect/userinfo");
        userInfo.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldContain("Enterprise");
    }

    [Fact]
    public async Task The_API_refuses_requests_without_a_token_with_a_problem()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var response = await anonymous.GetAsync("/api/needs/mine");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_authorization_code_is_refused_the_second_time()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var pkce = Pkce.New();
        var code = await SignIn.CodeAsync(browser, Demo.University, SignIn.DemoPassword, pkce);

        (await SignIn.RedeemAsync(browser, code, pkce.Verifier)).AccessToken.ShouldNotBeNull();
        var replay = await SignIn.RedeemAsync(browser, code, pkce.Verifier);

        replay.AccessToken.ShouldBeNull();
        replay.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_code_is_refused_with_the_wrong_PKCE_verifier()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var code = await SignIn.CodeAsync(browser, Demo.University, SignIn.DemoPassword, Pkce.New());

        var stolen = await SignIn.RedeemAsync(browser, code, Pkce.New().Verifier);

        stolen.AccessToken.ShouldBeNull();
        stolen.Error.ShouldBe("invalid_grant");
    }

    [Theory]
    [InlineData("plain")]
    [InlineData(null)]
    public async Task Authorization_without_S256_PKCE_is_refused(string? method)
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var pkce = Pkce.New();
        var url = method is null
            ? SignIn.AuthorizeUrl(pkce.Challenge)
                .Replace("&code_challenge=" + pkce.Challenge, "", StringComparison.Ordinal)
                .Replace("&code_challenge_method=S256", "", StringComparison.Ordinal)
            : SignIn.AuthorizeUrl(pkce.Verifier, method);

        var response = await browser.GetAsync(url);

        var location = response.Headers.Location;
        if (location is not null)
        {
            location.ToString().ShouldStartWith(TechMarketHost.RedirectUri);
            QueryHelpers.ParseQuery(location.Query)["error"].ToString().ShouldBe("invalid_request");
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task The_discovery_document_offers_only_S256_and_the_code_flow()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        var discovery = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()).ShouldBe(["S256"]);
        discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString())
            .ShouldBe(["authorization_code", "client_credentials", "refresh_token"], ignoreOrder: true);
        discovery.GetProperty("token_endpoint").GetString()!.ShouldEndWith("/connect/token");
    }

    [Fact]
    public async Task A_refresh_token_is_rotated_and_the_old_one_is_refused()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var pkce = Pkce.New();
        var code = await SignIn.CodeAsync(browser, Demo.Broker, SignIn.DemoPassword, pkce);
        var first = await SignIn.RedeemAsync(browser, code, pkce.Verifier);
        first.RefreshToken.ShouldNotBeNull();

        var second = await Refresh(browser, first.RefreshToken);
        second.AccessToken.ShouldNotBeNull();
        second.RefreshToken.ShouldNotBeNull();
        second.RefreshToken.ShouldNotBe(first.RefreshToken);

        var replay = await Refresh(browser, first.RefreshToken);
        replay.AccessToken.ShouldBeNull();
        replay.Error.ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task An_integration_client_reads_the_public_list_but_cannot_act_as_an_enterprise()
    {
        using var machine = Host.CreateBrowser(Host.NextAddress());
        var tokens = await SignIn.ClientCredentialsAsync(machine);
        tokens.AccessToken.ShouldNotBeNull(tokens.ErrorDescription);
        using var api = Host.CreateApiClient(tokens.AccessToken);

        (await api.GetAsync("/api/needs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/needs/mine")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_login_page_again_and_issues_no_code()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var authorize = await browser.GetAsync(SignIn.AuthorizeUrl(Pkce.New().Challenge));

        var login = await SignIn.SubmitLoginAsync(browser, SignIn.PathOf(authorize.Headers.Location!), Demo.Enterprise, "not-the-password");

        login.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await login.Content.ReadAsStringAsync()).ShouldContain("Wrong e-mail or password");
        login.Headers.Location.ShouldBeNull();
    }

    private static Task<TokenResponse> Refresh(HttpClient browser, string refreshToken) =>
        SignIn.TokenAsync(browser, new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = SignIn.ClientId,
        });
}
