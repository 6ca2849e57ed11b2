using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.Billing.Api.MeterImports;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// A period's meter sheet (CSV or XLSX) imported in the background: upload, then watch the job, leave and come back;
/// each line is recorded or refused on its own by the rules of a single reading, and a line already recorded with the
/// same reading (a sheet uploaded twice) is counted as such, never recorded twice.
/// </summary>
public static class MeterImportsApi
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The most refused lines one export holds (an XLSX is built in memory).</summary>
    public const int MaxExportedRows = 100_000;
    private static readonly LocalizedText ImportText = new("抄表导入任务", "meter import");

    public static RouteGroupBuilder MapMeterImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/meter-reading-imports").WithTags("Meter reading imports")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapPost("/", Upload).RequireAuthorization(BillingPolicies.WriteBilling).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes + 1024 * 1024));
        api.MapGet("/", ListImports);
        api.MapGet("/{importId:guid}", GetImport);
        api.MapGet("/{importId:guid}/rows", ListRows);
        api.MapGet("/{importId:guid}/errors/export", ExportRefusedRows);
        return api;
    }

    public static async Task<Results<Accepted<MeterImportJobResponse>, ProblemHttpResult>> Upload(
        Guid estateId, IFormFile? file, [FromForm] string? period, [AsParameters] BillingServices services, MeterImportSignal signal,
        CancellationToken cancellationToken)
    {
        if (!BillingPeriod.TryParse(period?.Trim(), out var billingPeriod))
        {
            return Problem(StatusCodes.Status400BadRequest, "period", new("请填写抄表期间，格式为 YYYY-MM", "Give the period as YYYY-MM"));
        }
        if (file is null || file.Length == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "file", new("请选择要导入的 CSV 或 XLSX 文件", "Choose a CSV or XLSX file to import"));
        }
        if (FormatOf(file.FileName) is not { } format)
        {
            return Problem(StatusCodes.Status400BadRequest, "file", new("只支持 .csv 和 .xlsx 文件", "Only .csv and .xlsx files can be imported"));
        }
        if (file.Length > MaxFileBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "file", new("文件不能超过 10 MB", "The file cannot exceed 10 MB"));
        }
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        var job = MeterImportJob.Upload(estateId, billingPeriod, Clip(Path.GetFileName(file.FileName), 260), format,
            CultureInfo.CurrentUICulture.Name, Clip(services.User.Name ?? services.User.Id ?? "", 100), services.Clock.GetUtcNow());
        services.Db.MeterImportJobs.Add(job);
        services.Db.MeterImportFiles.Add(MeterImportFile.For(job, content.ToArray()));
        await services.Db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/billing/estates/{estateId}/meter-reading-imports/{job.Id}", MeterImportJobResponse.From(job));
    }

    public static async Task<Ok<PagedResult<MeterImportJobResponse>>> ListImports(
        Guid estateId, [AsParameters] PageRequest page, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.MeterImportJobs.AsNoTracking().Where(j => j.EstateId == estateId);
        var jobs = await query.OrderByDescending(j => j.RequestedAt).ThenByDescending(j => j.Id)
            .Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<MeterImportJobResponse>(
            [.. jobs.Select(MeterImportJobResponse.From)], page.Number, page.Size, await query.LongCountAsync(cancellationToken)));
    }

    public static async Task<Results<Ok<MeterImportJobResponse>, ProblemHttpResult>> GetImport(
        Guid estateId, Guid importId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var job = await services.Db.MeterImportJobs.AsNoTracking()
            .FirstOrDefaultAsync(j => j.Id == importId && j.EstateId == estateId, cancellationToken);
        return job is null ? ApiProblems.NotFound(ImportText, importId) : TypedResults.Ok(MeterImportJobResponse.From(job));
    }

    /// <summary>The job's lines in file order, optionally only those with one outcome (e.g. ?outcome=Refused).</summary>
    public static async Task<Results<Ok<PagedResult<MeterImportRowResponse>>, ProblemHttpResult>> ListRows(
        Guid estateId, Guid importId, MeterImportOutcome? outcome, [AsParameters] PageRequest page, [AsParameters] BillingServices services,
        CancellationToken cancellationToken)
    {
        if (!await services.Db.MeterImportJobs.AnyAsync(j => j.Id == importId && j.EstateId == estateId, cancellationToken))
        {
            return ApiProblems.NotFound(ImportText, importId);
        }
        var query = services.Db.MeterImportRows.AsNoTracking().Where(r => r.MeterImportJobId == importId);
        query = outcome is null ? query : query.Where(r => r.Outcome == outcome);
        var rows = await query.OrderBy(r => r.Line).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<MeterImportRowResponse>(
            [.. rows.Select(MeterImportRowResponse.From)], page.Number, page.Size, await query.LongCountAsync(cancellationToken)));
    }

    /// <summary>
    /// The lines the job refused so far as XLSX (line, column, reason; headed in the caller's language, the reasons as the
    /// job recorded them in the uploader's language), or 422 when more than <see cref="MaxExportedRows"/> were refused.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportRefusedRows(
        Guid estateId, Guid importId, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.MeterImportJobs.AnyAsync(j => j.Id == importId && j.EstateId == estateId, cancellationToken))
        {
            return ApiProblems.NotFound(ImportText, importId);
        }
        var refused = services.Db.MeterImportRows.AsNoTracking()
            .Where(r => r.MeterImportJobId == importId && r.Outcome == MeterImportOutcome.Refused);
        var count = await refused.CountAsync(cancellationToken);
        if (count > MaxExportedRows)
        {
            throw new DomainException("meter_import_export.too_many_rows",
                new($"该任务有 {count} 行未导入，超过导出上限 {MaxExportedRows} 行，请按任务详情中的列表分页查看",
                    $"{count} lines were refused, more than the {MaxExportedRows} an export holds; page through them in the job's details"));
        }
        var bytes = await RefusedLinesWorkbook.WriteAsync(await refused.OrderBy(r => r.Line).ToListAsync(cancellationToken), cancellationToken);
        var day = EstateCalendar.Day(services.Clock.GetUtcNow());
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"meter-import-refused-{day:yyyyMMdd}.xlsx");
    }

    private static MeterSheetFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => MeterSheetFormat.Csv,
        ".XLSX" => MeterSheetFormat.Xlsx,
        _ => null,
    };

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;

    private static ProblemHttpResult Problem(int status, string field, LocalizedText message) => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message.ToString()] })
        {
            Status = status,
            Title = new LocalizedText("导入文件无效", "The import file is invalid").ToString(),
        });
}
