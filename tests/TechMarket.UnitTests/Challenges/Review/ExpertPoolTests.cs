using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Challenges.Review;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Challenges.Review;

public class ExpertPoolTests
{
    private static readonly Guid Former = Guid.CreateVersion7();

    private readonly Actor _expert = Actors.Expert(Guid.CreateVersion7());

    private static ExpertProfileRequest Edit(string title = "  教授  ", params string[] fields) =>
        new(fields.Length == 0 ? ["0401", "0401"] : fields, [Former], title);

    [Fact]
    public void A_first_profile_is_a_registration_waiting_for_the_bureau()
    {
        var profile = ExpertPool.Propose(null, _expert, Edit(), Given.Now);

        (profile.Id, profile.Standing, profile.Title, profile.OrganisationId, profile.Proposed)
            .ShouldBe((_expert.UserId, ExpertStanding.Pending, "教授", _expert.OrganisationId, (ExpertProfileEdit?)null));
        profile.Fields.ShouldBe(["0401"]);
        profile.DeclaredConflicts.ShouldBe([Former]);
        ExpertPool.RequireApproved(profile).ShouldNotBeNull().Code.ShouldBe("expert-not-approved");
    }

    [Fact]
    public void An_edit_of_a_pending_registration_replaces_it()
    {
        var pending = ExpertPool.Propose(null, _expert, Edit(), Given.Now);

        var edited = ExpertPool.Propose(pending, _expert, Edit("研究员", "0803"), Given.Now);

        (edited.Standing, edited.Title, edited.Proposed).ShouldBe((ExpertStanding.Pending, "研究员", (ExpertProfileEdit?)null));
        edited.Fields.ShouldBe(["0803"]);
    }

    [Fact]
    public void An_approved_expert_s_edit_waits_for_the_bureau_and_approving_applies_it()
    {
        var approved = new ExpertProfile(_expert.UserId, "王教授", null, ["0401"], [], "副教授");

        var proposed = ExpertPool.Propose(approved, _expert, Edit("教授", "0803"), Given.Now);

        (proposed.Fields, proposed.Title, proposed.Standing).ShouldBe((approved.Fields, "副教授", ExpertStanding.Approved));
        proposed.Proposed.ShouldBe(new ExpertProfileEdit(["0803"], [Former], "教授", Given.Now), new EditComparer());
        ExpertPool.Approve(proposed, out var applied).ShouldBeNull();
        (applied.Title, applied.Proposed, applied.Standing).ShouldBe(("教授", (ExpertProfileEdit?)null, ExpertStanding.Approved));
        applied.Fields.ShouldBe(["0803"]);
        applied.DeclaredConflicts.ShouldBe([Former]);
    }

    [Fact]
    public void The_bureau_approves_a_registration_and_refuses_when_there_is_nothing_to_approve()
    {
        ExpertPool.Approve(ExpertPool.Propose(null, _expert, Edit(), Given.Now), out var approved).ShouldBeNull();
        approved.Standing.ShouldBe(ExpertStanding.Approved);
        ExpertPool.RequireApproved(approved).ShouldBeNull();

        ExpertPool.Approve(approved, out _).ShouldNotBeNull().Code.ShouldBe("nothing-to-approve");
    }

    [Fact]
    public void The_bureau_s_registration_is_approved_and_supersedes_a_proposal()
    {
        var entry = new ExpertRegistrationRequest(["0401", "0401"], " 正高级工程师 ", Guid.CreateVersion7(), [Former]);

        var registered = ExpertPool.Register(_expert.UserId, "王总工", entry);

        registered.ShouldBe(new ExpertProfile(_expert.UserId, "王总工", entry.OrganisationId, registered.Fields, registered.DeclaredConflicts, "正高级工程师"));
        registered.Fields.ShouldBe(["0401"]);
        (registered.Standing, registered.Proposed).ShouldBe((ExpertStanding.Approved, (ExpertProfileEdit?)null));
    }

    [Fact]
    public void Only_the_city_bureau_keeps_the_pool()
    {
        ExpertPool.CityBureauOnly(Actors.CityBureau()).ShouldBeNull();
        ExpertPool.CityBureauOnly(Actors.Bureau(Given.District)).ShouldNotBeNull().Kind.ShouldBe(ErrorKind.Forbidden);
        ExpertPool.CityBureauOnly(_expert).ShouldNotBeNull().Kind.ShouldBe(ErrorKind.Forbidden);
    }

    /// <summary>Records holding lists compare by reference; an edit is compared by what it says.</summary>
    private sealed class EditComparer : IEqualityComparer<ExpertProfileEdit?>
    {
        public bool Equals(ExpertProfileEdit? x, ExpertProfileEdit? y) =>
            x is not null && y is not null && x.Fields.SequenceEqual(y.Fields) && x.DeclaredConflicts.SequenceEqual(y.DeclaredConflicts)
            && x.Title == y.Title && x.ProposedAt == y.ProposedAt;

        public int GetHashCode(ExpertProfileEdit? obj) => 0;
    }
}
