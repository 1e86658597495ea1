using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TechMarket.Bench;

/// <summary>
/// Cold first loads of the web app in headless Debian Chromium: a signed-in person's browser with an empty HTTP
/// cache opens a screen; the time runs from navigation to the screen's content on show, and the JavaScript the visit
/// downloaded is summed as gzip would send it.
/// </summary>
internal static partial class WebFirstLoad
{
    public sealed record Load(string Screen, IReadOnlyList<double> Milliseconds, long JsGzipBytes, int Scripts)
    {
        public double MedianMs => Milliseconds.Order().ElementAt(Milliseconds.Count / 2);
    }

    private const string Password = "Demo@2026!";

    public static async Task<IReadOnlyList<Load>> MeasureAsync(Uri server, int runs, CancellationToken ct)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TECHMARKET_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return
        [
            await ColdLoadsAsync(browser, server, "board", "university@techmarket.demo", "/challenges", ".ant-card-head a", runs, ct),
            await ColdLoadsAsync(browser, server, "bureau workspace", "bureau@techmarket.demo", "/bureau", ".ant-table-row, .ant-empty", runs, ct),
        ];
    }

    private static async Task<Load> ColdLoadsAsync(
        IBrowser browser, Uri server, string screen, string email, string path, string content, int runs, CancellationToken ct)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString().TrimEnd('/') });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await SignInAsync(page, email);
        var cdp = await context.NewCDPSessionAsync(page);

        var times = new List<double>();
        long gzip = 0;
        var scripts = 0;
        for (var run = 0; run < runs; run++)
        {
            ct.ThrowIfCancellationRequested();
            // Cold: nothing in the HTTP cache; the tokens stay in the tab's sessionStorage, as after a sign-in.
            await cdp.SendAsync("Network.clearBrowserCache");
            var bodies = new List<Task<long>>();
            void OnResponse(object? sender, IResponse response)
            {
                if (response.Request.ResourceType == "script")
                {
                    bodies.Add(GzipLengthAsync(response));
                }
            }

            page.Response += OnResponse;
            await page.GotoAsync("about:blank");
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(path);
            await page.Locator(content).First.WaitForAsync();
            clock.Stop();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            page.Response -= OnResponse;
            var lengths = await Task.WhenAll(bodies);
            times.Add(clock.Elapsed.TotalMilliseconds);
            gzip = lengths.Sum();
            scripts = lengths.Length;
        }

        return new Load(screen, times, gzip, scripts);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(LoginPage());
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/auth/callback", StringComparison.Ordinal) && !url.Contains("/account/", StringComparison.Ordinal)
                                          && !url.Contains("/connect/", StringComparison.Ordinal));
    }

    private static async Task<long> GzipLengthAsync(IResponse response)
    {
        var body = await response.BodyAsync();
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(body);
        }

        return compressed.Length;
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginPage();
}
