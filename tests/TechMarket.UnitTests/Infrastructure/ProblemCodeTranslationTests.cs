using System.Text.RegularExpressions;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Infrastructure;

/// <summary>
/// The web app shows a refusal in the user's language by its stable code (<c>describeProblem</c>); a code it does not
/// know falls back to the server's English detail — on a Chinese screen. So every code the server can refuse with, as
/// written in its sources, has a text in both dictionaries.
/// </summary>
public class ProblemCodeTranslationTests
{
    // DomainError.Conflict("code", …), .Forbidden, .NotFound; Problems.Problem(status, "code", …); Problems.Rows("code", …).
    private static readonly Regex CodeLiteral = new(
        @"(?:DomainError\.(?:Conflict|Forbidden|NotFound)\(\s*|Problems\.Problem\([^,()]+,\s*|Problems\.Rows\(\s*)""([a-z0-9-]+)""");

    private static List<string> ServerCodes() =>
        Repository.ServerSources().SelectMany(source => CodeLiteral.Matches(source.Text)).Select(m => m.Groups[1].Value).Distinct().Order().ToList();

    [Fact]
    public void The_scan_finds_the_codes_of_every_kind_of_refusal()
    {
        var codes = ServerCodes();

        codes.Count.ShouldBeGreaterThan(100);
        codes.ShouldContain("organisation-suspended"); // DomainError.Conflict
        codes.ShouldContain("not-a-member");         // DomainError.Forbidden
        codes.ShouldContain("unknown-district");     // DomainError.NotFound
        codes.ShouldContain("invalid-signature");    // Problems.Problem
    }

    [Theory]
    [InlineData("zh-CN.ts")]
    [InlineData("en.ts")]
    public void Every_code_the_server_refuses_with_has_a_text_in_the_web_dictionary(string file)
    {
        var known = Repository.ProblemCodes(Repository.WebDictionary(file));

        ServerCodes().Where(code => !known.Contains(code)).ShouldBeEmpty();
    }
}
