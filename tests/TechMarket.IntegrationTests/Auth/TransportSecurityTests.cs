using System.Net;
using System.Text.RegularExpressions;
using TechMarket.IntegrationTests.Infrastructure;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>Secure cookies whenever the request is HTTPS (directly or as a trusted load balancer says), HSTS on
/// HTTPS answers outside Development, and nosniff on every answer.</summary>
public sealed class TransportSecurityTests(TechMarketHost host) : ApiTest(host)
{
    [Theory]
    [InlineData("https://techmarket.example/", null, true)]
    [InlineData("http://techmarket.example/", "https", true)]
    [InlineData("http://techmarket.example/", null, false)]
    public async Task Cookies_are_secure_whenever_the_request_is_HTTPS(string baseAddress, string? forwardedProto, bool secure)
    {
        using var client = Host.CreateRawClient(forwardedProto is null ? Host.NextAddress() : TechMarketHost.LoadBalancer, baseAddress);
        var page = await SendAsync(client, HttpMethod.Get, "/account/login", forwardedProto, cookies: null, form: null);
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Single();
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]*)\"").Groups[1].Value;

        var login = await SendAsync(client, HttpMethod.Post, "/account/login", forwardedProto, antiforgeryCookie.Split(';')[0], new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = Demo.Broker, ["Password"] = SignIn.DemoPassword, ["ReturnUrl"] = "/",
        });

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var loginCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("techmarket.login=", StringComparison.Ordinal));
        IsSecure(antiforgeryCookie).ShouldBe(secure, antiforgeryCookie);
        IsSecure(loginCookie).ShouldBe(secure, loginCookie);
    }

    [Fact]
    public async Task A_forwarded_HTTPS_claim_from_an_untrusted_address_changes_nothing()
    {
        using var client = Host.CreateRawClient(Host.NextAddress(), "http://techmarket.example/");
        var page = await SendAsync(client, HttpMethod.Get, "/account/login", "https", cookies: null, form: null);

        IsSecure(page.Headers.GetValues("Set-Cookie").Single()).ShouldBeFalse();
        page.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task HTTPS_answers_carry_HSTS_and_every_answer_forbids_sniffing()
    {
        using var https = Host.CreateRawClient(Host.NextAddress(), "https://techmarket.example/");
        using var http = Host.CreateRawClient(Host.NextAddress(), "http://techmarket.example/");

        var secure = await https.GetAsync("/api/reference/districts");
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
        (await http.GetAsync("/api/reference/districts")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();

        foreach (var response in new[]
                 {
                     secure, await http.GetAsync("/account/login"), await http.GetAsync("/api/needs/mine"), await http.GetAsync("/api/nothing-here"),
                     await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>())),
                 })
        {
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", response.RequestMessage!.RequestUri!.ToString());
        }
    }

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    private static Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string url, string? forwardedProto, string? cookies, Dictionary<string, string>? form)
    {
        var request = new HttpRequestMessage(method, url);
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return client.SendAsync(request);
    }
}
