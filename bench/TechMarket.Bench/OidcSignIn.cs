using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace TechMarket.Bench;

/// <summary>Signs a user in the way the web app does: authorization code with PKCE (S256) through the
/// server's own login page, then the token endpoint. Nothing is shortcut, so the access token is a real one.</summary>
internal static partial class OidcSignIn
{
    public const string ClientId = "techmarket-web";

    /// <summary>Registered for the web client in Development; the bench never serves it, it only reads the redirect.</summary>
    public const string RedirectUri = "http://localhost:5080/auth/callback";

    public static async Task<string> AccessTokenAsync(Uri server, string email, string password, CancellationToken ct)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = server };

        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["response_type"] = "code",
            ["scope"] = "openid api",
            ["redirect_uri"] = RedirectUri,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = state,
        });

        var loginPage = await RedirectAsync(http, new Uri(server, authorize), new Uri(server, "/account/login"), ct);
        var form = HiddenInputs(await http.GetStringAsync(loginPage, ct));
        using var login = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = form.GetValueOrDefault("ReturnUrl") ?? throw Failure("the login page has no ReturnUrl", email),
            ["__RequestVerificationToken"] = form.GetValueOrDefault("__RequestVerificationToken")
                ?? throw Failure("the login page has no antiforgery token", email),
        });
        using var signedIn = await http.PostAsync(loginPage, login, ct);
        var backToAuthorize = Location(signedIn, new Uri(server, "/connect/authorize"), email);

        var callback = await RedirectAsync(http, backToAuthorize, new Uri(RedirectUri), ct);
        var query = QueryHelpers.ParseQuery(callback.Query);
        if (query["state"] != state)
        {
            throw Failure("the authorization response did not return our state", email);
        }

        using var exchange = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = ClientId,
            ["code_verifier"] = verifier,
        });
        using var token = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), exchange, ct);
        if (!token.IsSuccessStatusCode)
        {
            throw Failure($"the token endpoint answered {(int)token.StatusCode}: {await token.Content.ReadAsStringAsync(ct)}", email);
        }

        var answer = await token.Content.ReadFromJsonAsync<TokenResponse>(ct);
        return answer?.AccessToken ?? throw Failure("the token response has no access_token", email);
    }

    private sealed record TokenResponse([property: JsonPropertyName("access_token")] string? AccessToken);

    private static async Task<Uri> RedirectAsync(HttpClient http, Uri request, Uri expected, CancellationToken ct)
    {
        using var response = await http.GetAsync(request, ct);
        return Location(response, expected, request.PathAndQuery);
    }

    /// <summary>The absolute target of a 302, which must lead to <paramref name="expected"/> (same scheme, host, path).</summary>
    private static Uri Location(HttpResponseMessage response, Uri expected, string context)
    {
        var location = response.Headers.Location;
        var target = location is null ? null : new Uri(response.RequestMessage!.RequestUri!, location);
        if (response.StatusCode != HttpStatusCode.Redirect || target is null ||
            target.GetLeftPart(UriPartial.Path) != expected.GetLeftPart(UriPartial.Path))
        {
            throw Failure($"expected a redirect to {expected}, got {(int)response.StatusCode} {location}", context);
        }

        return target;
    }

    private static Dictionary<string, string> HiddenInputs(string html) =>
        HiddenInput().Matches(html).ToDictionary(
            m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value), StringComparer.Ordinal);

    private static InvalidOperationException Failure(string what, string context) =>
        new($"Sign-in failed ({context}): {what}.");

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
