using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

public class AcceptNeedTests
{
    private static readonly AcceptNeedRequest AsItIs = new(null, null);

    /// <summary>The command the endpoint sends for a request as a client writes it.</summary>
    private static AcceptNeed Accept(AcceptNeedRequest request, Actor officer, DateTimeOffset now) =>
        new(request.RefinedTitle, request.RefinedField, officer, now);

    private readonly Guid _enterprise = Guid.CreateVersion7();

    [Fact]
    public void The_district_officer_accepts_a_submitted_need_as_it_is()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);
        var officer = Actors.Bureau(Given.District);

        var accepted = AcceptNeed.Decide(need, Accept(AsItIs, officer, Given.Now)).ShouldEmitSingle<NeedAccepted>();

        accepted.ShouldBe(new NeedAccepted(need.Id, need.Content.Title, need.Content.Field, officer.UserId, Given.Now));
        Need.Evolve(need, accepted)!.ShouldBe(need with { Status = NeedStatus.Accepted });
    }

    [Fact]
    public void The_officer_refines_the_title_and_field_when_accepting()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);
        var request = new AcceptNeedRequest("  Seawater desalination membrane (refined)  ", "0107");

        var decision = AcceptNeed.Decide(need, Accept(request, Actors.Bureau(Given.District), Given.Now));
        var accepted = decision.Events.OfType<NeedAccepted>().Single();
        var refined = decision.Events.Cast<NeedEvent>().Aggregate(need, (state, e) => Need.Evolve(state, e)!);

        accepted.Title.ShouldBe("Seawater desalination membrane (refined)");
        accepted.Field.ShouldBe("0107");
        refined.Content.ShouldBe(need.Content with { Title = "Seawater desalination membrane (refined)", Field = "0107" });
    }

    [Fact]
    public void Refining_only_the_field_keeps_the_enterprise_s_title()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        var accepted = AcceptNeed.Decide(need, Accept(new AcceptNeedRequest(null, "02"), Actors.Bureau(Given.District), Given.Now))
            .Events.OfType<NeedAccepted>().Single();

        accepted.Title.ShouldBe(need.Content.Title);
        accepted.Field.ShouldBe("02");
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    public void A_blank_refined_title_keeps_the_enterprise_s_title(string blank)
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        AcceptNeed.Decide(need, Accept(new AcceptNeedRequest(blank, null), Actors.Bureau(Given.District), Given.Now))
            .ShouldEmitSingle<NeedAccepted>().Title.ShouldBe(need.Content.Title);
    }

    [Fact]
    public void A_city_wide_officer_accepts_a_need_of_any_district()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise, Given.OtherDistrict);

        AcceptNeed.Decide(need, Accept(AsItIs, Actors.CityBureau(), Given.Now)).ShouldEmitSingle<NeedAccepted>();
    }

    [Fact]
    public void An_officer_of_another_district_may_not_accept()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        AcceptNeed.Decide(need, Accept(AsItIs, Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Fact]
    public void The_enterprise_may_not_accept_its_own_need()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        AcceptNeed.Decide(need, Accept(AsItIs, Actors.Enterprise(_enterprise), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(Given.District)]
    [InlineData("city")]
    public void A_jurisdiction_without_the_bureau_role_covers_nothing(string jurisdiction)
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        AcceptNeed.Decide(need, Accept(AsItIs, Actors.User(Roles.Expert, null, jurisdiction), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(NeedStatus.Draft, "A need that is a draft cannot be accepted.")]
    [InlineData(NeedStatus.Accepted, "A need that is accepted cannot be accepted.")]
    [InlineData(NeedStatus.Rejected, "A need that is rejected cannot be accepted.")]
    [InlineData(NeedStatus.Withdrawn, "A need that is withdrawn cannot be accepted.")]
    public void Only_a_submitted_need_can_be_accepted(NeedStatus status, string detail)
    {
        var need = Given.Need(status, _enterprise);

        AcceptNeed.Decide(need, Accept(AsItIs, Actors.Bureau(Given.District), Given.Now))
            .ShouldBeRefused(ErrorKind.Conflict, "invalid-transition").Detail.ShouldBe(detail);
    }

    [Fact]
    public void Jurisdiction_is_checked_before_the_status()
    {
        var need = Given.Need(NeedStatus.Draft, _enterprise);

        AcceptNeed.Decide(need, Accept(AsItIs, Actors.Bureau(Given.OtherDistrict), Given.Now))
            .ShouldBeRefused(ErrorKind.Forbidden, "outside-jurisdiction");
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Refined", "0101", true)]
    [InlineData("Abc", null, false)]
    [InlineData(null, "99", false)]
    [InlineData(null, "", false)]
    public void The_refinement_must_be_a_real_title_and_a_known_field(string? title, string? field, bool valid)
    {
        var validator = new AcceptNeedValidator(Catalog.Real);

        validator.Validate(new AcceptNeedRequest(title, field)).IsValid.ShouldBe(valid);
    }

    [Fact]
    public void Each_part_the_bureau_rewrites_is_recorded_before_and_after()
    {
        var history = Given.NeedHistory(NeedStatus.Submitted, _enterprise);
        var need = Given.Need(history);
        var officer = Actors.Bureau(Given.District);
        var refinement = new NeedRefinement(
            Description: "  通量不低于 40 LMH，脱盐率不低于 99.5%，运行 2000 小时通量衰减小于 10%。  ", Indicators: "通量≥40LMH；脱盐率≥99.5%",
            BudgetMin: 900_000m, BudgetMax: need.Content.BudgetMax);

        var decision = AcceptNeed.Decide(need, new AcceptNeed(null, null, officer, Given.Now, refinement));

        decision.Events.Count.ShouldBe(2);
        decision.Events[0].ShouldBe(new NeedAccepted(need.Id, need.Content.Title, need.Content.Field, officer.UserId, Given.Now));
        var refined = decision.Events[1].ShouldBeOfType<NeedRefined>();
        refined.Changes.ShouldBe([
            new NeedChange("description", need.Content.Description, "通量不低于 40 LMH，脱盐率不低于 99.5%，运行 2000 小时通量衰减小于 10%。"),
            new NeedChange("indicators", null, "通量≥40LMH；脱盐率≥99.5%"),
            new NeedChange("budgetMin", need.Content.BudgetMin.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "900000"),
        ]);
        var details = Given.Details([.. history, .. decision.Events.Cast<NeedEvent>()]);
        (details.Description, details.Indicators, details.BudgetMin).ShouldBe(
            ("通量不低于 40 LMH，脱盐率不低于 99.5%，运行 2000 小时通量衰减小于 10%。", "通量≥40LMH；脱盐率≥99.5%", 900_000m));
        details.Refinements.Select(r => (r.Part, r.At)).ShouldBe([("description", Given.Now), ("indicators", Given.Now), ("budgetMin", Given.Now)]);
    }

    [Fact]
    public void A_refined_budget_range_must_stay_a_range()
    {
        var need = Given.Need(NeedStatus.Submitted, _enterprise);

        AcceptNeed.Decide(need, new AcceptNeed(null, null, Actors.Bureau(Given.District), Given.Now, new NeedRefinement(BudgetMin: need.Content.BudgetMax + 1)))
            .ShouldBeRefused(ErrorKind.Invalid, "validation");
    }
}
