using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class DraftNeedTests
{
    private readonly Guid _needId = Guid.CreateVersion7();

    [Fact]
    public void A_user_of_an_approved_enterprise_drafts_a_need_for_it()
    {
        var enterprise = Given.Organisation();
        var user = Actors.Enterprise(enterprise.Id);
        var content = Given.Content();

        var drafted = DraftNeed.Decide(new DraftNeed(_needId, content, user, Given.Now), enterprise).ShouldEmitSingle<NeedDrafted>();

        drafted.ShouldBe(new NeedDrafted(_needId, enterprise.Id, enterprise.Name, enterprise.District, content, user.UserId, Given.Now));
    }

    [Fact]
    public void The_drafted_content_is_trimmed()
    {
        var enterprise = Given.Organisation();
        var content = Given.Content() with
        {
            Title = "  Membrane  ",
            Description = "\tTen or more characters\n",
            PublicSummary = " A public summary ",
            ConfidentialDetails = "  secret numbers ",
        };

        var drafted = DraftNeed.Decide(new DraftNeed(_needId, content, Actors.Enterprise(enterprise.Id), Given.Now), enterprise)
            .ShouldEmitSingle<NeedDrafted>();

        drafted.Content.Title.ShouldBe("Membrane");
        drafted.Content.Description.ShouldBe("Ten or more characters");
        drafted.Content.PublicSummary.ShouldBe("A public summary");
        drafted.Content.ConfidentialDetails.ShouldBe("secret numbers");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_confidential_details_are_stored_as_none(string? confidential)
    {
        var enterprise = Given.Organisation();
        var content = Given.Content() with { ConfidentialDetails = confidential };

        var drafted = DraftNeed.Decide(new DraftNeed(_needId, content, Actors.Enterprise(enterprise.Id), Given.Now), enterprise)
            .ShouldEmitSingle<NeedDrafted>();

        drafted.Content.ConfidentialDetails.ShouldBeNull();
    }

    [Fact]
    public void A_university_answers_needs_and_does_not_post_them()
    {
        var organisation = Given.Organisation(OrganisationKind.University);

        DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.University(organisation.Id), Given.Now), organisation)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-need-poster");
    }

    [Theory]
    [InlineData(OrganisationKind.Institute)]
    [InlineData(OrganisationKind.Hospital)]
    public void An_institute_or_a_hospital_posts_needs_too(OrganisationKind kind)
    {
        var organisation = Given.Organisation(kind);

        var drafted = DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.University(organisation.Id), Given.Now), organisation)
            .ShouldEmitSingle<NeedDrafted>();

        drafted.OrganisationId.ShouldBe(organisation.Id);
    }

    [Fact]
    public void A_user_may_not_draft_for_another_enterprise()
    {
        var enterprise = Given.Organisation();

        DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.Enterprise(Guid.CreateVersion7()), Given.Now), enterprise)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-need-poster");
    }

    [Fact]
    public void A_user_without_an_organisation_may_not_draft()
    {
        DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.User(Roles.Enterprise, null, null), Given.Now), null)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-need-poster");
    }

    [Fact]
    public void A_bureau_officer_may_not_draft_for_an_enterprise()
    {
        var enterprise = Given.Organisation();

        DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.Bureau(enterprise.District), Given.Now), enterprise)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-need-poster");
    }

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    public void An_enterprise_whose_registration_is_not_approved_may_not_draft(OrganisationStatus status)
    {
        var enterprise = Given.Organisation(status: status);

        DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.Enterprise(enterprise.Id), Given.Now), enterprise)
            .ShouldBeRefused(ErrorKind.Conflict, "organisation-not-approved");
    }

    [Fact]
    public void Another_enterprise_learns_nothing_about_a_pending_registration()
    {
        var pending = Given.Organisation(status: OrganisationStatus.Pending);

        DraftNeed.Decide(new DraftNeed(_needId, Given.Content(), Actors.Enterprise(Guid.CreateVersion7()), Given.Now), pending)
            .ShouldBeRefused(ErrorKind.Forbidden, "not-a-need-poster");
    }
}
