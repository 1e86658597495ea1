using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TechMarket.WebTests.Infrastructure;

/// <summary>One person in their own browser context (cookies, storage), signed in through the real login page.</summary>
public sealed class Person(WebHost host, IBrowserContext context, IPage page, string language) : IAsyncDisposable
{
    public const string DemoPassword = "Demo@2026!";

    private static readonly Regex SignedInUser = new("· (退出登录|Sign out)$");

    private static readonly Regex CallbackAddress = new("/auth/callback");

    public IPage Page { get; } = page;

    public string Language { get; } = language;

    /// <summary>A visitor who has not signed in.</summary>
    public static async Task<Person> VisitAsync(WebHost host, string language, int width = 1280, int height = 900)
    {
        var context = await NewContextAsync(host, language, width, height);
        return new Person(host, context, await context.NewPageAsync(), language);
    }

    public static async Task<Person> SignInAsync(WebHost host, string email, string language = "zh-CN", int width = 1280, int height = 900)
    {
        var person = await VisitAsync(host, language, width, height);
        var page = person.Page;
        await page.GotoAsync($"/?lang={language}");
        await page.GetByRole(AriaRole.Button, new() { Name = language == "en" ? "Sign in" : "登录", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 45_000 });
        // The login page speaks the language the web app asked for (ui_locales).
        await page.GetByRole(AriaRole.Heading, new() { Name = language == "en" ? "TechMarket · Sign in" : "TechMarket 技术市场 · 登录" }).WaitForAsync();
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await WaitUntilBackFromSignInAsync(page);
        return person;
    }

    /// <summary>Every browser here asks for reduced motion, as many people's do, and the app then drops Ant Design's
    /// animations: a closing modal or dropdown never lies over the next click (headless Chromium on a busy machine once
    /// held a confirmation's closing animation for 45 seconds).</summary>
    private static async Task<IBrowserContext> NewContextAsync(WebHost host, string language, int width, int height)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = language,
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(45_000);
        return context;
    }

    /// <summary>Waits until the page is back in the app, signed in. Waiting for a URL alone can pass before the
    /// redirect even starts; a sign-in that fails says why (the page's text and its console).</summary>
    public static async Task WaitUntilBackFromSignInAsync(IPage page)
    {
        var console = new List<string>();
        void Record(object? sender, IConsoleMessage message) => console.Add($"{message.Type}: {message.Text}");
        page.Console += Record;
        try
        {
            // The shell's user button (its name ends in "sign out") appears only once the callback has stored the tokens.
            await page.GetByRole(AriaRole.Button, new() { NameRegex = SignedInUser }).WaitForAsync();
            // The app leaves the callback by a client-side navigation (history.replaceState). Playwright's WaitForURL
            // compares the address it last heard of and otherwise waits for the next navigation event, so it can miss a
            // replaceState that lands in between (two CI runs waited 45 s with the app already on /enterprise). The
            // assertion polls the page's address instead.
            await Assertions.Expect(page).Not.ToHaveURLAsync(CallbackAddress, new() { Timeout = 45_000 });
        }
        catch (Exception timeout) when (timeout is TimeoutException or PlaywrightException)
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"Sign-in did not come back to the app from {page.Url}. Page: {text}. Console: {string.Join(" | ", console)}", timeout);
        }
        finally
        {
            page.Console -= Record;
        }
    }

    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.Locator("main").WaitForAsync();
    }

    /// <summary>An API client with the access token the web app holds for this person: a test's own steps go through
    /// the API as this person, while their page stays open.</summary>
    public async Task<HttpClient> ApiClientAsync()
    {
        var token = await Page.EvaluateAsync<string>(
            "() => JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:')))).access_token");
        var client = new HttpClient { BaseAddress = new Uri(Host.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator Dialog => Page.GetByRole(AriaRole.Dialog).Last;

    /// <summary>Confirms the open dialog with its button of that name.</summary>
    public Task ConfirmAsync(string button) => Dialog.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>Chooses an option of an Ant Design select and leaves its dropdown closed, so the dropdown never lies over
    /// the next thing the person clicks (a busy machine can leave it open while its closing animation waits).</summary>
    public async Task PickAsync(ILocator select, string option)
    {
        await select.ClickAsync();
        // A long list is virtual: an option scrolled out of view is not in the page at all, so a searchable select is
        // narrowed by typing the option, as a person would.
        if (await select.EvaluateAsync<bool>("e => e instanceof HTMLInputElement && !e.readOnly"))
        {
            await select.FillAsync(option);
        }

        // A dropdown in its leave animation is closing already (headless Chromium can hold one there for seconds).
        var open = Page.Locator(".ant-select-dropdown:visible:not([class*='-leave']), .ant-select-tree-dropdown:visible:not([class*='-leave'])");
        // A tree node is chosen by its title: a click on the middle of the whole row can land beside a short title
        // and choose nothing (seen as a required field left empty).
        await open.Last.Locator(".ant-select-item-option, .ant-select-tree-node-content-wrapper").Filter(new() { HasText = option }).First.ClickAsync();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await open.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 5000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Still open (a multiple select stays open by design; a busy machine may still be animating; clicking a
                // searchable tree select keeps it open): leaving the field closes it without toggling anything.
                if (await open.CountAsync() > 0)
                {
                    await select.PressAsync("Tab");
                }
            }
        }
    }

    /// <summary>Waits for the text; when it never shows, the failure says what the page showed instead (a problem
    /// message, a form's field error), which a timeout alone does not.</summary>
    public async Task ExpectTextAsync(string text)
    {
        try
        {
            await Page.GetByText(text).First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        }
        catch (Exception timeout) when (timeout is TimeoutException or PlaywrightException)
        {
            var shown = await Page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException($"{timeout.Message}\n--- the page showed instead:\n{shown[..Math.Min(shown.Length, 4_000)]}", timeout);
        }
    }

    /// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
    public async Task CheckAccessibilityAsync(string what)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            // Judge the screen as it settles, not halfway through a fade-in (axe reads blended colours).
            await Page.AddStyleTagAsync(new() { Content = "*,*::before,*::after{animation-duration:0s!important;transition-duration:0s!important}" });
            await Page.AddScriptTagAsync(new() { Path = Path.Combine(WebHost.Repository, "web", "node_modules", "axe-core", "axe.min.js") });
        }

        await Page.WaitForTimeoutAsync(300);
        var violations = await Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await window.axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => `${n.target.join(' ')} ${n.any.map(a => a.message).join(' ')}`).join(' | ')}`);
            }
            """);
        if (violations.GetArrayLength() > 0)
        {
            await Page.ScreenshotAsync(new() { Path = Path.Combine(WebHost.Repository, "TestResults", "axe", $"{what}.png"), FullPage = true });
        }

        violations.EnumerateArray().Select(v => v.GetString()).ShouldBeEmpty($"axe-core on {what} ({Page.Url})");
    }

    /// <summary>A screenshot of the page for the README (docs/images with TECHMARKET_SCREENSHOTS=docs, else TestResults).</summary>
    public async Task ScreenshotAsync(string name)
    {
        var directory = Environment.GetEnvironmentVariable("TECHMARKET_SCREENSHOTS") == "docs"
            ? Path.Combine(WebHost.Repository, "docs", "images")
            : Path.Combine(WebHost.Repository, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(directory, $"{name}.png"), FullPage = false });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    public WebHost Host { get; } = host;
}
