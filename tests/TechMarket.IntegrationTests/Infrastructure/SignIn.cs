using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace TechMarket.IntegrationTests.Infrastructure;

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);

public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce New()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

/// <summary>Signs people in the way the web app will: the authorization code flow with PKCE, through the login page.</summary>
public sealed partial class SignIn(TechMarketHost host)
{
    public const string DemoPassword = "Demo@2026!";
    public const string ClientId = "techmarket-web";

    /// <summary>Tests move the server's clock by days (deadlines, publicity); a token this old by it is renewed.</summary>
    private static readonly TimeSpan RenewAfter = TimeSpan.FromDays(2);

    private readonly ConcurrentDictionary<string, (Task<string> Token, DateTimeOffset At)> _tokens = new();

    /// <summary>An API client for a user, signed in once per run (again once the server's clock moved days on).</summary>
    public async Task<HttpClient> AsAsync(string email, string password = DemoPassword) =>
        host.CreateApiClient(await CachedTokenAsync(email, password));

    /// <summary>The access token <see cref="AsAsync"/> signs in with (for the hub, which takes the token itself).</summary>
    public Task<string> CachedTokenAsync(string email, string password = DemoPassword)
    {
        var now = host.Clock.GetUtcNow();
        return _tokens.AddOrUpdate(
            email,
            _ => (AccessTokenAsync(email, password), now),
            (_, old) => now - old.At > RenewAfter ? (AccessTokenAsync(email, password), now) : old).Token;
    }

    public async Task<string> AccessTokenAsync(string email, string password = DemoPassword)
    {
        using var browser = host.CreateBrowser(host.NextAddress());
        var pkce = Pkce.New();
        var code = await CodeAsync(browser, email, password, pkce);
        var tokens = await RedeemAsync(browser, code, pkce.Verifier);
        return tokens.AccessToken ?? throw new InvalidOperationException($"No access token: {tokens.Error} {tokens.ErrorDescription}");
    }

    public static string AuthorizeUrl(string challenge, string method = "S256", string scope = "openid api offline_access") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["redirect_uri"] = TechMarketHost.RedirectUri,
            ["state"] = Guid.NewGuid().ToString("N"),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = method,
        });

    /// <summary>Authorize, get sent to the login page, fill it in, come back, and read the code off the redirect.</summary>
    public static async Task<string> CodeAsync(HttpClient browser, string email, string password, Pkce pkce)
    {
        var authorize = await browser.GetAsync(AuthorizeUrl(pkce.Challenge));
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var loginPage = PathOf(authorize.Headers.Location!);
        loginPage.ShouldStartWith("/account/login");

        var login = await SubmitLoginAsync(browser, loginPage, email, password);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect, await login.Content.ReadAsStringAsync());

        var back = await browser.GetAsync(login.Headers.Location);
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return CodeFrom(back.Headers.Location!);
    }

    public static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, string loginPage, string email, string password)
    {
        var page = await (await browser.GetAsync(loginPage)).Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenField(page, "__RequestVerificationToken"),
            ["ReturnUrl"] = WebUtility.HtmlDecode(HiddenField(page, "ReturnUrl")),
            ["Email"] = email,
            ["Password"] = password,
        };
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    public static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.ToString();

    public static string CodeFrom(Uri redirect)
    {
        redirect.GetLeftPart(UriPartial.Path).ShouldBe(TechMarketHost.RedirectUri);
        var query = QueryHelpers.ParseQuery(redirect.Query);
        query.ContainsKey("error").ShouldBeFalse(query.TryGetValue("error_description", out var d) ? d.ToString() : null);
        return query["code"].ToString();
    }

    public static async Task<TokenResponse> RedeemAsync(HttpClient browser, string code, string verifier) =>
        await TokenAsync(browser, new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = TechMarketHost.RedirectUri,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        });

    /// <summary>The integration client's token request (client credentials), from the given client.</summary>
    public static Task<TokenResponse> ClientCredentialsAsync(HttpClient browser) =>
        TokenAsync(browser, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "techmarket-integration",
            ["client_secret"] = TechMarketHost.IntegrationSecret,
            ["scope"] = "api",
        });

    /// <summary>An API client holding the integration client's access token.</summary>
    public static async Task<HttpClient> IntegrationClientAsync(TechMarketHost host) => host.CreateApiClient(await IntegrationTokenAsync(host));

    /// <summary>The integration client's access token (client credentials).</summary>
    public static async Task<string> IntegrationTokenAsync(TechMarketHost host)
    {
        using var machine = host.CreateBrowser(host.NextAddress());
        var tokens = await ClientCredentialsAsync(machine);
        return tokens.AccessToken.ShouldNotBeNull(tokens.ErrorDescription);
    }

    public static async Task<TokenResponse> TokenAsync(HttpClient browser, Dictionary<string, string> form)
    {
        var response = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    private static string HiddenField(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        match.Success.ShouldBeTrue($"The login page has no {name} field.");
        return match.Groups[1].Value;
    }
}
