using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MiniExcelLibs;
using TechMarket.Server.Infrastructure.Domain;
using TechMarket.Server.Modules.Organisations;

namespace TechMarket.IntegrationTests.Rounds;

/// <summary>Sheets of needs as an officer fills them in, written with MiniExcel like Excel would save them, and the
/// problem that names their bad rows.</summary>
public static class NeedImportRequests
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The demo posters of 镇海区 (and one elsewhere), by their credit codes as the registrations hold them.</summary>
    public static readonly string Yongjiang = CreditCode.Complete("91330211MA2H4K7X1");
    public static readonly string Hospital = CreditCode.Complete("12330211MB2H05678");
    public static readonly string Donghai = CreditCode.Complete("12330211MB1A23456");
    public static readonly string Haishu = CreditCode.Complete("91330203MA2GQ8N52");
    public static readonly string Yongcheng = CreditCode.Complete("12330200470000123");

    /// <summary>One row of the template: a need of the poster, its title marked so the test can find it; delivery far enough
    /// ahead that the clock other tests move stays before it.</summary>
    public static Dictionary<string, object?> Row(string creditCode, string title, decimal budgetMax = 1_200_000m) => new()
    {
        ["需求名称"] = title,
        ["需求描述"] = "高镍正极材料在45℃循环1000次后容量保持率仅78%，需提升至90%以上并兼容现有量产工艺。",
        ["公开摘要"] = $"寻求高镍正极材料改性技术 {title}",
        ["技术领域"] = "0401",
        ["预算下限（元）"] = 500_000m,
        ["预算上限（元）"] = budgetMax,
        ["期望交付日期"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["保密内容"] = "现有产线产能3000吨/年，回转窑型号保密。",
        ["发布单位统一社会信用代码"] = creditCode,
    };

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "需求", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName = "需求汇总.xlsx", string contentType = Xlsx)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>A refused sheet as the server writes it: a 400 problem whose errors list each bad cell.</summary>
    public sealed record RowsProblem(string Type, string Title, int Status, string Detail, IReadOnlyList<RowError> Errors);

    public static async Task<RowsProblem> ShouldBeRowsProblemAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType.ShouldNotBeNull(body).MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonSerializer.Deserialize<RowsProblem>(body, JsonSerializerOptions.Web).ShouldNotBeNull(body);
        problem.Type.ShouldBe("urn:techmarket:problem:invalid-rows", body);
        return problem;
    }
}
