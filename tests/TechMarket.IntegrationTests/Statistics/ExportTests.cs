using System.Net;
using MiniExcelLibs;
using TechMarket.IntegrationTests.Infrastructure;
using TechMarket.Server.Modules.Statistics;

namespace TechMarket.IntegrationTests.Statistics;

/// <summary>Tables out to Excel and CSV with Chinese headers.</summary>
public sealed class ExportTests(TechMarketHost host) : ApiTest(host)
{
    private static int Year => DateTime.UtcNow.AddHours(8).Year;

    [Fact]
    public async Task Every_table_exports_to_Excel_and_CSV_with_Chinese_headers_and_the_figures_of_the_API()
    {
        var city = await AsAsync(Demo.CityBureau);
        var query = $"region=330211&year={Year}";
        var ranking = await city.GetAsync<RankingAnswer>($"/api/statistics/rankings?{query}");

        var xlsx = await city.GetAsync($"/api/statistics/export/Rankings?{query}");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(TableFiles.XlsxType);
        var rows = (await new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()).QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(11);
        rows[0].Keys.ShouldBe(["金额排名", "地区", "金额(元)", "上年同期(元)", "同比增长(%)", "增速排名", "年度目标(元)", "完成率(%)", "完成率排名", "预警"]);
        var top = ranking.Standings.Single(s => s.AmountRank == 1);
        (rows[0]["地区"], Convert.ToDecimal(rows[0]["金额(元)"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe((top.Name, top.Amount));

        var csv = await city.GetAsync($"/api/statistics/export/Cube?{query}&by=type&format=Csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes[3..]).ShouldStartWith("地区,期间,合同类型,技术领域,来源,技术合同成交额(元),技术交易额(元),到账额(元),登记项数,到账笔数");

        foreach (var table in new[] { "Ledger", "Targets" })
        {
            (await city.GetAsync($"/api/statistics/export/{table}?{query}")).StatusCode.ShouldBe(HttpStatusCode.OK, table);
        }

        // The lists the city's report counts: the demo's list 2026-01 of the city bureau, as the API lists them.
        var lists = await city.GetAsync<PublishedListsAnswer>($"/api/statistics/lists?year={Year}");
        var listSheet = await city.GetAsync($"/api/statistics/export/Lists?year={Year}");
        var listRows = (await new MemoryStream(await listSheet.Content.ReadAsByteArrayAsync()).QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        listRows.Count.ShouldBe(lists.Count);
        listRows[0].Keys.ShouldBe(["榜单编号", "榜单名称", "发布单位", "发布日期", "征集批次", "榜单项目数"]);
        listRows.ShouldContain(r => (string)r["榜单编号"] == "2026-01" && (string)r["发布单位"] == "市科技局");
        var roundSheet = await city.GetAsync($"/api/statistics/export/Rounds?year={Year}&format=Csv");
        System.Text.Encoding.UTF8.GetString((await roundSheet.Content.ReadAsByteArrayAsync())[3..]).ShouldStartWith("征集名称,级别,组织单位,开始日期,截止日期,提前截止日期");

        // The needs the city's report counts, row for row as the API lists them; the other activity lists export with their headers.
        var needs = await city.GetAsync<NeedsCollectedAnswer>($"/api/statistics/needs?year={Year}");
        var needSheet = await city.GetAsync($"/api/statistics/export/Needs?year={Year}");
        var needRows = (await new MemoryStream(await needSheet.Content.ReadAsByteArrayAsync()).QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object>>().ToList();
        needRows.Count.ShouldBe(needs.Count);
        needRows[0].Keys.ShouldBe(["报送日期", "需求名称", "技术领域", "发布单位", "单位类型", "所在地区", "征集批次"]);
        needRows.Count(r => (string)r["单位类型"] == "企业").ShouldBe(needs.FromEnterprises);
        foreach (var (table, header) in new[] { ("Challenges", "地区,项目名称,榜额(元)"), ("Vouchers", "使用日期,用券企业"), ("Trials", "转化日期,科技成果") })
        {
            var sheet = await city.GetAsync($"/api/statistics/export/{table}?year={Year}&format=Csv&milestone=Published");
            System.Text.Encoding.UTF8.GetString((await sheet.Content.ReadAsByteArrayAsync())[3..]).ShouldStartWith(header, customMessage: table);
        }

        (await city.GetAsync($"/api/statistics/export/Nothing?{query}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await city.GetAsync($"/api/statistics/export/Cube?{query}&by=colour")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
