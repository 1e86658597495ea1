using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class RejectNeedTests
{
    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void The_district_officer_rejects_a_submitted_need_with_a_reason()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);
        var officer = Actors.Bureau(Given.District);

        var rejected = RejectNeed.Decide(need, new RejectNeed("  Budget range is unrealistic  ", officer, Given.Now)).ShouldEmitSingle<NeedRejected>();

        rejected.ShouldBe(new NeedRejected(need.Id, "Budget range is unrealistic", officer.UserId, Given.Now));
        Need.Evolve(need, rejected)!.ShouldBe(need with { Status = NeedStatus.Rejected });
    }

    [Fact]
    public void A_city_wide_officer_rejects_a_need_of_any_district()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise, Given.OtherDistrict);

        RejectNeed.Decide(need, new RejectNeed("Out of scope", Actors.CityBureau(), Given.Now)).ShouldEmitSingle<NeedRejected>();
    }

    [Fact]
    public void An_officer_of_another_district_may_not_reject()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        RejectNeed.Decide(need, new RejectNeed("Out of scope", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void The_enterprise_may_not_reject_its_own_need()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        RejectNeed.Decide(need, new RejectNeed("Changed our minds", Actors.Enterprise(_enterprise), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(NeedStatus.Draft, "A need that is a draft cannot be rejected.")]
    [InlineData(NeedStatus.Accepted, "A need that is accepted cannot be rejected.")]
    [InlineData(NeedStatus.Rejected, "A need that is rejected cannot be rejected.")]
    [InlineData(NeedStatus.Withdrawn, "A need that is withdrawn cannot be rejected.")]
    public void Only_a_submitted_need_can_be_rejected(NeedStatus status, string detail)
    {
        var need = Given.Need(status, _enterprise);

        RejectNeed.Decide(need, new RejectNeed("Out of scope", Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe(detail);
    }

    [Fact]
    public void Jurisdiction_is_checked_before_the_status()
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise);

        RejectNeed.Decide(need, new RejectNeed("Out of scope", Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("x", false)]
    [InlineData("太贵", true)]
    public void The_reason_is_required(string reason, bool valid)
    {
        new RejectNeedValidator().Validate(new RejectNeedRequest(reason)).IsValid.ShouldBe(valid);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void The_reason_is_at_most_500_characters(int length, bool valid)
    {
        new RejectNeedValidator().Validate(new RejectNeedRequest(new string('因', length))).IsValid.ShouldBe(valid);
    }
}
