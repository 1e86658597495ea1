using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using OpenIddict.Abstractions;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Realtime;

namespace TechMarket.UnitTests.Realtime;

/// <summary>The hub's guard: a connection whose token expired, or whose authorization, session or organisation the
/// revocation log names, is closed; the others stay.</summary>
public class HubConnectionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private readonly HubConnections _connections = new();
    private readonly RevocationCache _revocations = new();

    [Fact]
    public void An_expired_token_s_connection_is_closed_when_its_time_comes_and_not_before()
    {
        var expiring = Connect(expires: Now.AddMinutes(5));
        var lasting = Connect(expires: Now.AddHours(1));

        _connections.CloseRefused(_revocations, Now.AddMinutes(4)).ShouldBeEmpty();
        _connections.IsRefused(expiring.ConnectionId, _revocations, Now.AddMinutes(5)).ShouldBeTrue();
        _connections.CloseRefused(_revocations, Now.AddMinutes(5)).Single().ShouldBe(new ClosedConnection(expiring.ConnectionId, expiring.User.GetClaim(OpenIddictConstants.Claims.Subject), ClosedConnection.Expired));

        expiring.Aborted.ShouldBeTrue();
        lasting.Aborted.ShouldBeFalse();
        _connections.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(Revocation.Authorization, "authorization-1")]
    [InlineData(Revocation.Session, "session-1")]
    [InlineData(Revocation.OrganisationSuspended, Organisation)]
    public void A_revoked_token_s_connection_is_closed_at_once(string kind, string value)
    {
        var revoked = Connect(expires: Now.AddHours(1));
        var other = Connect(expires: Now.AddHours(1), authorization: "authorization-2", session: "session-2", organisation: Guid.CreateVersion7().ToString());

        _revocations.Apply(new RevocationRead([new Revocation(1, kind, value)], Now));

        _connections.CloseRefused(_revocations, Now).Single().ShouldBe(new ClosedConnection(revoked.ConnectionId, revoked.User.GetClaim(OpenIddictConstants.Claims.Subject), kind));
        revoked.Aborted.ShouldBeTrue();
        other.Aborted.ShouldBeFalse();
        _connections.IsRefused(other.ConnectionId, _revocations, Now).ShouldBeFalse();
    }

    private const string Organisation = "0199a1b2-0000-7000-8000-000000000001";

    private CallerContext Connect(DateTimeOffset expires, string authorization = "authorization-1", string session = "session-1", string organisation = Organisation)
    {
        var identity = new ClaimsIdentity("Bearer");
        var user = new ClaimsPrincipal(identity)
            .SetClaim(OpenIddictConstants.Claims.Subject, Guid.CreateVersion7().ToString())
            .SetClaim(TechMarketClaims.Session, session)
            .SetClaim(TechMarketClaims.Organisation, organisation)
            .SetAuthorizationId(authorization)
            .SetExpirationDate(expires);
        var context = new CallerContext(user);
        _connections.Add(context);
        return context;
    }

    private sealed class CallerContext(ClaimsPrincipal user) : HubCallerContext
    {
        public bool Aborted { get; private set; }

        public override string ConnectionId { get; } = Guid.NewGuid().ToString("N");

        public override string? UserIdentifier => null;

        public override ClaimsPrincipal User => user;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort() => Aborted = true;
    }
}
