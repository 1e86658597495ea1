using System.Security.Claims;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.UnitTests.Auth;

public class ValidatedTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal Principal(DateTimeOffset expires) =>
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(OpenIddictConstants.Claims.Subject, "user-1")], "Bearer"))
            .SetExpirationDate(expires);

    [Fact]
    public void A_verified_token_is_found_again_until_it_expires()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("key", Principal(Now.AddMinutes(2)), Now);

        tokens.Find("key", Now.AddMinutes(1))!.GetClaim(OpenIddictConstants.Claims.Subject).ShouldBe("user-1");
        tokens.Find("key", Now.AddMinutes(2)).ShouldBeNull();
        tokens.Find("other key", Now).ShouldBeNull();
    }

    [Fact]
    public void A_token_is_verified_again_after_five_minutes_however_long_it_lives()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("key", Principal(Now.AddHours(1)), Now);

        tokens.Find("key", Now.AddMinutes(4)).ShouldNotBeNull();
        tokens.Find("key", Now.AddMinutes(5)).ShouldBeNull();
    }

    [Fact]
    public void An_expired_token_is_not_remembered()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("key", Principal(Now.AddSeconds(-1)), Now);

        tokens.Count.ShouldBe(0);
    }

    [Fact]
    public void What_a_request_adds_to_its_principal_does_not_reach_the_next_request()
    {
        var tokens = new ValidatedTokens();
        tokens.Add("key", Principal(Now.AddMinutes(2)), Now);

        var first = tokens.Find("key", Now)!;
        first.SetClaim("added", "by the first request");
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("also", "added"));

        var second = tokens.Find("key", Now)!;
        second.HasClaim(c => c.Type is "added" or "also").ShouldBeFalse();
    }

    [Fact]
    public void When_full_the_expired_entries_make_room()
    {
        var tokens = new ValidatedTokens();
        for (var i = 0; i < ValidatedTokens.Capacity; i++)
        {
            tokens.Add($"old {i}", Principal(Now.AddSeconds(1)), Now);
        }

        tokens.Add("new", Principal(Now.AddMinutes(2)), Now.AddSeconds(2));

        tokens.Count.ShouldBe(1);
        tokens.Find("new", Now.AddSeconds(2)).ShouldNotBeNull();
    }
}
