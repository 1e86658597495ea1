using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class EditNeedTests
{
    /// <summary>A user of an approved organisation that has nothing to do with this.</summary>
    private static readonly Actor Outsider = Actors.Enterprise(Guid.CreateVersion7());

    private readonly Guid _enterprise = Guid.CreateVersion7();

    private static readonly NeedContent Revised = Given.Content() with { Title = "Graphene desalination membrane", Field = "0102" };

    [Fact]
    public void The_owner_edits_its_draft()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);
        var user = Actors.Enterprise(_enterprise);

        var edited = EditNeed.Decide(need, new EditNeed(Revised, user, Given.Now, Own: Given.ApprovedOf(user))).ShouldEmitSingle<NeedEdited>();

        edited.ShouldBe(new NeedEdited(need.Id, Revised, user.UserId, Given.Now));
        Need.Evolve(need, edited)!.ShouldBe(need with { Content = Revised });
    }

    [Fact]
    public void Editing_a_rejected_need_reopens_it_as_a_draft()
    {
        var need = Given.Need(NeedStatus.Rejected, _enterprise);

        var edited = EditNeed.Decide(need, new EditNeed(Revised, Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise)))).ShouldEmitSingle<NeedEdited>();
        var reopened = Need.Evolve(need, edited)!;

        reopened.Status.ShouldBe(NeedStatus.Draft);
        reopened.Content.ShouldBe(Revised);
    }

    [Fact]
    public void A_reopened_need_can_be_submitted_again()
    {
        var history = Given.NeedHistory(NeedStatus.Rejected, _enterprise);
        var user = Actors.Enterprise(_enterprise);
        var edited = EditNeed.Decide(Given.Need(history), new EditNeed(Revised, user, Given.Now, Own: Given.ApprovedOf(user))).ShouldEmitSingle<NeedEdited>();

        var reopened = Given.Need([.. history, edited]);

        SubmitNeed.Decide(reopened, new SubmitNeed(user, Given.Now, Own: Given.ApprovedOf(user))).ShouldEmitSingle<NeedSubmitted>().NeedId.ShouldBe(reopened.Id);
    }

    [Fact]
    public void The_edited_content_is_trimmed_and_blank_confidential_details_dropped()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);
        var content = Revised with { Title = "  Graphene membrane ", ConfidentialDetails = "  " };

        var edited = EditNeed.Decide(need, new EditNeed(content, Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise)))).ShouldEmitSingle<NeedEdited>();

        edited.Content.Title.ShouldBe("Graphene membrane");
        edited.Content.ConfidentialDetails.ShouldBeNull();
    }

    [Theory]
    [InlineData(NeedStatus.Submitted, "A need that is submitted cannot be edited.")]
    [InlineData(NeedStatus.Accepted, "A need that is accepted cannot be edited.")]
    [InlineData(NeedStatus.Withdrawn, "A need that is withdrawn cannot be edited.")]
    public void A_need_past_the_draft_stage_cannot_be_edited(NeedStatus status, string detail)
    {
        var need = Given.Need(status, _enterprise);

        EditNeed.Decide(need, new EditNeed(Revised, Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe(detail);
    }

    [Fact]
    public void Another_enterprise_may_not_edit_the_need()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);

        EditNeed.Decide(need, new EditNeed(Revised, Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }

    [Theory]
    [InlineData(Given.District)]
    [InlineData("city")]
    public void Even_the_covering_bureau_may_not_edit_the_need(string jurisdiction)
    {
        var need = Given.Need(NeedStatus.Rejected, _enterprise);

        EditNeed.Decide(need, new EditNeed(Revised, Actors.Bureau(jurisdiction), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }

    [Fact]
    public void Ownership_is_checked_before_the_status()
    {
        var need = Given.Need(NeedStatus.Withdrawn, _enterprise);

        EditNeed.Decide(need, new EditNeed(Revised, Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }
}
