using Microsoft.AspNetCore.WebUtilities;

namespace TechMarket.Server.Infrastructure.Auth;

/// <summary>
/// The sign-in page's words in the reader's language: the web app passes its language as <c>ui_locales</c> on the
/// authorization request (it travels in the return URL); otherwise the browser's Accept-Language decides. With
/// neither, both languages show, as before.
/// </summary>
public sealed record LoginText(string Lang, string Brand, string Title, string Email, string Password, string Submit, string WrongCredentials)
{
    public static readonly LoginText Chinese = new("zh-CN", "TechMarket 技术市场", "登录", "邮箱", "密码", "登录", "邮箱或密码不正确。");

    public static readonly LoginText English = new("en", "TechMarket", "Sign in", "E-mail", "Password", "Sign in", "Wrong e-mail or password.");

    public static readonly LoginText Both = new("zh-CN", "TechMarket 技术市场", "登录", "邮箱 / E-mail", "密码 / Password", "登录 / Sign in",
        LoginPage.WrongCredentials);

    public static LoginText For(HttpContext http, string? returnUrl)
    {
        var query = returnUrl?.IndexOf('?', StringComparison.Ordinal) is >= 0 and var at ? QueryHelpers.ParseQuery(returnUrl[at..]) : null;
        var asked = query is not null && query.TryGetValue("ui_locales", out var locales) ? locales.ToString() : null;
        asked ??= http.Request.Headers.AcceptLanguage.ToString();
        var first = asked.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(';')[0] ?? string.Empty;
        return first.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese
            : first.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
            : Both;
    }
}
