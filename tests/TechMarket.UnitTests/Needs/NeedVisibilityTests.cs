using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class NeedVisibilityTests
{
    private readonly Guid _enterprise = Guid.CreateVersion7();

    public static TheoryData<NeedStatus> AllStatuses => new(Enum.GetValues<NeedStatus>());

    public static TheoryData<NeedStatus> AfterSubmission => new(NeedStatus.Submitted, NeedStatus.Accepted, NeedStatus.Rejected, NeedStatus.Withdrawn);

    public static TheoryData<NeedStatus> Unlisted => new(NeedStatus.Draft, NeedStatus.Submitted, NeedStatus.Rejected, NeedStatus.Withdrawn);

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void The_owner_sees_its_need_in_full_in_every_status(NeedStatus status)
    {
        var need = Need(status);

        var view = NeedQueries.VisibleTo(need, Actors.Enterprise(_enterprise)).ShouldBeOfType<NeedView>();

        view.Status.ShouldBe(status);
        view.Description.ShouldBe(Given.Content().Description);
        view.ConfidentialDetails.ShouldBe(Given.Content().ConfidentialDetails);
    }

    [Theory]
    [MemberData(nameof(AfterSubmission))]
    public void The_district_bureau_sees_a_submitted_need_in_full(NeedStatus status)
    {
        var view = NeedQueries.VisibleTo(Need(status), Actors.Bureau(Given.District)).ShouldBeOfType<NeedView>();

        view.ConfidentialDetails.ShouldBe(Given.Content().ConfidentialDetails);
    }

    [Theory]
    [MemberData(nameof(AfterSubmission))]
    public void The_city_bureau_sees_a_submitted_need_of_any_district_in_full(NeedStatus status)
    {
        var need = Need(status, Given.OtherDistrict);

        NeedQueries.VisibleTo(need, Actors.CityBureau()).ShouldBeOfType<NeedView>();
    }

    [Fact]
    public void A_draft_is_invisible_to_the_bureau()
    {
        NeedQueries.VisibleTo(Need(NeedStatus.Draft), Actors.Bureau(Given.District)).ShouldBeNull();
        NeedQueries.VisibleTo(Need(NeedStatus.Draft), Actors.CityBureau()).ShouldBeNull();
    }

    [Fact]
    public void Another_enterprise_sees_only_the_public_summary_of_an_accepted_need()
    {
        var need = Need(NeedStatus.Accepted);

        var summary = NeedQueries.VisibleTo(need, Actors.Enterprise(Guid.CreateVersion7())).ShouldBeOfType<NeedSummary>();

        summary.ShouldBe(new NeedSummary(
            need.Id, _enterprise, need.OrganisationName, Given.District, NeedStatus.Accepted, "Refined membrane title", "0102",
            need.BudgetMin, need.BudgetMax, need.DesiredDelivery, Given.Content().PublicSummary, need.AcceptedAt));
    }

    [Theory]
    [InlineData(nameof(NeedView.Description))]
    [InlineData(nameof(NeedView.ConfidentialDetails))]
    [InlineData(nameof(NeedView.OriginalTitle))]
    [InlineData(nameof(NeedView.RejectionReason))]
    [InlineData(nameof(NeedView.WithdrawalReason))]
    public void The_public_summary_carries_nothing_private(string property)
    {
        typeof(NeedView).GetProperty(property).ShouldNotBeNull();
        typeof(NeedSummary).GetProperty(property).ShouldBeNull();
    }

    [Fact]
    public void An_officer_of_another_district_sees_an_accepted_need_like_everyone_else()
    {
        NeedQueries.VisibleTo(Need(NeedStatus.Accepted), Actors.Bureau(Given.OtherDistrict)).ShouldBeOfType<NeedSummary>();
    }

    [Theory]
    [MemberData(nameof(Unlisted))]
    public void Another_enterprise_cannot_see_a_need_that_is_not_listed(NeedStatus status)
    {
        NeedQueries.VisibleTo(Need(status), Actors.Enterprise(Guid.CreateVersion7())).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Unlisted))]
    public void An_officer_of_another_district_cannot_see_a_need_that_is_not_listed(NeedStatus status)
    {
        NeedQueries.VisibleTo(Need(status), Actors.Bureau(Given.OtherDistrict)).ShouldBeNull();
    }

    private NeedDetails Need(NeedStatus status, string district = Given.District) =>
        Given.Details(Given.NeedHistory(status, _enterprise, district));
}
