using TechMarket.Server.Infrastructure.Auth;

namespace TechMarket.UnitTests.Auth;

public class RevocationCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly string Organisation = Guid.CreateVersion7().ToString();
    private readonly RevocationCache _cache = new();

    [Fact]
    public void A_token_is_revoked_by_its_authorization_its_session_or_its_organisation()
    {
        _cache.Apply(Read(
            new Revocation(1, Revocation.Authorization, "auth-1"),
            new Revocation(2, Revocation.Session, "session-1"),
            new Revocation(3, Revocation.OrganisationSuspended, Organisation)));

        _cache.IsRevoked("auth-1", null, null).ShouldBeTrue();
        _cache.IsRevoked(null, "session-1", null).ShouldBeTrue();
        _cache.IsRevoked(null, null, Organisation.ToUpperInvariant()).ShouldBeTrue();
        _cache.IsRevoked("auth-2", "session-2", Guid.CreateVersion7().ToString()).ShouldBeFalse();
        _cache.IsRevoked(null, null, null).ShouldBeFalse();
    }

    [Fact]
    public void The_latest_suspension_or_reinstatement_of_an_organisation_wins_whatever_order_reads_bring_them_in()
    {
        _cache.Apply(Read(new Revocation(7, Revocation.OrganisationSuspended, Organisation), new Revocation(9, Revocation.OrganisationReinstated, Organisation)));
        _cache.IsRevoked(null, null, Organisation).ShouldBeFalse();

        // A later read that reaches back re-applies the suspension: still reinstated.
        _cache.Apply(Read(new Revocation(7, Revocation.OrganisationSuspended, Organisation)));
        _cache.IsRevoked(null, null, Organisation).ShouldBeFalse();

        _cache.Apply(Read(new Revocation(12, Revocation.OrganisationSuspended, Organisation)));
        _cache.IsRevoked(null, null, Organisation).ShouldBeTrue();
    }

    [Fact]
    public void Entries_no_live_token_can_carry_are_forgotten()
    {
        _cache.Apply(Read(new Revocation(1, Revocation.Authorization, "old")));
        _cache.Apply(new RevocationRead([new Revocation(2, Revocation.Authorization, "new")], Now.AddHours(1)));

        _cache.Forget(Now.AddMinutes(30));

        _cache.IsRevoked("old", null, null).ShouldBeFalse();
        _cache.IsRevoked("new", null, null).ShouldBeTrue();
    }

    private static RevocationRead Read(params Revocation[] rows) => new(rows, Now);
}
