using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Organisations;

public class ApproveAndRejectOrganisationTests
{
    private readonly Organisation _pending = Given.Organisation(status: OrganisationStatus.Pending);

    [Fact]
    public void The_district_officer_approves_a_pending_registration()
    {
        var officer = Actors.Bureau(Given.District);

        var approved = ApproveOrganisation.Decide(_pending, new ApproveOrganisation(officer, Given.Now)).ShouldEmitSingle<OrganisationApproved>();

        approved.ShouldBe(new OrganisationApproved(_pending.Id, officer.UserId, Given.Now));
        var organisation = Organisation.Evolve(_pending, approved)!;
        organisation.IsApproved.ShouldBeTrue();
        organisation.DecidedAt.ShouldBe(Given.Now);
    }

    [Fact]
    public void The_district_officer_rejects_a_pending_registration_with_a_reason()
    {
        var officer = Actors.Bureau(Given.District);

        var rejected = RejectOrganisation.Decide(_pending, new RejectOrganisation("  Credit code belongs to another company ", officer, Given.Now))
            .ShouldEmitSingle<OrganisationRejected>();

        rejected.ShouldBe(new OrganisationRejected(_pending.Id, "Credit code belongs to another company", officer.UserId, Given.Now));
        var organisation = Organisation.Evolve(_pending, rejected)!;
        organisation.Status.ShouldBe(OrganisationStatus.Rejected);
        organisation.IsApproved.ShouldBeFalse();
        organisation.RejectionReason.ShouldBe("Credit code belongs to another company");
    }

    [Fact]
    public void A_city_wide_officer_decides_registrations_of_any_district()
    {
        var elsewhere = Given.Organisation(status: OrganisationStatus.Pending, district: Given.OtherDistrict);

        ApproveOrganisation.Decide(elsewhere, new ApproveOrganisation(Actors.CityBureau(), Given.Now)).ShouldEmitSingle<OrganisationApproved>();
        RejectOrganisation.Decide(elsewhere, new RejectOrganisation("Duplicate", Actors.CityBureau(), Given.Now)).ShouldEmitSingle<OrganisationRejected>();
    }

    [Fact]
    public void An_officer_of_another_district_may_not_approve()
    {
        ApproveOrganisation.Decide(_pending, new ApproveOrganisation(Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void An_officer_of_another_district_may_not_reject()
    {
        RejectOrganisation.Decide(_pending, new RejectOrganisation("Duplicate", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void An_organisation_may_not_approve_itself()
    {
        ApproveOrganisation.Decide(_pending, new ApproveOrganisation(Actors.Enterprise(_pending.Id), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(OrganisationStatus.Approved, "The registration was already approved.")]
    [InlineData(OrganisationStatus.Rejected, "The registration was already rejected.")]
    public void A_decided_registration_cannot_be_approved(OrganisationStatus status, string detail)
    {
        var decided = Given.Organisation(status: status);

        ApproveOrganisation.Decide(decided, new ApproveOrganisation(Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "already-decided").Detail.ShouldBe(detail);
    }

    [Theory]
    [InlineData(OrganisationStatus.Approved)]
    [InlineData(OrganisationStatus.Rejected)]
    public void A_decided_registration_cannot_be_rejected(OrganisationStatus status)
    {
        var decided = Given.Organisation(status: status);

        RejectOrganisation.Decide(decided, new RejectOrganisation("Second thoughts", Actors.CityBureau(), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "already-decided");
    }

    [Fact]
    public void Jurisdiction_is_checked_before_the_status()
    {
        var decided = Given.Organisation(status: OrganisationStatus.Approved);

        RejectOrganisation.Decide(decided, new RejectOrganisation("Second thoughts", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(OrganisationKind.Enterprise, "Enterprise")]
    [InlineData(OrganisationKind.University, "University")]
    [InlineData(OrganisationKind.Institute, "University")]
    public void An_organisation_s_users_get_the_role_of_its_kind(OrganisationKind kind, string role)
    {
        Organisation.RoleFor(kind).ShouldBe(role);
    }
}
