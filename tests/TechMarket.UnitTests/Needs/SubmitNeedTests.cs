using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class SubmitNeedTests
{
    /// <summary>A user of an approved organisation that has nothing to do with this.</summary>
    private static readonly Actor Outsider = Actors.Enterprise(Guid.CreateVersion7());

    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void The_owner_submits_its_draft_to_the_bureau()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);
        var user = Actors.Enterprise(_enterprise);

        var submitted = SubmitNeed.Decide(need, new SubmitNeed(user, Given.Now, Own: Given.ApprovedOf(user))).ShouldEmitSingle<NeedSubmitted>();

        submitted.ShouldBe(new NeedSubmitted(need.Id, user.UserId, Given.Now, null, OrganisationKind.Enterprise));
        Need.Evolve(need, submitted)!.Status.ShouldBe(NeedStatus.Submitted);
    }

    [Theory]
    [InlineData(NeedStatus.Submitted, "A need that is submitted cannot be submitted.")]
    [InlineData(NeedStatus.Accepted, "A need that is accepted cannot be submitted.")]
    [InlineData(NeedStatus.Rejected, "A need that is rejected cannot be submitted.")]
    [InlineData(NeedStatus.Withdrawn, "A need that is withdrawn cannot be submitted.")]
    public void Only_a_draft_can_be_submitted(NeedStatus status, string detail)
    {
        var need = Given.Need(status, _enterprise);

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe(detail);
    }

    [Fact]
    public void Another_enterprise_may_not_submit_the_need()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);

        SubmitNeed.Decide(need, new SubmitNeed(Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }

    [Fact]
    public void The_bureau_may_not_submit_on_the_enterprise_s_behalf()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }

    [Fact]
    public void A_need_due_tomorrow_in_China_can_be_submitted()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise, content: Given.Content(Given.TodayInChina.AddDays(1)));

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise)))).ShouldEmitSingle<NeedSubmitted>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-365)]
    public void A_need_whose_desired_delivery_is_today_or_earlier_is_refused(int daysFromToday)
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise, content: Given.Content(Given.TodayInChina.AddDays(daysFromToday)));

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))))
            .ShouldBeRefused(ErrorKind.Conflict, "delivery-date-passed");
    }

    [Fact]
    public void Today_is_China_s_date_even_while_it_is_still_yesterday_in_UTC()
    {
        // 16:30 UTC on the 24th is 00:30 on the 25th in China: a need due on the 25th is already due.
        var justAfterMidnightInChina = new DateTimeOffset(2026, 11, 24, 16, 30, 0, TimeSpan.Zero);
        var need = Given.Need(NeedStatus.Draft, _enterprise, content: Given.Content(new DateOnly(2026, 11, 25)));

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Enterprise(_enterprise), justAfterMidnightInChina, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))))
            .ShouldBeRefused(ErrorKind.Conflict, "delivery-date-passed");
    }

    [Fact]
    public void A_need_due_tomorrow_can_be_submitted_until_midnight_China_time()
    {
        var lastSecondOfTheDayInChina = new DateTimeOffset(2026, 11, 24, 15, 59, 59, TimeSpan.Zero);
        var need = Given.Need(NeedStatus.Draft, _enterprise, content: Given.Content(new DateOnly(2026, 11, 25)));

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Enterprise(_enterprise), lastSecondOfTheDayInChina, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise)))).ShouldEmitSingle<NeedSubmitted>();
    }

    [Fact]
    public void The_status_is_checked_before_the_delivery_date()
    {
        var need = Given.Need(NeedStatus.Accepted, _enterprise, content: Given.Content(Given.TodayInChina.AddDays(-1)));

        SubmitNeed.Decide(need, new SubmitNeed(Actors.Enterprise(_enterprise), Given.Now, Own: Given.ApprovedOf(Actors.Enterprise(_enterprise))))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition");
    }

    [Fact]
    public void Ownership_is_checked_before_the_delivery_date()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise, content: Given.Content(Given.TodayInChina));

        SubmitNeed.Decide(need, new SubmitNeed(Outsider, Given.Now, Own: Given.ApprovedOf(Outsider)))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-owner");
    }
}
