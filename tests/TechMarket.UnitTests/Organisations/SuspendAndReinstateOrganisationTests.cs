using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Organisations;

public class SuspendAndReinstateOrganisationTests
{
    private readonly Organisation _approved = Given.Organisation(status: OrganisationStatus.Approved);

    [Fact]
    public void The_district_officer_suspends_an_approved_organisation_with_a_reason()
    {
        var officer = Actors.Bureau(Given.District);

        var suspended = SuspendOrganisation.Decide(_approved, new SuspendOrganisation("  营业执照已吊销 ", officer, Given.Now)).ShouldEmitSingle<OrganisationSuspended>();

        suspended.ShouldBe(new OrganisationSuspended(_approved.Id, "营业执照已吊销", officer.UserId, Given.Now));
        var organisation = Organisation.Evolve(_approved, suspended)!;
        organisation.Status.ShouldBe(OrganisationStatus.Suspended);
        organisation.IsApproved.ShouldBeFalse();
        organisation.SuspensionReason.ShouldBe("营业执照已吊销");
    }

    [Fact]
    public void The_district_officer_reinstates_a_suspended_organisation()
    {
        var suspended = Given.Organisation(status: OrganisationStatus.Suspended);
        var officer = Actors.Bureau(Given.District);

        var reinstated = ReinstateOrganisation.Decide(suspended, new ReinstateOrganisation(officer, Given.Now)).ShouldEmitSingle<OrganisationReinstated>();

        reinstated.ShouldBe(new OrganisationReinstated(suspended.Id, officer.UserId, Given.Now));
        var organisation = Organisation.Evolve(suspended, reinstated)!;
        organisation.IsApproved.ShouldBeTrue();
        organisation.SuspensionReason.ShouldBeNull();
    }

    [Fact]
    public void A_city_wide_officer_suspends_in_any_district()
    {
        var elsewhere = Given.Organisation(status: OrganisationStatus.Approved, district: Given.OtherDistrict);

        SuspendOrganisation.Decide(elsewhere, new SuspendOrganisation("Fraud", Actors.CityBureau(), Given.Now)).ShouldEmitSingle<OrganisationSuspended>();
    }

    [Fact]
    public void An_officer_of_another_district_may_neither_suspend_nor_reinstate()
    {
        var officer = Actors.Bureau(Given.OtherDistrict);

        SuspendOrganisation.Decide(_approved, new SuspendOrganisation("Fraud", officer, Given.Now)).ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        ReinstateOrganisation.Decide(Given.Organisation(status: OrganisationStatus.Suspended), new ReinstateOrganisation(officer, Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void An_organisation_may_not_suspend_or_reinstate_itself()
    {
        SuspendOrganisation.Decide(_approved, new SuspendOrganisation("Fraud", Actors.Enterprise(_approved.Id), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
        var suspended = Given.Organisation(status: OrganisationStatus.Suspended);
        ReinstateOrganisation.Decide(suspended, new ReinstateOrganisation(Actors.Enterprise(suspended.Id), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(OrganisationStatus.Pending, "Only an approved organisation can be suspended; this one is pending.")]
    [InlineData(OrganisationStatus.Rejected, "Only an approved organisation can be suspended; this one is rejected.")]
    [InlineData(OrganisationStatus.Suspended, "Only an approved organisation can be suspended; this one is suspended.")]
    public void Only_an_approved_organisation_can_be_suspended(OrganisationStatus status, string detail)
    {
        SuspendOrganisation.Decide(Given.Organisation(status: status), new SuspendOrganisation("Fraud", Actors.CityBureau(), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "not-approved").Detail.ShouldBe(detail);
    }

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Approved)]
    [InlineData(OrganisationStatus.Rejected)]
    public void Only_a_suspended_organisation_can_be_reinstated(OrganisationStatus status)
    {
        ReinstateOrganisation.Decide(Given.Organisation(status: status), new ReinstateOrganisation(Actors.CityBureau(), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "not-suspended");
    }

    [Fact]
    public void A_suspended_organisation_cannot_be_approved_again_by_the_registration_decision()
    {
        ApproveOrganisation.Decide(Given.Organisation(status: OrganisationStatus.Suspended), new ApproveOrganisation(Actors.CityBureau(), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "already-decided");
    }
}
