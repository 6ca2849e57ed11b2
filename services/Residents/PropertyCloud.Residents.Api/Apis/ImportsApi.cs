using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.SpreadsheetImports;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Api.Import;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>
/// Bulk import of an estate's register from CSV or XLSX (estates moving onto the platform): upload, then watch the
/// job's progress; every row is checked first and the file is imported all or nothing.
/// </summary>
public static class ImportsApi
{
    private const long MaxFileBytes = 64 * 1024 * 1024;
    private static readonly LocalizedText ImportText = new("导入任务", "import");
    private static readonly LocalizedText ErrorsSheet = new("导入错误", "Import errors");

    public static RouteGroupBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/imports").WithTags("Imports")
            .RequireAuthorization(ResidentsPolicies.EditRegister);
        api.MapPost("/", Upload).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes + 1024 * 1024));
        api.MapGet("/", ListImports);
        api.MapGet("/{importId:guid}", GetImport);
        api.MapGet("/{importId:guid}/errors/export", ExportErrors);
        api.MapGet("/template", Template);
        return api;
    }

    public static async Task<Results<Accepted<ImportJobResponse>, ProblemHttpResult>> Upload(
        Guid estateId, IFormFile? file, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return FileProblem(new("请选择要导入的 CSV 或 XLSX 文件", "Choose a CSV or XLSX file to import"));
        }
        if (FormatOf(file.FileName) is not { } format)
        {
            return FileProblem(new("只支持 .csv 和 .xlsx 文件", "Only .csv and .xlsx files can be imported"));
        }
        if (file.Length > MaxFileBytes)
        {
            return FileProblem(new("文件不能超过 64 MB", "The file cannot exceed 64 MB"));
        }
        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        var job = ImportJob.Upload(estateId, Path.GetFileName(file.FileName), format, CultureInfo.CurrentUICulture.Name,
            services.User.Name ?? services.User.Id ?? "", services.Clock.GetUtcNow());
        services.Db.ImportJobs.Add(job);
        services.Db.ImportFiles.Add(ImportFile.For(job, content.ToArray()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/residents/estates/{estateId}/imports/{job.Id}", ImportJobResponse.From(job));
    }

    public static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> GetImport(
        Guid estateId, Guid importId, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var job = await services.Db.ImportJobs.AsNoTracking().Where(j => j.Id == importId && j.EstateId == estateId)
.FirstOrDefaultAsync(cancellationToken);
        return job is null ? ApiProblems.NotFound(ImportText, importId) : TypedResults.Ok(ImportJobResponse.From(job));
    }

    /// <summary>
    /// A rejected import's errors as XLSX (line, column, reason; headed in the caller's language, the reasons as the job
    /// recorded them in the uploader's language) to fix the file by; only headings when the job has none.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportErrors(
        Guid estateId, Guid importId, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var job = await services.Db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == importId && j.EstateId == estateId, cancellationToken);
        if (job is null)
        {
            return ApiProblems.NotFound(ImportText, importId);
        }
        var bytes = await ImportErrorsWorkbook.WriteAsync(ErrorsSheet, job.Errors.Select(e => new ImportErrorLine(e.Line, e.Column, e.Message)),
            cancellationToken);
        var day = EstateCalendar.Day(services.Clock.GetUtcNow());
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"register-import-errors-{day:yyyyMMdd}.xlsx");
    }

    public static async Task<Ok<PagedResult<ImportJobResponse>>> ListImports(
        Guid estateId, [AsParameters] PageRequest page, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.ImportJobs.AsNoTracking().Where(j => j.EstateId == estateId);
        var jobs = await query.OrderByDescending(j => j.RequestedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ImportJobResponse>(
            [.. jobs.Select(j => ImportJobResponse.From(j, withErrors: false))], page.Number, page.Size, await query.CountAsync(cancellationToken)));
    }

    /// <summary>An empty register file with the headers in the caller's language, to fill in.</summary>
    public static async Task<FileContentHttpResult> Template(Guid estateId, string? format, CancellationToken cancellationToken)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var bytes = await RegisterFileWriter.WriteAsync([], xlsx, cancellationToken);
        return TypedResults.File(bytes, RegisterFileWriter.ContentType(xlsx), xlsx ? "register-template.xlsx" : "register-template.csv");
    }

    private static RegisterFileFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".CSV" => RegisterFileFormat.Csv,
        ".XLSX" => RegisterFileFormat.Xlsx,
        _ => null,
    };

    private static ProblemHttpResult FileProblem(LocalizedText message) => TypedResults.Problem(new HttpValidationProblemDetails(
        new Dictionary<string, string[]> { ["file"] = [message.ToString()] })
    {
        Status = StatusCodes.Status400BadRequest,
        Title = new LocalizedText("导入文件无效", "The import file is invalid").ToString(),
    });
}
