using Microsoft.IdentityModel.JsonWebTokens;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Identity;

namespace TechMarket.IntegrationTests.Auth;

/// <summary>What the identity token tells the web app about who signed in. An officer's jurisdiction rides in it (the
/// statistics screen names its ticker channel by it), from the code's redemption and again from each refresh, which
/// is how the web app renews its tokens; a user who is no officer has none.</summary>
public sealed class IdentityTokenTests(TechMarketHost host) : ApiTest(host)
{
    [Theory]
    [InlineData(Demo.ZhenhaiBureau, "330211")]
    [InlineData(Demo.CityBureau, Jurisdictions.City)]
    public async Task An_officer_s_identity_token_names_their_jurisdiction_at_sign_in_and_after_a_refresh(string officer, string jurisdiction)
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());
        var signedIn = await Accounts.TokensAsync(browser, officer, SignIn.DemoPassword);
        var refreshed = await Accounts.RefreshAsync(browser, signedIn.RefreshToken!);

        refreshed.Error.ShouldBeNull(refreshed.ErrorDescription);
        foreach (var tokens in new[] { signedIn, refreshed })
        {
            var identity = IdentityToken(tokens);
            identity.GetClaim(TechMarketClaims.Jurisdiction).Value.ShouldBe(jurisdiction);
            identity.GetPayloadValue<string>("email").ShouldBe(officer);
        }
    }

    [Theory]
    [InlineData(Demo.Enterprise)]
    [InlineData(Demo.University)]
    [InlineData(Demo.Expert)]
    [InlineData(Demo.Broker)]
    public async Task A_user_who_is_no_officer_has_no_jurisdiction_in_the_identity_token(string email)
    {
        using var browser = Host.CreateBrowser(Host.NextAddress());

        var identity = IdentityToken(await Accounts.TokensAsync(browser, email, SignIn.DemoPassword));

        identity.GetPayloadValue<string>("email").ShouldBe(email);
        identity.TryGetClaim(TechMarketClaims.Jurisdiction, out _).ShouldBeFalse();
    }

    /// <summary>The identity token as the web app reads it: a signed (not encrypted) JWT for this client.</summary>
    private static JsonWebToken IdentityToken(TokenResponse tokens)
    {
        var token = new JsonWebToken(tokens.IdToken.ShouldNotBeNull("the token response has no identity token"));
        token.IsEncrypted.ShouldBeFalse();
        token.Audiences.ShouldBe([SignIn.ClientId]);
        return token;
    }
}
