using System.Net;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>
/// The per-address limits of the login form (10 a minute), the token endpoint (30) and anonymous registration (5).
/// Every attempt before the limit is a real one — a valid form with its antiforgery token that reaches the password
/// check, a token request OpenIddict answers, a registration that is written — and the window is the server's clock,
/// which the tests move instead of waiting a minute.
/// </summary>
public sealed class RateLimitTests(TechMarketHost host) : ApiTest(host)
{
    private static readonly string[] DemoAccounts =
    [
        Demo.Admin, Demo.Broker, Demo.Expert, Demo.University, Demo.Enterprise, Demo.OtherEnterprise,
        Demo.CityBureau, Demo.ZhenhaiBureau, Demo.HaishuBureau, "institute@techmarket.demo",
    ];

    [Fact]
    public async Task Sign_ins_that_reach_the_password_check_are_limited_per_address_until_the_minute_is_over()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        foreach (var email in DemoAccounts)
        {
            var wrong = await SignIn.SubmitLoginAsync(browser, "/account/login", email, "not-the-password");
            wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await wrong.Content.ReadAsStringAsync()).ShouldContain(LoginPage.WrongCredentials);
        }

        var limited = await SignIn.SubmitLoginAsync(browser, "/account/login", Demo.University, SignIn.DemoPassword);
        await ShouldBeLimitedAsync(limited);

        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var allowed = await SignIn.SubmitLoginAsync(browser, "/account/login", Demo.University, SignIn.DemoPassword);
        allowed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_token_endpoint_is_limited_per_address_until_the_minute_is_over()
    {
        using var client = Host.CreateBrowser(Host.NextAddress());
        var stolen = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = "a-guessed-refresh-token",
            ["client_id"] = SignIn.ClientId,
        };
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var refused = await client.PostAsync("/connect/token", new FormUrlEncodedContent(stolen));
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("invalid_grant");
        }

        await ShouldBeLimitedAsync(await client.PostAsync("/connect/token", new FormUrlEncodedContent(stolen)));

        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var machine = await SignIn.ClientCredentialsAsync(client);
        machine.AccessToken.ShouldNotBeNull(machine.ErrorDescription);
    }

    [Fact]
    public async Task Anonymous_registrations_are_limited_per_address_and_the_refused_one_writes_nothing()
    {
        using var anonymous = Host.CreateBrowser(Host.NextAddress());
        for (var registration = 0; registration < 5; registration++)
        {
            (await anonymous.PostAsync("/api/organisations/registrations", Registration())).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var sixth = Registration();
        await ShouldBeLimitedAsync(await anonymous.PostAsync("/api/organisations/registrations", sixth));

        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        // The same registration goes through now: the refused one left no organisation or account behind.
        (await anonymous.PostAsync("/api/organisations/registrations", sixth)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Behind_the_trusted_load_balancer_each_client_address_has_its_own_login_limit()
    {
        using var balancer = Host.CreateBrowser(TechMarketHost.LoadBalancer);
        using var spoofer = Host.CreateBrowser(Host.NextAddress());

        var busyClient = await LoginAttemptsAsync(balancer, 11, forwardedFor: "203.0.113.7");
        var otherClient = await LoginAttemptsAsync(balancer, 1, forwardedFor: "203.0.113.8");
        var spoofed = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            // Not from the balancer: its X-Forwarded-For is ignored, so a fresh fake address per request does not help.
            spoofed.AddRange(await LoginAttemptsAsync(spoofer, 1, forwardedFor: $"198.51.100.{i + 1}"));
        }

        busyClient.Last().ShouldBe(HttpStatusCode.TooManyRequests);
        otherClient.ShouldBe([HttpStatusCode.BadRequest]);
        spoofed.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static async Task ShouldBeLimitedAsync(HttpResponseMessage response)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        var retryAfter = response.Headers.RetryAfter?.Delta.ShouldNotBeNull();
        retryAfter!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    private static async Task<List<HttpStatusCode>> LoginAttemptsAsync(HttpClient browser, int attempts, string forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < attempts; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = Demo.Admin, ["Password"] = "guess" }),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            statuses.Add((await browser.SendAsync(request)).StatusCode);
        }

        return statuses;
    }

    private static RegisterOrganisationRequest Registration() =>
        Infrastructure.Organisations.Registration(OrganisationKind.Enterprise, "330203", $"宁波限流测试{Guid.NewGuid():N}"[..16]);
}
