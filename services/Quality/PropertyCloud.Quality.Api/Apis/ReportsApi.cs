using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Quality.Api.Extensions;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Quality.Api.Reports;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>Monthly quality reports of the group and each company: listed, read as HTML, downloaded as XLSX or PDF, generated on demand.</summary>
public static class ReportsApi
{
    internal static readonly LocalizedText Report = new("品质月报", "quality report");

    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/quality/reports").WithTags("Reports").RequireAuthorization(QualityPolicies.Supervise);
        api.MapGet("/", ListReports);
        api.MapGet("/{reportId:guid}", ReadHtml);
        api.MapGet("/{reportId:guid}/xlsx", DownloadXlsx);
        api.MapGet("/{reportId:guid}/pdf", DownloadPdf);
        api.MapPost("/generate", Generate);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReportSummary>>> ListReports(
        DateOnly? month, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.MonthlyReports.AsNoTracking();
        if (month is { } m)
        {
            var first = QualityCalendar.FirstOfMonth(m);
            query = query.Where(r => r.Month == first);
        }
        var reports = await query.OrderByDescending(r => r.Month).ThenBy(r => r.Scope).ThenBy(r => r.Company)
            .Select(r => new ReportSummary(r.Id, r.Scope, r.Company, r.Month, r.GeneratedAt,
                $"/api/quality/reports/{r.Id}", $"/api/quality/reports/{r.Id}/xlsx", $"/api/quality/reports/{r.Id}/pdf"))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReportSummary>>(reports);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadHtml(
        Guid reportId, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var html = await services.Db.MonthlyReports.Where(r => r.Id == reportId).Select(r => r.Html).FirstOrDefaultAsync(cancellationToken);
        return html is null ? ApiProblems.NotFound(Report, reportId) : TypedResults.Content(html, "text/html; charset=utf-8");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadXlsx(
        Guid reportId, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var report = await services.Db.MonthlyReports.AsNoTracking()
            .Where(r => r.Id == reportId).Select(r => new { r.Xlsx, r.Scope, r.Company, r.Month }).FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return ApiProblems.NotFound(Report, reportId);
        }
        return TypedResults.File(report.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileName(report.Scope, report.Company, report.Month, "xlsx"));
    }

    /// <summary>The report printed to PDF from its stored HTML page, so both show the same figures.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadPdf(
        Guid reportId, IPdfRenderer pdf, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        var report = await services.Db.MonthlyReports.AsNoTracking()
            .Where(r => r.Id == reportId).Select(r => new { r.Html, r.Scope, r.Company, r.Month }).FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return ApiProblems.NotFound(Report, reportId);
        }
        return TypedResults.File(await pdf.RenderAsync(report.Html, cancellationToken), "application/pdf",
            FileName(report.Scope, report.Company, report.Month, "pdf"));
    }

    private static string FileName(string scope, string company, DateOnly month, string extension) =>
        $"quality-{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}-{(scope == MonthlyReport.GroupScope ? "group" : company)}.{extension}";

    /// <summary>Generates (again) the reports of ?month=YYYY-MM-01 now, e.g. after late events or a rebuild.</summary>
    public static async Task<Ok<IReadOnlyList<ReportSummary>>> Generate(
        DateOnly month, MonthlyReportGenerator generator, [AsParameters] QualityServices services, CancellationToken cancellationToken)
    {
        await generator.GenerateAsync(QualityCalendar.Supported(month, "month"), regenerate: true, cancellationToken);
        return await ListReports(month, services, cancellationToken);
    }
}
