using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;
using TechMarket.Server.Infrastructure.Auth;
using TechMarket.Server.Infrastructure.Http;
using TechMarket.Server.Modules.ReferenceData;
using TechMarket.Server.Modules.Rounds;

namespace TechMarket.Server.Modules.Needs.Import;

/// <summary>
/// The workbook an officer fills in to import a round's needs: the sheet 需求 with the Chinese headers the import reads,
/// 填写说明 with what each column takes, and 技术领域 with the field codes. The same for every round; it is offered on the
/// round, to the bureau that runs it.
/// </summary>
public static class NeedImportTemplate
{
    public const string FileName = "需求导入模板.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapNeedImportTemplate(this RouteGroupBuilder rounds)
    {
        rounds.MapGet("/{id:guid}/needs/import-template", Get)
            .RequireAuthorization(Policies.Bureau)
            .WithSummary("The Excel template of a sheet of needs to import into your round (Chinese headers, the field codes)");
        return rounds;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, Actor actor, IQuerySession session, ReferenceCatalog catalog, CancellationToken ct)
    {
        if (ImportNeeds.Runs(await session.LoadAsync<CollectionRound>(id, ct), id, actor) is { } refused)
        {
            return Problems.Refuse<FileContentHttpResult>(refused);
        }

        return TypedResults.File(await WriteAsync(catalog, ct), ContentType, FileName);
    }

    public static async Task<byte[]> WriteAsync(ReferenceCatalog catalog, CancellationToken ct)
    {
        // MiniExcel writes the headers of the first row's keys: one blank row carries them (the import skips blank rows).
        var needs = new[] { NeedSheet.Columns.ToDictionary(c => c.TemplateHeader, _ => (object?)null) };
        var guide = NeedSheet.Columns.Select(c => new Dictionary<string, object?> { ["列"] = c.TemplateHeader, ["说明"] = c.Hint }).ToList();
        var fields = catalog.Fields.Select(f => new Dictionary<string, object?> { ["代码"] = f.Id, ["名称"] = f.Name }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["需求"] = needs, ["填写说明"] = guide, ["技术领域"] = fields },
            excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
