using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Needs;
using TechMarket.Server.Modules.Needs.Import;
using TechMarket.Server.Modules.Organisations;
using TechMarket.UnitTests.Fixtures;

namespace TechMarket.UnitTests.Needs;

/// <summary>
/// Every message the import can put on a row — an unreadable cell, the need's validator, the poster and round rules —
/// is a fixed sentence the web app has in its Chinese and English dictionaries (<c>serverMessages</c>), so the errors
/// table reads in the screen's language. Each message is produced by the import's own code on a bad sheet, not listed by hand.
/// </summary>
public class ImportMessagesTests
{
    private static readonly string Code = CreditCode.Complete("91330211MA2H4K7X1");

    private static Dictionary<string, object?> Row(string title = "高镍正极材料循环寿命提升", string description = "高镍正极材料在45℃循环1000次后容量保持率仅78%。",
        object? min = null, object? max = null, object? delivery = null, string? code = null) => new()
    {
        ["需求名称"] = title, ["需求描述"] = description, ["公开摘要"] = "寻求高镍正极材料改性技术", ["技术领域"] = "0401",
        ["预算下限（元）"] = min ?? 500000m, ["预算上限（元）"] = max ?? 1200000m, ["期望交付日期"] = delivery ?? "2028-06-30",
        ["发布单位统一社会信用代码"] = code ?? Code,
    };

    /// <summary>What reading a sheet with every kind of unreadable cell says about them.</summary>
    private static IEnumerable<string> SheetMessages()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            Row(min: "五十万", max: "一百万", delivery: "明年六月"), Row(code: " "), Row(code: "12345"), Row(title: "标题\t制表符"),
        }, excelType: ExcelType.XLSX);
        workbook.Position = 0;
        // A workbook's XML cannot hold the bell character; a CSV can.
        var csv = new MemoryStream(Encoding.UTF8.GetBytes(
            "需求名称,需求描述,公开摘要,技术领域,预算下限（元）,预算上限（元）,期望交付日期,发布单位统一社会信用代码\n"
            + $"高镍正极材料循环寿命提升,\"描述里有一个响铃字符\u0007，不可接受。\",寻求高镍正极材料改性技术,0401,500000,1200000,2028-06-30,{Code}\n"));
        var read = new[] { NeedSheet.Read(workbook, SheetFormat.Xlsx), NeedSheet.Read(csv, SheetFormat.Csv) };
        read.ShouldAllBe(r => r.Problem == null);
        return read.SelectMany(r => r.Rows).SelectMany(r => r.Unreadable).Select(e => e.Message);
    }

    /// <summary>What the need's validator says, in the import's words, about every rule a row can break.</summary>
    private static IEnumerable<string> ValidatorMessages()
    {
        var validator = new NeedContentValidator(Catalog.Real, new FakeTimeProvider(Given.Now));
        NeedContent[] bad =
        [
            new(string.Empty, string.Empty, "9999", -1m, -2m, Given.TodayInChina, string.Empty, new string('密', 10_001), new string('标', 5_001)),
            new("短", "太短", "0401", 500_000m, 400_000m, Given.TodayInChina.AddYears(1), "也太短"),
        ];
        return bad.SelectMany(c => validator.Validate(c).Errors).Select(RowMessages.Of);
    }

    /// <summary>What the decision says about posters: unknown, not approved, a university, of another district.</summary>
    private static IEnumerable<string> DecisionMessages()
    {
        var round = Given.Round();
        Organisation[] posters =
        [
            Given.Organisation(status: OrganisationStatus.Pending) with { CreditCode = "91330211MA2H4K7X1" },
            Given.Organisation(OrganisationKind.University) with { CreditCode = "12330200470000123" },
            Given.Organisation(district: Given.OtherDistrict) with { CreditCode = "91330203MA2GQ8N52" },
        ];
        var rows = posters.Select(p => p.CreditCode).Append("91330206MA2J0T3L8X")
            .Select((code, i) => new ImportedNeed(i + 2, Guid.CreateVersion7(), code, Given.Content())).ToList();
        var refused = ImportNeeds.Decide(round, new ImportNeeds(round.Id, rows, Actors.Bureau(Given.District), Given.Now), posters.ToDictionary(p => p.CreditCode));
        return refused.Error.ShouldNotBeNull().RowErrors.ShouldNotBeNull().Select(e => e.Message);
    }

    [Fact]
    public void Every_row_message_the_import_can_give_has_its_Chinese_and_English_text_in_the_web_dictionaries()
    {
        var messages = SheetMessages().Concat(ValidatorMessages()).Concat(DecisionMessages()).Distinct().ToList();
        messages.Count.ShouldBeGreaterThanOrEqualTo(18, string.Join("\n", messages));
        messages.ShouldContain(RowMessages.Required);
        messages.ShouldContain(RowMessages.AtMost(10_000));
        messages.ShouldContain(RowMessages.OtherDistrict);
        messages.ShouldContain(Money.Rule);
        var (zh, en) = (Repository.WebDictionary("zh-CN.ts"), Repository.WebDictionary("en.ts"));

        var untranslated = messages.Where(m => Repository.Translation(zh, m) is not { } text || !Regex.IsMatch(text, @"[\u4e00-\u9fff]") || Repository.Translation(en, m) is null).ToList();

        untranslated.ShouldBeEmpty();
    }

    [Fact]
    public void No_row_message_names_an_organisation_or_a_position_so_that_its_text_is_the_key_of_its_translation()
    {
        DecisionMessages().ShouldBe([RowMessages.NotApproved, RowMessages.NotAPoster, RowMessages.OtherDistrict, RowMessages.UnknownPoster]);
        SheetMessages().ShouldContain(RowMessages.ControlCharacterInLine);
        SheetMessages().ShouldContain(RowMessages.ControlCharacterInLongText);
    }
}
