using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Infrastructure.Identity;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Needs.Import;
using TechMarket.Server.Modules.Organisations;
using TechMarket.Server.Modules.Rounds;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

/// <summary>需求导入: the rows of a sheet become submitted needs of their posters under the rules of a need drafted and
/// submitted on the web; one bad row refuses the sheet, naming every bad row.</summary>
public class ImportNeedsTests
{
    private readonly Actor _officer = Actors.Bureau(Given.District);

    private static ImportedNeed Row(int row, Organisation poster) => new(row, Guid.CreateVersion7(), poster.CreditCode, Given.Content());

    private ImportNeeds Import(CollectionRound round, params ImportedNeed[] rows) => new(round.Id, rows, _officer, Given.Now);

    private static Dictionary<string, Organisation> Posters(params Organisation[] organisations) =>
        organisations.ToDictionary(o => o.CreditCode);

    [Fact]
    public void Each_row_becomes_a_need_of_its_poster_drafted_and_submitted_into_the_round_marked_imported_by_the_officer()
    {
        var round = Given.Round();
        var hospital = Given.Organisation(OrganisationKind.Hospital) with { CreditCode = "12330211MB2H0567X" };
        var enterprise = Given.Organisation();
        var rows = new[] { Row(2, enterprise), Row(3, hospital) };

        var events = ImportNeeds.Decide(round, Import(round, rows), Posters(enterprise, hospital)).Events;

        events.Count.ShouldBe(4);
        var drafted = events.OfType<NeedDrafted>().ToList();
        var submitted = events.OfType<NeedSubmitted>().ToList();
        drafted.Select(d => (d.NeedId, d.OrganisationId, d.By, d.Imported)).ShouldBe(
            [(rows[0].NeedId, enterprise.Id, _officer.UserId, true), (rows[1].NeedId, hospital.Id, _officer.UserId, true)]);
        submitted.Select(s => (s.NeedId, s.RoundId, s.PosterKind, s.By, s.Imported)).ShouldBe(
            [(rows[0].NeedId, round.Id, OrganisationKind.Enterprise, _officer.UserId, true), (rows[1].NeedId, round.Id, OrganisationKind.Hospital, _officer.UserId, true)]);
        var need = Given.Need(drafted[1], submitted[1]);
        (need.Status, need.OrganisationId, need.RoundId, need.PosterKind).ShouldBe((NeedStatus.Submitted, hospital.Id, round.Id, OrganisationKind.Hospital));
    }

    [Fact]
    public void A_poster_that_is_unknown_not_approved_a_university_or_of_another_district_refuses_the_sheet_naming_each_row()
    {
        var round = Given.Round();
        var good = Given.Organisation();
        var pending = Given.Organisation(status: OrganisationStatus.Pending) with { CreditCode = "91330211MA2H4K7X1" };
        var university = Given.Organisation(OrganisationKind.University) with { CreditCode = "12330200470000123" };
        var elsewhere = Given.Organisation(district: Given.OtherDistrict) with { CreditCode = "91330203MA2GQ8N52" };
        var unknown = new ImportedNeed(6, Guid.CreateVersion7(), "91330206MA2J0T3L8X", Given.Content());

        var refused = ImportNeeds.Decide(
                round, Import(round, Row(2, good), Row(3, pending), Row(4, university), Row(5, elsewhere), unknown), Posters(good, pending, university, elsewhere))
            .ShouldBeRefused(ErrorKind.Invalid, "invalid-rows");

        refused.RowErrors.ShouldNotBeNull().Select(e => (e.Row, e.Column)).ShouldBe(
            [(3, "发布单位统一社会信用代码"), (4, "发布单位统一社会信用代码"), (5, "发布单位统一社会信用代码"), (6, "发布单位统一社会信用代码")]);
        refused.RowErrors![0].Message.ShouldContain("not been approved");
        refused.RowErrors[1].Message.ShouldContain("only enterprises, institutes and hospitals");
        refused.RowErrors[2].Message.ShouldContain("another district");
        refused.RowErrors[3].Message.ShouldContain("No registered organisation");
    }

    [Fact]
    public void A_city_round_takes_needs_of_every_district()
    {
        var round = Given.Round(Jurisdictions.City);
        var elsewhere = Given.Organisation(district: Given.OtherDistrict);

        ImportNeeds.Decide(round, new ImportNeeds(round.Id, [Row(2, elsewhere)], Actors.CityBureau(), Given.Now), Posters(elsewhere))
            .Events.OfType<NeedSubmitted>().Single().RoundId.ShouldBe(round.Id);
    }

    [Fact]
    public void Only_the_bureau_that_runs_the_round_imports_into_it_and_only_while_it_is_open()
    {
        var round = Given.Round();
        var poster = Given.Organisation();
        var upcoming = Given.Round(opens: Given.TodayInChina.AddDays(1));
        var closed = Given.Round(closedEarly: true);

        ImportNeeds.Decide(round, Import(round, Row(2, poster)) with { Actor = Actors.Bureau(Given.OtherDistrict) }, Posters(poster))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
        ImportNeeds.Decide(round, Import(round, Row(2, poster)) with { Actor = Actors.CityBureau() }, Posters(poster))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
        ImportNeeds.Decide(round, Import(round, Row(2, poster)) with { Actor = Actors.Enterprise(poster.Id) }, Posters(poster))
            .ShouldBeRefused(ErrorKind.Forbidden, "not-your-round");
        ImportNeeds.Decide(null, Import(round, Row(2, poster)), Posters(poster)).ShouldBeRefused(ErrorKind.NotFound, "round-not-found");
        ImportNeeds.Decide(upcoming, Import(upcoming, Row(2, poster)), Posters(poster)).ShouldBeRefused(ErrorKind.Conflict, "round-not-open");
        ImportNeeds.Decide(closed, Import(closed, Row(2, poster)), Posters(poster)).ShouldBeRefused(ErrorKind.Conflict, "round-closed");
    }
}
