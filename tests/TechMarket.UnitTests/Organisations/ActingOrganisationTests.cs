using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Organisations;

/// <summary>The one rule every command taken for an organisation applies: one code and one message for "your organisation
/// is suspended", another for "the other party is", and "not approved" kept for one that never was.</summary>
public class ActingOrganisationTests
{
    [Fact]
    public void A_suspended_organisation_is_refused_with_one_code_and_one_message()
    {
        var suspended = Given.Organisation(status: OrganisationStatus.Suspended);

        var refusal = ActingOrganisation.Refusal(Actors.Enterprise(suspended.Id), suspended).ShouldNotBeNull();

        (refusal.Kind, refusal.Code).ShouldBe((ErrorKind.Conflict, "organisation-suspended"));
        refusal.Detail.ShouldBe("Your organisation is suspended by its bureau; it can do nothing on the platform until it is reinstated.");
        ActingOrganisation.Approved(suspended).ShouldBe(refusal);
    }

    [Theory]
    [InlineData(OrganisationStatus.Approved)]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    public void Only_a_suspension_is_refused_by_the_rule(OrganisationStatus status)
    {
        var organisation = Given.Organisation(status: status);

        ActingOrganisation.Refusal(Actors.Enterprise(organisation.Id), organisation).ShouldBeNull();
    }

    [Theory]
    [InlineData(OrganisationStatus.Pending)]
    [InlineData(OrganisationStatus.Rejected)]
    public void One_never_approved_stays_not_approved(OrganisationStatus status) =>
        ActingOrganisation.Approved(Given.Organisation(status: status)).ShouldNotBeNull().Code.ShouldBe("organisation-not-approved");

    [Fact]
    public void Where_no_organisation_acts_nothing_is_refused() =>
        ActingOrganisation.Refusal(Actors.CityBureau(), null).ShouldBeNull();

    [Fact]
    public void A_caller_whose_organisation_was_not_read_is_refused_rather_than_let_through()
    {
        var refusal = ActingOrganisation.Refusal(Actors.Enterprise(Guid.CreateVersion7()), null).ShouldNotBeNull();

        (refusal.Kind, refusal.Code).ShouldBe((ErrorKind.Conflict, "organisation-unknown"));
        ActingOrganisation.Refusal(Actors.Expert(Guid.CreateVersion7()), null).ShouldNotBeNull().Code.ShouldBe("organisation-unknown");
    }

    [Fact]
    public void Other_parties_are_each_read_and_none_may_be_suspended_the_caller_s_own_aside()
    {
        var (own, other) = (Given.Organisation(), Given.Organisation());
        var actor = Actors.Enterprise(own.Id);
        Guid[] parties = [own.Id, other.Id];
        var suspended = other with { Status = OrganisationStatus.Suspended };

        ActingOrganisation.PartiesRefusal(actor, parties, [own, other]).ShouldBeNull();
        ActingOrganisation.PartiesRefusal(actor, parties, [own with { Status = OrganisationStatus.Suspended }, other]).ShouldBeNull();
        var refusal = ActingOrganisation.PartiesRefusal(actor, parties, [own, suspended]).ShouldNotBeNull();
        (refusal.Code, refusal.Detail.Contains(other.Name, StringComparison.Ordinal)).ShouldBe(("party-suspended", false));
        ActingOrganisation.PartiesRefusal(actor, parties, [own]).ShouldNotBeNull().Code.ShouldBe("party-unknown");
        ActingOrganisation.PartiesRefusal(actor, parties, null).ShouldNotBeNull().Code.ShouldBe("party-unknown");
    }

    [Fact]
    public void Another_organisation_s_read_is_refused_rather_than_decided_on()
    {
        var other = Given.Organisation(status: OrganisationStatus.Approved);

        ActingOrganisation.Refusal(Actors.Enterprise(Guid.CreateVersion7()), other).ShouldNotBeNull().Code.ShouldBe("organisation-unknown");
    }

    [Fact]
    public void Another_party_suspended_is_named_as_the_reason_without_its_data()
    {
        var party = Given.Organisation(status: OrganisationStatus.Suspended);

        var refusal = ActingOrganisation.PartyRefusal(party).ShouldNotBeNull();

        (refusal.Kind, refusal.Code).ShouldBe((ErrorKind.Conflict, "party-suspended"));
        refusal.Detail.ShouldNotContain(party.Name);
        ActingOrganisation.PartyRefusal(Given.Organisation()).ShouldBeNull();
    }
}
