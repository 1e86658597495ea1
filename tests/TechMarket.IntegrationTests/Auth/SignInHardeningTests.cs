using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.IntegrationTests.Auth;

public sealed class SignInHardeningTests(TechMarketHost host) : ApiTest(host)
{
    [Fact]
    public async Task Failed_sign_ins_slow_down_one_address_for_one_account_but_never_lock_the_owner_out()
    {
        var account = await Accounts.ApprovedAsync(Host, await AsAsync(Demo.CityBureau));
        using var rival = Host.CreateBrowser(Host.NextAddress());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await SignIn.SubmitLoginAsync(rival, "/account/login", account.Email, "guess-" + attempt)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        // The rival's address now waits, even with the right password...
        var throttled = await SignIn.SubmitLoginAsync(rival, "/account/login", account.Email, account.Password);
        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        // ...while the owner, from anywhere else, signs in at once.
        using var owner = Host.CreateBrowser(Host.NextAddress());
        (await SignIn.SubmitLoginAsync(owner, "/account/login", account.Email, account.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Host.Clock.Advance(TimeSpan.FromMinutes(15));
        (await SignIn.SubmitLoginAsync(rival, "/account/login", account.Email, account.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Unknown_and_known_e_mails_get_the_same_answer_in_comparable_time()
    {
        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        string? knownPage = null, unknownPage = null;
        for (var round = 0; round < 7; round++)
        {
            (var elapsed, knownPage) = await TimedWrongLoginAsync(Demo.Expert);
            known.Add(elapsed);
            (elapsed, unknownPage) = await TimedWrongLoginAsync($"nobody-{Guid.NewGuid():N}@example.cn");
            unknown.Add(elapsed);
        }

        WithoutToken(unknownPage!).ShouldBe(WithoutToken(knownPage!));
        // Without the decoy hash an unknown e-mail answered in a few percent of a known one's time.
        Median(unknown).ShouldBeGreaterThan(Median(known) / 3, $"known {string.Join(", ", known)}; unknown {string.Join(", ", unknown)}");
    }

    [Fact]
    public async Task The_issuer_is_the_configured_one_whatever_the_Host_header_says()
    {
        using var client = Host.CreateRawClient(Host.NextAddress());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        var discovery = JsonDocument.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;

        discovery.GetProperty("issuer").GetString().ShouldBe(TechMarketHost.Issuer);
        discovery.GetProperty("token_endpoint").GetString().ShouldBe(TechMarketHost.Issuer + "connect/token");
    }

    [Fact]
    public async Task Prompt_login_asks_for_the_password_again_once()
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        await Accounts.TokensAsync(browser, Demo.University, SignIn.DemoPassword);
        var silent = await browser.GetAsync(SignIn.AuthorizeUrl(Pkce.New().Challenge));
        silent.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(TechMarketHost.RedirectUri);

        var pkce = Pkce.New();
        var forced = await browser.GetAsync(SignIn.AuthorizeUrl(pkce.Challenge) + "&prompt=login");
        forced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var loginPage = SignIn.PathOf(forced.Headers.Location!);
        loginPage.ShouldStartWith("/account/login");

        var login = await SignIn.SubmitLoginAsync(browser, loginPage, Demo.University, SignIn.DemoPassword);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.ToString().ShouldNotContain("prompt");
        var back = await browser.GetAsync(login.Headers.Location);
        var code = SignIn.CodeFrom(back.Headers.Location!);
        (await SignIn.RedeemAsync(browser, code, pkce.Verifier)).AccessToken.ShouldNotBeNull();
    }

    [Fact]
    public async Task Prompt_none_answers_login_required_to_the_client_when_nobody_is_signed_in()
    {
        using var stranger = Host.CreateBrowser(Host.NextAddress());
        var url = SignIn.AuthorizeUrl(Pkce.New().Challenge) + "&prompt=none";
        var state = QueryHelpers.ParseQuery(url[url.IndexOf('?', StringComparison.Ordinal)..])["state"].ToString();

        var response = await stranger.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(TechMarketHost.RedirectUri);
        var query = QueryHelpers.ParseQuery(response.Headers.Location.Query);
        query["error"].ToString().ShouldBe("login_required");
        query["state"].ToString().ShouldBe(state);
        query.ContainsKey("code").ShouldBeFalse();
    }

    private async Task<(TimeSpan Elapsed, string Page)> TimedWrongLoginAsync(string email)
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var page = await (await browser.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]*)\"").Groups[1].Value;
        var watch = Stopwatch.StartNew();
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = email, ["Password"] = "not-the-password", ["ReturnUrl"] = "/",
        }));
        watch.Stop();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var answer = await response.Content.ReadAsStringAsync();
        answer.ShouldContain(LoginPage.WrongCredentials);
        return (watch.Elapsed, answer);
    }

    private static string WithoutToken(string page) =>
        System.Text.RegularExpressions.Regex.Replace(page, "name=\"__RequestVerificationToken\" value=\"[^\"]*\"", string.Empty);

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);
}
