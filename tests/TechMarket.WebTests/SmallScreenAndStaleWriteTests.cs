using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TechMarket.WebTests.Infrastructure;

namespace TechMarket.WebTests;

[Collection(WebCollection.Name)]
public sealed class SmallScreenAndStaleWriteTests(WebHost host)
{
    [Fact]
    public async Task At_375_pixels_wide_nothing_scrolls_sideways_and_the_menu_opens_in_a_drawer()
    {
        await using var bureau = await Person.SignInAsync(host, "bureau@techmarket.demo", width: 375, height: 812);
        foreach (var path in new[] { "/challenges", "/needs", "/bureau", "/bureau/challenges", "/bureau/challenges/new" })
        {
            await bureau.GoAsync(path);
            await bureau.Page.Locator("h1").First.WaitForAsync();
            await bureau.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var overflow = await bureau.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} scrolls sideways at 375 px");
            await bureau.CheckAccessibilityAsync($"{path} at 375 px");
        }

        await bureau.GoAsync("/challenges");
        await bureau.ScreenshotAsync("web-mobile-board");
        await bureau.Page.GetByRole(AriaRole.Button, new() { Name = "菜单" }).ClickAsync();
        await bureau.Dialog.GetByText("需求大厅").ClickAsync();
        await bureau.Page.GetByRole(AriaRole.Heading, new() { Name = "需求大厅" }).WaitForAsync();
    }

    [Fact]
    public async Task A_stale_write_says_someone_else_changed_the_need_and_reloads_it()
    {
        await using var enterprise = await Person.SignInAsync(host, "enterprise@techmarket.demo");
        var first = enterprise.Page;
        await first.GetByRole(AriaRole.Link, new() { Name = "海水淡化反渗透膜抗污染涂层" }).ClickAsync();
        // A click returns before the navigation: read the address once it is the need's (it was the list's, at times).
        await Assertions.Expect(first).ToHaveURLAsync(new Regex("/needs/"), new() { Timeout = 45_000 });
        var needPath = new Uri(first.Url).AbsolutePath;
        await enterprise.Button("编辑").ClickAsync();
        await first.GetByLabel("需求名称").FillAsync("海水淡化反渗透膜抗污染涂层（第一页的修改）");

        // The same need changes in another tab meanwhile (tokens are per tab; the sign-in cookie signs it in at once).
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(needPath);
        await second.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).First.ClickAsync();
        await Person.WaitUntilBackFromSignInAsync(second);
        new Uri(second.Url).AbsolutePath.ShouldBe(needPath);
        await second.GetByRole(AriaRole.Button, new() { Name = "编辑", Exact = true }).ClickAsync();
        await second.GetByLabel("需求名称").FillAsync("海水淡化反渗透膜抗生物污染涂层");
        await second.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await second.GetByRole(AriaRole.Heading, new() { Name = "海水淡化反渗透膜抗生物污染涂层" }).WaitForAsync();

        await enterprise.Button("保存").ClickAsync();
        await enterprise.Dialog.GetByText("在您查看之后，其他人修改了此内容。").WaitForAsync();
        await enterprise.CheckAccessibilityAsync("stale write dialog");
        await enterprise.ConfirmAsync("重新加载");
        await first.GetByRole(AriaRole.Heading, new() { Name = "海水淡化反渗透膜抗生物污染涂层" }).WaitForAsync();
        (await first.GetByLabel("需求名称").InputValueAsync()).ShouldBe("海水淡化反渗透膜抗生物污染涂层");
    }

    [Fact]
    public async Task The_committed_api_types_match_the_servers_openapi_document()
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var document = Path.Combine(Path.GetTempPath(), $"techmarket-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await client.GetStringAsync("/openapi/v1.json"));
        try
        {
            var check = Process.Start(new ProcessStartInfo("node", ["scripts/generate-api.mjs", "--check", "--input", document])
            {
                WorkingDirectory = Path.Combine(WebHost.Repository, "web"),
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            var output = await check.StandardOutput.ReadToEndAsync() + await check.StandardError.ReadToEndAsync();
            await check.WaitForExitAsync();
            check.ExitCode.ShouldBe(0, output);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
