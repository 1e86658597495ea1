using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Profiles;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Profiles;

public class SaveProfileTests
{
    private static readonly ProfileContent University = new(
        "材料与机械学科面向本地产业开展成果转化。", ["0401"],
        [new Strength(" 材料科学与工程 ", "正极材料包覆改性")], [new Team("新能源材料团队", "陈志远", "高镍正极材料")], []);

    private static SaveProfile Save(Organisation organisation, ProfileContent content, Actor? actor = null, DateTimeOffset? at = null) =>
        new(ProfileIds.ForOrganisation(organisation.Id), content, actor ?? Actors.University(organisation.Id), at ?? Given.Now);

    [Fact]
    public void A_university_publishes_its_strengths_and_teams_trimmed()
    {
        var organisation = Given.Organisation(OrganisationKind.University);
        var command = Save(organisation, University);

        var saved = SaveProfile.Decide(null, command, organisation).ShouldEmitSingle<ProfileSaved>();

        saved.ShouldBe(saved with { ProfileId = command.ProfileId, OrganisationId = organisation.Id, Kind = OrganisationKind.University, District = Given.District });
        saved.Content.Strengths.ShouldBe([new Strength("材料科学与工程", "正极材料包覆改性")]);
        Profile.Evolve(null, saved).ShouldBe(new Profile(command.ProfileId, organisation.Id, OrganisationKind.University, saved.Content));
    }

    [Fact]
    public void Saving_the_same_content_again_changes_nothing()
    {
        var organisation = Given.Organisation(OrganisationKind.University);
        var first = SaveProfile.Decide(null, Save(organisation, University), organisation).ShouldEmitSingle<ProfileSaved>();

        var again = SaveProfile.Decide(Profile.Evolve(null, first), Save(organisation, University, at: Given.Now.AddHours(1)), organisation);

        again.Error.ShouldBeNull();
        again.Events.ShouldBeEmpty();
    }

    [Fact]
    public void An_enterprise_lists_products_not_strengths_and_a_university_not_products()
    {
        var enterprise = Given.Organisation(OrganisationKind.Enterprise);
        var institute = Given.Organisation(OrganisationKind.Institute);
        var products = University with { Strengths = [], Teams = [], Products = [new Product("高镍三元正极材料", "NCM811")] };

        SaveProfile.Decide(null, Save(enterprise, University, Actors.Enterprise(enterprise.Id)), enterprise).ShouldBeInvalid("strengths");
        SaveProfile.Decide(null, Save(institute, products), institute).ShouldBeInvalid("products");
        SaveProfile.Decide(null, Save(enterprise, products, Actors.Enterprise(enterprise.Id)), enterprise).ShouldEmitSingle<ProfileSaved>();
    }

    [Fact]
    public void Only_the_organisation_s_own_approved_users_publish_its_profile()
    {
        var organisation = Given.Organisation(OrganisationKind.University);
        var pending = Given.Organisation(OrganisationKind.University, OrganisationStatus.Pending);

        SaveProfile.Decide(null, Save(organisation, University, Actors.University(Guid.CreateVersion7())), organisation)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-your-organisation");
        SaveProfile.Decide(null, Save(pending, University), pending).ShouldBeRefused(ErrorKind.Conflict, "organisation-not-approved");
    }

    [Fact]
    public void A_suspended_organisation_publishes_no_profile_until_it_is_reinstated()
    {
        var organisation = Given.Organisation(OrganisationKind.University);

        SaveProfile.Decide(null, Save(organisation, University), organisation with { Status = OrganisationStatus.Suspended })
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-suspended");
        SaveProfile.Decide(null, Save(organisation, University), organisation).ShouldEmitSingle<ProfileSaved>();
    }

    [Fact]
    public void One_profile_per_organisation_and_one_interest_stream_per_broker_under_distinct_ids()
    {
        var owner = Guid.CreateVersion7();

        ProfileIds.ForOrganisation(owner).ShouldBe(ProfileIds.ForOrganisation(owner));
        ProfileIds.ForOrganisation(owner).ShouldNotBe(ProfileIds.ForBroker(owner));
        ProfileIds.ForOrganisation(owner).ShouldNotBe(owner); // never the organisation's own stream
    }
}
