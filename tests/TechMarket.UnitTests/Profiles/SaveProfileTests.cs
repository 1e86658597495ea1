using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Profiles;

public class SaveProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Organisation Approved(OrganisationKind kind) =>
        new(Guid.CreateVersion7(), "甬城大学", kind, "330205", "12330200470000123", OrganisationStatus.Approved, null, Now, Now);

    private static readonly ProfileContent University = new(
        "材料与机械学科面向本地产业开展成果转化。", ["0401"],
        [new Strength(" 材料科学与工程 ", "正极材料包覆改性")], [new Team("新能源材料团队", "陈志远", "高镍正极材料")], []);

    [Fact]
    public void A_university_publishes_its_strengths_and_teams_trimmed()
    {
        var organisation = Approved(OrganisationKind.University);
        var actor = Actors.University(organisation.Id);
        var id = ProfileIds.ForOrganisation(organisation.Id);

        var saved = SaveProfileOperation.Decide(null, new SaveProfile(id, University, actor, Now), organisation).ShouldEmitSingle<ProfileSaved>();

        saved.ShouldBe(saved with { ProfileId = id, OrganisationId = organisation.Id, Kind = OrganisationKind.University, District = "330205" });
        saved.Content.Strengths.ShouldBe([new Strength("材料科学与工程", "正极材料包覆改性")]);
        Profile.Evolve(null, saved).ShouldBe(new Profile(id, organisation.Id, OrganisationKind.University, saved.Content));
    }

    [Fact]
    public void Saving_the_same_content_again_changes_nothing()
    {
        var organisation = Approved(OrganisationKind.University);
        var actor = Actors.University(organisation.Id);
        var id = ProfileIds.ForOrganisation(organisation.Id);
        var first = SaveProfileOperation.Decide(null, new SaveProfile(id, University, actor, Now), organisation).ShouldEmitSingle<ProfileSaved>();
        var state = Profile.Evolve(null, first);

        var again = SaveProfileOperation.Decide(state, new SaveProfile(id, University, actor, Now.AddHours(1)), organisation);

        again.Error.ShouldBeNull();
        again.Events.ShouldBeEmpty();
    }

    [Fact]
    public void An_enterprise_lists_products_not_strengths_and_a_university_not_products()
    {
        var enterprise = Approved(OrganisationKind.Enterprise);
        var university = Approved(OrganisationKind.Institute);
        var products = University with { Strengths = [], Teams = [], Products = [new Product("高镍三元正极材料", "NCM811")] };

        SaveProfileOperation.Decide(null, new SaveProfile(Guid.NewGuid(), University, Actors.Enterprise(enterprise.Id), Now), enterprise).ShouldBeInvalid("strengths");
        SaveProfileOperation.Decide(null, new SaveProfile(Guid.NewGuid(), products, Actors.University(university.Id), Now), university).ShouldBeInvalid("products");
        SaveProfileOperation.Decide(null, new SaveProfile(Guid.NewGuid(), products, Actors.Enterprise(enterprise.Id), Now), enterprise).ShouldEmitSingle<ProfileSaved>();
    }

    [Fact]
    public void Only_the_organisation_s_own_approved_users_publish_its_profile()
    {
        var organisation = Approved(OrganisationKind.University);
        var pending = organisation with { Status = OrganisationStatus.Pending };

        SaveProfileOperation.Decide(null, new SaveProfile(Guid.NewGuid(), University, Actors.University(Guid.NewGuid()), Now), organisation)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-your-organisation");
        SaveProfileOperation.Decide(null, new SaveProfile(Guid.NewGuid(), University, Actors.University(organisation.Id), Now), pending)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-not-approved");
    }

    [Fact]
    public void One_profile_per_organisation_and_one_interest_stream_per_broker_under_distinct_ids()
    {
        var owner = Guid.CreateVersion7();

        ProfileIds.ForOrganisation(owner).ShouldBe(ProfileIds.ForOrganisation(owner));
        ProfileIds.ForOrganisation(owner).ShouldNotBe(ProfileIds.ForBroker(owner));
        ProfileIds.ForOrganisation(owner).ShouldNotBe(owner); // never the organisation's own stream
        ProfileIds.ForOrganisation(owner).Version.ShouldBe(8);
    }
}
